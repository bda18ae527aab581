package org.policylens.lang;

/**
 * The signs written before the number of an act, a list item or a reference, in every language: {@code № 5} (Cyrillic
 * typography), {@code N 5} (the Latin N typed for №), {@code No. 5} (English), {@code # 5}. One definition the
 * vocabularies and the finders compose their patterns from; each context takes the forms it allows.
 */
public final class NumberSigns {
    /** The number sign of Cyrillic typography. */
    public static final char SIGN = '№';
    /** The capital Latin N typed for {@link #SIGN}. */
    public static final char LATIN_N = 'N';
    /** The hash. */
    public static final char HASH = '#';
    /** The English abbreviation, written with or without its period. */
    public static final String ABBREVIATION = "No";
    /** The section sign: not a number sign, but like one it makes the number after it a reference. */
    public static final char SECTION = '§';
    /** {@code №} or a Latin {@code N} right before a digit (regex): the number signs of Russian and Kazakh acts. */
    public static final String SIGN_OR_N = SIGN + "|" + LATIN_N + "(?=\\s?\\d)";
    /** Any sign, the abbreviation's period optional (regex, case-insensitive): {@code №}, {@code No.}, {@code No}, {@code N}. */
    public static final String ANY = SIGN + "|" + ABBREVIATION + "\\.?|" + LATIN_N;

    private NumberSigns() {
    }

    /** True when {@code c} is {@link #SIGN} or {@link #LATIN_N}. */
    public static boolean isSignOrN(char c) {
        return c == SIGN || c == LATIN_N;
    }
}
