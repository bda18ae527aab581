package org.policylens.annotate;

import org.policylens.model.Span;

import java.util.List;

/**
 * A hand-written tokenizer for every language, run over the matching view. Keeps together what fact
 * finders need whole: act ids ({@code PF-6079}, {@code ПҚ-282-сон}), grouped and decimal numbers
 * ({@code 2,503,060}, {@code 6.5}), dates ({@code 10.01.2019}), Uzbek apostrophe words
 * ({@code O'zbekiston}), dotted abbreviations ({@code U.S.}, {@code т.е.}) and domain-like words
 * ({@code uzbekcoders.uz}). Every other non-space char is a token of its own. Linear time, no regex.
 */
public final class RuleTokenizer {
    private RuleTokenizer() {
    }

    /** Appends the tokens of {@code view[from, to)} to {@code out}. */
    public static void tokenize(String v, int from, int to, List<Span> out) {
        int i = from;
        while (i < to) {
            char c = v.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                int e = i + 1;
                if (Character.isHighSurrogate(c) && e < to && Character.isLowSurrogate(v.charAt(e))) {
                    e++;
                }
                out.add(new Span(i, e));
                i = e;
                continue;
            }
            int e = dottedAbbreviation(v, i, to);
            if (e < 0) {
                e = word(v, i, to);
            }
            out.add(new Span(i, e));
            i = e;
        }
    }

    /** "U.S.", "e.g.", "т.е.": single letters each followed by a period, at least two of them. */
    private static int dottedAbbreviation(String v, int i, int to) {
        int k = i;
        int pairs = 0;
        while (k + 1 < to && Character.isLetter(v.charAt(k)) && v.charAt(k + 1) == '.'
                && (k == i || !Character.isLetterOrDigit(v.charAt(k - 1)))) {
            pairs++;
            k += 2;
        }
        if (pairs >= 2 && (k >= to || !Character.isLetterOrDigit(v.charAt(k)))) {
            return k;
        }
        return -1;
    }

    /** Letters/digits joined by single inner hyphens, apostrophes, or (digit-digit) commas and periods. */
    private static int word(String v, int i, int to) {
        int k = i;
        while (true) {
            while (k < to && (Character.isLetterOrDigit(v.charAt(k)) || Character.getType(v.charAt(k))
                    == Character.NON_SPACING_MARK)) {
                k++;
            }
            if (k + 1 >= to) {
                return k;
            }
            char sep = v.charAt(k);
            char prev = v.charAt(k - 1);
            char next = v.charAt(k + 1);
            boolean joins = switch (sep) {
                case '-', '\'' -> Character.isLetterOrDigit(next);
                case ',', '.' -> Character.isDigit(prev) && Character.isDigit(next)
                        || sep == '.' && Character.isLetter(prev) && Character.isLowerCase(next) && k - i >= 2;
                case '/' -> Character.isDigit(prev) && Character.isDigit(next) && allDigits(v, i, k);
                default -> false;
            };
            if (!joins) {
                return k;
            }
            k++;
        }
    }

    private static boolean allDigits(String v, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = v.charAt(k);
            if (!Character.isDigit(c) && c != '.' && c != ',') {
                return false;
            }
        }
        return true;
    }
}
