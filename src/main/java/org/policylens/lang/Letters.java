package org.policylens.lang;

/**
 * The Cyrillic letters that tell the languages apart (lowercase): what the language guesser counts and what
 * the transliteration uses to pick a word's alphabet.
 */
public final class Letters {
    /** Letters only Uzbek Cyrillic writes. */
    public static final String UZBEK_ONLY = "ўҳ";
    /** Letters Uzbek and Kazakh Cyrillic share and Russian lacks. */
    public static final String UZBEK_KAZAKH = "қғ";
    /** Letters only Kazakh Cyrillic writes. */
    public static final String KAZAKH_ONLY = "әңөұүһі";
    /** Letters of the Kazakh Latin alphabets (2018 acute accents, 2021 breves and cedillas) that Uzbek and English lack. */
    public static final String KAZAKH_LATIN = "áǵńóúýıäğñöūüş";
    /** Letters absent from native Uzbek words. */
    public static final String RUSSIAN_ONLY = "щы";
    /**
     * The Cyrillic letters that make up most of running Russian, Uzbek and Kazakh text (about three letters in four
     * in each): text that holds few of them is not one of our Cyrillic languages, whatever its script.
     */
    public static final String CYRILLIC_FREQUENT = "оеаинтсрвлкдмпуя";
    /** The apostrophes of Uzbek Latin (oʻ, gʻ) and their look-alikes. */
    public static final String APOSTROPHES = "ʻ‘'`’ʼ";
    /** Latin letters that look like Cyrillic ones, in the order of their twins in {@link #CYRILLIC_TWINS}. */
    public static final String LATIN_LOOKALIKES = "aAcCeEoOpPxXyYBHKMTk";
    /** The Cyrillic twins of {@link #LATIN_LOOKALIKES}, letter for letter. */
    public static final String CYRILLIC_TWINS = "аАсСеЕоОрРхХуУВНКМТк";
    /** A Latin i or the Cyrillic і typed for it (Kazakh and old Ukrainian-layout texts write Roman numerals with it; regex). */
    public static final String LATIN_OR_CYRILLIC_I = "[iі]";
    /** The basic Cyrillic lowercase letters a to я, as a regex character-class range (list item letters: а), б)). */
    public static final String CYRILLIC_LOWER_RANGE = "а-я";
    /** The basic Cyrillic capitals А to Я, as a regex character-class range. */
    public static final String CYRILLIC_UPPER_RANGE = "А-Я";
    /** Russian ё, which Russian text most often writes as е (and search folds to it). */
    public static final char YO = 'ё';
    /** The е that stands for {@link #YO}. */
    public static final char YE = 'е';

    private Letters() {
    }

    /** True when {@code c} is in the Cyrillic block (U+0400 to U+04FF): every letter of the Cyrillic scripts read. */
    public static boolean isCyrillic(char c) {
        return c >= '\u0400' && c <= '\u04FF';
    }

    /** True when {@code c} (any case) is one of {@code letters}. */
    public static boolean in(String letters, char c) {
        return letters.indexOf(Character.toLowerCase(c)) >= 0;
    }

    /** Letters Kazakh and Russian write and Uzbek lacks. */
    public static final String KAZAKH_RUSSIAN = "ы";

    /** True when {@code word} holds a letter Kazakh writes and Uzbek does not, other than {@link #KAZAKH_ONLY}. */
    public static boolean hasNonUzbekKazakhLetter(CharSequence word) {
        for (int i = 0; i < word.length(); i++) {
            if (in(KAZAKH_RUSSIAN, word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code word} holds a letter only Kazakh writes. */
    public static boolean hasKazakhLetter(CharSequence word) {
        for (int i = 0; i < word.length(); i++) {
            if (in(KAZAKH_ONLY, word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
