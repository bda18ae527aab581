package org.policylens.extract.date;

import org.policylens.lang.NumberSigns;
import org.policylens.lang.Vocabularies;
import org.policylens.lang.Vocabulary;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether a year-like number standing alone in running text ({@code the 2000 survey}, {@code World Development
 * Report 2018}, {@code adopted in March, 2019.}) is a date. It is when it closes a phrase (punctuation or the line
 * end follows) or, in English, when a singular noun follows it as its modifier; a plural noun after it is what it
 * counts ({@code 2020 households}), a reference word before it makes it a number ({@code Section 2019},
 * {@code No. 2014}), and a line of figures only is a table row, not a sentence.
 */
final class BareYears {
    private static final Pattern REFERENCE_BEFORE = Pattern.compile(
            "(?:(?<![\\p{L}])" + Vocabularies.alternatives(Vocabulary::yearReferenceWords) + "\\.?|[" + NumberSigns.SIGN + NumberSigns.HASH + NumberSigns.SECTION + "])\\s*+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** {@code 42 U.S.C.}, {@code 59 FR}: a title or volume number, not a year. */
    private static final Pattern CITATION_AFTER = Pattern.compile(
            "\\s++" + Vocabularies.alternatives(Vocabulary::citationCodes) + "(?![\\p{L}])");
    /** An article right before the year ({@code 15. A 2013 Report}): a sentence, however short the line is so far. */
    private static final Pattern ARTICLE_BEFORE = Pattern.compile(
            "(?<![\\p{L}])" + Vocabularies.alternatives(Vocabulary::articles) + "\\s++$",
            Pattern.CASE_INSENSITIVE);
    private static final String CLOSING = ".,;:)]»\"”'’!?";
    /** Plural English nouns that do not end in s. */
    private static final Set<String> COUNT_NOUNS = Vocabularies.words(Vocabulary::irregularPlurals);
    /** Words after a year that do not make it a modifier (and, to, in …): the phrase goes on after the year. */
    private static final Set<String> FUNCTION_WORDS = Vocabularies.words(Vocabulary::phraseWords);
    private static final Pattern CURRENCY_AFTER = Pattern.compile("\\s++(?:" + Vocabularies.union(
            v -> v.currencies().values().stream().filter(c -> !c.isEmpty()).collect(Collectors.joining("|")))
            + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int LOOK_BACK = 24;
    private static final int LINE_LOOK_BACK = 1000;

    private BareYears() {
    }

    static boolean isDate(String view, int s, int e, boolean english) {
        int lineStart = lineStart(view, s);
        if (!hasWordBefore(view, lineStart, s) && !ARTICLE_BEFORE.matcher(view)
                .region(Math.max(lineStart, s - LOOK_BACK), s).useTransparentBounds(true).find()) {
            return false;
        }
        if (REFERENCE_BEFORE.matcher(view.substring(Math.max(lineStart, s - LOOK_BACK), s)).find()) {
            return false;
        }
        if (CITATION_AFTER.matcher(view).region(e, Math.min(view.length(), e + 12)).lookingAt()) {
            return false;
        }
        // in constant 2019 dollars: a year between a base-year word and a currency dates the prices
        if (BaseYear.WORD_BEFORE.matcher(view).region(Math.max(lineStart, s - LOOK_BACK), s).find()
                && CURRENCY_AFTER.matcher(view).region(e, view.length()).lookingAt()) {
            return true;
        }
        int k = e;
        while (k < view.length() && view.charAt(k) == ' ') {
            k++;
        }
        if (k == view.length() || view.charAt(k) == '\n' || CLOSING.indexOf(view.charAt(k)) >= 0) {
            return true;
        }
        if (!english || !Character.isLetter(view.charAt(k)) || k == e) {
            return false;
        }
        int w = k;
        while (w < view.length() && (Character.isLetter(view.charAt(w)) || view.charAt(w) == '-')) {
            w++;
        }
        String word = view.substring(k, w).toLowerCase(Locale.ROOT);
        if (FUNCTION_WORDS.contains(word)) {
            return true;
        }
        return !(word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is"))
                && !COUNT_NOUNS.contains(word);
    }

    /**
     * Where the year's line starts, looking back no further than {@link #LINE_LOOK_BACK}: a line of thousands of
     * figures (a flattened table, an adversarial input) must not make every year on it cost the whole line.
     */
    private static int lineStart(String view, int s) {
        int floor = Math.max(0, s - LINE_LOOK_BACK);
        for (int i = s; i > floor; i--) {
            if (view.charAt(i - 1) == '\n') {
                return i;
            }
        }
        return floor;
    }

    /** Some letters on the line before the year: it sits in a sentence, not in a column of figures. */
    private static boolean hasWordBefore(String view, int lineStart, int s) {
        int letters = 0;
        for (int i = lineStart; i < s; i++) {
            if (Character.isLetter(view.charAt(i)) && ++letters >= 3) {
                return true;
            }
        }
        return false;
    }
}
