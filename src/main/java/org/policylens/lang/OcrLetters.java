package org.policylens.lang;

/**
 * What OCR misreads in the words and letters of the languages policylens reads, for the repairs of a scan's text:
 * the letters of the Uzbek Cyrillic year word, the letters it takes for digits, and the Uzbek act prefix ПҚ.
 */
public final class OcrLetters {
    /** The Uzbek Cyrillic year word ({@code 2020 йил}), whose и OCR misreads. */
    public static final String UZBEK_YEAR_WORD = "йил";
    /** What OCR reads for the и of {@link #UZBEK_YEAR_WORD} (a Latin u, i or l, a bar, ц, п, л). */
    public static final String YEAR_WORD_I_MISREADS = "uilI|цпл";
    /** Letters OCR reads for a digit (з for 3, б for 6, l and I for 1, О for 0). */
    public static final String DIGIT_LOOKALIKES = "зЗбlIОо";
    /** The Uzbek act prefix ПҚ (Presidential resolution), whose Қ OCR reads as {@link #ACT_PREFIX_MISREAD}. */
    public static final String ACT_PREFIX = "ПҚ";
    /** What OCR reads for the Қ of {@link #ACT_PREFIX}. */
    public static final char ACT_PREFIX_MISREAD = 'Щ';

    private OcrLetters() {
    }
}
