package org.policylens.annotate;

import org.policylens.lang.Letters;
import java.text.Normalizer;

/**
 * A length-preserving normalization of a text for matching: every char maps to exactly one char, so an
 * offset found in the view is valid in the original.
 *
 * <ul>
 *   <li>Uzbek apostrophe variants {@code ʻ ‘ ’ ` ʼ ′ ´ ‛} become {@code '};</li>
 *   <li>no-break, thin, narrow and other exotic spaces become {@code ' '};</li>
 *   <li>the non-breaking hyphen U+2011, the hyphen U+2010 and the minus U+2212 become {@code '-'}; en and em
 *       dashes stay distinct (matchers that do not care treat every dash alike);</li>
 *   <li>NFKC is applied per char when it yields a single char (full-width letters, compatibility forms);</li>
 *   <li>Latin look-alike letters inside an otherwise Cyrillic word become Cyrillic ({@code Утpатил} →
 *       {@code Утратил}), and Cyrillic look-alikes inside a mostly Latin word become Latin.</li>
 * </ul>
 */
public final class MatchingView {
    private static final char[] TABLE = buildTable();
    /** Each char folded as a case-insensitive Unicode regex folds it: upper case, then lower. */
    private static final char[] CASE_FOLD = caseFoldTable();
    private static final String LATIN_LOOKALIKES = Letters.LATIN_LOOKALIKES;
    private static final String CYRILLIC_TWINS = Letters.CYRILLIC_TWINS;

    private MatchingView() {
    }

    /**
     * The text case-folded letter by letter as a case-insensitive Unicode regex compares letters (upper case, then
     * lower), keeping its length: a case-sensitive regex of lowercase literals then matches it where the
     * case-insensitive one matches the text, without folding every character once per alternative tried.
     */
    public static String foldCase(String text) {
        char[] out = text.toCharArray(); // one bulk copy, then a table lookup per char: no per-char String access
        for (int i = 0; i < out.length; i++) {
            out[i] = CASE_FOLD[out[i]];
        }
        return new String(out);
    }

    /** The matching view of {@code text}; same length, never null for a non-null input. */
    public static String of(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = TABLE[out[i]];
        }
        repairLookalikes(out);
        return new String(out);
    }

    private static void repairLookalikes(char[] s) {
        int n = s.length;
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(s[i])) {
                i++;
                continue;
            }
            int start = i;
            int latin = 0;
            int cyr = 0;
            while (i < n && Character.isLetter(s[i])) {
                char c = s[i];
                if (c < 0x250) {
                    latin++;
                } else if (c >= 0x400 && c < 0x530) {
                    cyr++;
                }
                i++;
            }
            if (latin > 0 && cyr > 0) {
                // only a word of both scripts is looked at letter by letter (its twins looked up): nearly none are
                int latinOdd = 0; // Latin letters with no Cyrillic twin
                int cyrOdd = 0;   // Cyrillic letters with no Latin twin
                for (int k = start; k < i; k++) {
                    char c = s[k];
                    if (c < 0x250 && LATIN_LOOKALIKES.indexOf(c) < 0) {
                        latinOdd++;
                    } else if (c >= 0x400 && c < 0x530 && CYRILLIC_TWINS.indexOf(c) < 0) {
                        cyrOdd++;
                    }
                }
                if (latinOdd == 0 && cyr >= latin) {
                    swap(s, start, i, LATIN_LOOKALIKES, CYRILLIC_TWINS);
                } else if (cyrOdd == 0 && latin > cyr) {
                    swap(s, start, i, CYRILLIC_TWINS, LATIN_LOOKALIKES);
                }
            }
        }
    }

    private static void swap(char[] s, int from, int to, String source, String target) {
        for (int k = from; k < to; k++) {
            int idx = source.indexOf(s[k]);
            if (idx >= 0) {
                s[k] = target.charAt(idx);
            }
        }
    }

    private static char[] caseFoldTable() {
        char[] t = new char[0x10000];
        for (int c = 0; c < t.length; c++) {
            t[c] = Character.toLowerCase(Character.toUpperCase((char) c));
        }
        return t;
    }

    private static char[] buildTable() {
        char[] t = new char[0x10000];
        for (int c = 0; c < t.length; c++) {
            t[c] = (char) c;
            if (c < 0x80 || Character.isSurrogate((char) c) || (c >= 0x400 && c < 0x530)) {
                continue;
            }
            String nf = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
            if (nf.length() == 1) {
                t[c] = nf.charAt(0);
            }
        }
        for (char c : "ʻ‘’`ʼ′´‛ʹ".toCharArray()) {
            t[c] = '\'';
        }
        for (char c : "\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000"
                .toCharArray()) {
            t[c] = ' ';
        }
        t['\u2010'] = '-';
        t['\u2011'] = '-';
        t['\u2212'] = '-';
        // NFKC would turn these into ASCII look-alikes we want to keep apart or that break length rules
        t['\u2024'] = '.';
        // superscript digits are footnote markers and powers (m²), not figures
        for (char c : "⁰¹²³⁴⁵⁶⁷⁸⁹".toCharArray()) {
            t[c] = c;
        }
        return t;
    }
}
