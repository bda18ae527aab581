package org.policylens.annotate;

import org.policylens.lang.Vocabularies;
import org.policylens.lang.Vocabulary;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The language-independent rules that say where a sentence may NOT end (abbreviations, initials, numbers,
 * lowercase continuation) and where it MUST end (blank lines, list items). Shared by the rule-based
 * splitter and the post-correction of the English OpenNLP model, so both agree. Works on the matching view.
 */
final class SentenceRules {
    /** Abbreviations that end a sentence when an uppercase word follows ("etc. The ..."). */
    private static final Set<String> FINAL_IF_UPPER = Vocabularies.words(Vocabulary::finalIfUpper);
    /** Words that end with a period but never end a sentence (compared lowercased, without the final period). */
    private static final Set<String> NEVER_FINAL = Vocabularies.ALL.stream()
            .flatMap(v -> Stream.concat(v.abbreviations().stream(), v.finalIfUpper().stream()))
            .collect(Collectors.toUnmodifiableSet());

    /** Two-letter capitalized initials of names (Yu. Sh. Ch. ...). */
    private static final Set<String> DIGRAPH_INITIALS = Vocabularies.words(Vocabulary::initialDigraphs);

    private SentenceRules() {
    }

    /**
     * May a sentence end after the terminal punctuation at {@code dot} (a '.', '!', '?' or '…' in {@code s}),
     * given that the next sentence would start at {@code next} (first non-space char, or {@code s.length()})?
     */
    static boolean mayEndAt(String s, int dot, int next) {
        return mayEndAt(s, dot, next, -1);
    }

    /** As {@link #mayEndAt(String, int, int)}; a list marker right at {@code sentenceStart} ("1.", "a.") never ends. */
    static boolean mayEndAt(String s, int dot, int next, int sentenceStart) {
        if (next >= s.length()) {
            return true;
        }
        char c = s.charAt(dot);
        char first = s.charAt(next);
        if (Character.isLowerCase(first)) {
            return false;
        }
        if (c != '.') {
            return true;
        }
        // "...2.5" or "10.01.2019": no whitespace after the dot never reaches here; the caller requires a gap
        int wEnd = dot;
        int wStart = wEnd;
        while (wStart > 0 && isWordChar(s.charAt(wStart - 1))) {
            wStart--;
        }
        if (wStart == wEnd) {
            return true; // ")." or "»." etc.
        }
        String word = s.substring(wStart, wEnd).toLowerCase(Locale.ROOT);
        if (wStart == sentenceStart && word.length() <= 3
                && (word.chars().allMatch(Character::isDigit) || word.length() == 1)) {
            return false; // list marker "1." / "a." opening the sentence
        }
        boolean upperFollows = Character.isUpperCase(first);
        String bare = word;
        int lastDot = word.lastIndexOf('.');
        if (lastDot >= 0) {
            bare = word.substring(lastDot + 1);
        }
        if (FINAL_IF_UPPER.contains(word) || FINAL_IF_UPPER.contains(bare)) {
            return upperFollows;
        }
        if (NEVER_FINAL.contains(word) || (lastDot >= 0 && NEVER_FINAL.contains(bare) && bare.length() <= 3)) {
            return false;
        }
        String orig = s.substring(wStart, wEnd);
        if (orig.length() == 1 && Character.isUpperCase(orig.charAt(0))) {
            return false; // initial: "K. Tokayev", "Ж. Қўчқоров"
        }
        if (orig.length() == 2 && Character.isUpperCase(orig.charAt(0)) && DIGRAPH_INITIALS.contains(word)) {
            return false; // "Yu. Abduraxmonov"
        }
        if (word.indexOf('.') >= 0 && word.length() <= 6 && Character.isLetter(word.charAt(0))
                && word.chars().filter(ch -> ch == '.').count() * 2 >= word.length() - 1) {
            return false; // dotted abbreviation or initials: "U.S.", "I.Yu.", "т.е."
        }
        return true;
    }

    /** Whether a line starting at {@code lineStart} (first non-space char) opens a list item. */
    static boolean isListItem(String s, int lineStart) {
        int n = s.length();
        if (lineStart >= n) {
            return false;
        }
        char c = s.charAt(lineStart);
        if ((c == '-' || c == '•' || c == '–' || c == '—' || c == '*' || c == '·' || c == '▪')
                && lineStart + 1 < n && Character.isWhitespace(s.charAt(lineStart + 1))) {
            return true;
        }
        int i = lineStart;
        if (c == '[' || c == '(') {
            i++;
        }
        int digits = 0;
        while (i < n && Character.isDigit(s.charAt(i)) && digits < 4) {
            i++;
            digits++;
        }
        if (digits == 0) {
            // "(а)", "a)" style items
            if (i < n && Character.isLetter(s.charAt(i)) && i + 1 < n && s.charAt(i + 1) == ')') {
                return c == '(' || (i + 2 < n && s.charAt(i + 2) == ' ');
            }
            return false;
        }
        if (i < n && (s.charAt(i) == ']' || s.charAt(i) == ')')) {
            i++;
            if (i < n && s.charAt(i) == '.') {
                i++;
            }
            return i < n && Character.isWhitespace(s.charAt(i));
        }
        return i + 1 < n && s.charAt(i) == '.' && s.charAt(i + 1) == ' ' && c != '[' && c != '(';
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '\'' || c == '-';
    }
}
