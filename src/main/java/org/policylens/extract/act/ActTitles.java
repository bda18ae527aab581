package org.policylens.extract.act;

import org.policylens.lang.NumberSigns;
import org.policylens.lang.Vocabularies;
import org.policylens.lang.Vocabulary;
import org.policylens.model.Span;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The quoted title that stands next to an act mention in the same sentence: after it, separated at most by
 * the act's date ({@code …, dated January 10, 2019, “On Measures …”}), or right before it, joined by the
 * Uzbek suffix ({@code «… тўғрисида»ги ПФ-16-сон}). Quotes: “…”, "…", «…» (nested), „…“. A Kazakh registry
 * code between number and title ({@code N 1468 Z922600_ "О …"}) is allowed in the gap.
 */
final class ActTitles {
    private static final int MAX_GAP = 60;
    private static final int MAX_TITLE = 500;
    /** The vocabularies' act title gap words, and the number sign. */
    private static final Set<String> GAP_WORDS = Stream.concat(Stream.of(String.valueOf(NumberSigns.SIGN)),
            Vocabularies.words(Vocabulary::actTitleGaps).stream()).collect(Collectors.toUnmodifiableSet());
    /** Registry codes printed after Kazakh act numbers ("N 1468 Z922600_ «…»"). */
    private static final java.util.regex.Pattern REGISTRY_CODE = java.util.regex.Pattern.compile("[a-z]\\d{5,}");
    private static final Set<String> TITLE_SUFFIXES = Vocabularies.words(Vocabulary::actTitleSuffixes);
    private ActTitles() {
    }

    /** The cleaned title (from {@code text}), or "" when none stands next to the mention. */
    static String near(String view, String text, Span sentence, Span mention) {
        String after = after(view, text, sentence, mention);
        return after.isEmpty() ? before(view, text, sentence, mention) : after;
    }

    private static String after(String v, String text, Span sentence, Span mention) {
        int limit = Math.min(sentence.end(), mention.end() + MAX_GAP);
        int q = mention.end();
        while (q < limit && !isOpener(v.charAt(q))) {
            q++;
        }
        if (q >= limit || !gapIsDateOnly(v, mention.end(), q)) {
            return "";
        }
        int close = closing(v, q, sentence.end());
        return close < 0 ? "" : clean(text, q + 1, close);
    }

    private static String before(String v, String text, Span sentence, Span mention) {
        int i = mention.start();
        while (i > sentence.start() && Character.isWhitespace(v.charAt(i - 1))) {
            i--;
        }
        int suffixEnd = i;
        while (i > sentence.start() && Character.isLetter(v.charAt(i - 1)) && suffixEnd - i < 5) {
            i--;
        }
        String suffix = v.substring(i, suffixEnd).toLowerCase(Locale.ROOT);
        if (!suffix.isEmpty() && !TITLE_SUFFIXES.contains(suffix)) {
            return "";
        }
        if (i > sentence.start() && v.charAt(i - 1) == '-') {
            i--;
        }
        if (i <= sentence.start()) {
            return "";
        }
        int close = i - 1;
        char c = v.charAt(close);
        int open = opening(v, close, sentence.start());
        if (open < 0 || !(c == '»' || c == '”' || c == '"' || c == '“')) {
            return "";
        }
        return clean(text, open + 1, close);
    }

    private static boolean isOpener(char c) {
        return c == '“' || c == '"' || c == '«' || c == '„';
    }

    /** Index of the quote closing the one at {@code open}, or -1. «» nest; the others do not. */
    private static int closing(String v, int open, int end) {
        char o = v.charAt(open);
        int depth = 0;
        for (int i = open; i < end && i - open <= MAX_TITLE; i++) {
            char c = v.charAt(i);
            if (o == '«') {
                if (c == '«') {
                    depth++;
                } else if (c == '»' && --depth == 0) {
                    return i;
                }
            } else if (i > open && ((o == '“' && c == '”') || (o == '"' && c == '"')
                    || (o == '„' && (c == '“' || c == '”')))) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the quote opening the one that closes at {@code close}, or -1. */
    private static int opening(String v, int close, int floor) {
        char c = v.charAt(close);
        int depth = 0;
        for (int i = close; i >= floor && close - i <= MAX_TITLE; i--) {
            char x = v.charAt(i);
            if (c == '»') {
                if (x == '»') {
                    depth++;
                } else if (x == '«' && --depth == 0) {
                    return i;
                }
            } else if (i < close && ((c == '”' && x == '“') || (c == '"' && x == '"') || (c == '“' && x == '„'))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean gapIsDateOnly(String v, int from, int to) {
        int i = from;
        while (i < to) {
            char c = v.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (c != ',' && c != '.' && c != '-' && c != '–' && c != '_' && !Character.isWhitespace(c)
                        && c != NumberSigns.SIGN) {
                    return false;
                }
                i++;
                continue;
            }
            int s = i;
            while (i < to && (Character.isLetterOrDigit(v.charAt(i)) || v.charAt(i) == '\'')) {
                i++;
            }
            String w = v.substring(s, i).toLowerCase(Locale.ROOT);
            if (!isDateWord(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDateWord(String w) {
        if (Character.isDigit(w.charAt(0)) || GAP_WORDS.contains(w) || REGISTRY_CODE.matcher(w).matches()) {
            return true;
        }
        return Vocabularies.monthOf(w) != 0;
    }

    private static String clean(String text, int from, int to) {
        if (to <= from) {
            return "";
        }
        String t = text.substring(from, to).replaceAll("\\s+", " ").strip();
        while (!t.isEmpty() && ",.;:".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t.chars().anyMatch(Character::isLetter) ? t : "";
    }
}
