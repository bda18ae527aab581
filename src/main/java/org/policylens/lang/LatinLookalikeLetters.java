package org.policylens.lang;

/**
 * The Latin look-alikes an OCR engine with a Latin-only alphabet prints for Cyrillic letters, to read such a scan's
 * words back ({@code Y36eKHCTOH} for Ўзбекистон).
 */
public final class LatinLookalikeLetters {
    /**
     * What OCR's Latin alphabet reads for each Cyrillic letter (a unit of one to three characters → the letters it
     * may stand for). A letter is matched case-insensitively; the units are the shapes of print, upright or italic.
     */
    public static final String[][] UNITS = {
            {"III", "шщ"}, {"Ill", "шщ"}, {"ll1", "ш"}, {"lll", "ш"}, {"IO", "ю"}, {"bI", "ы"}, {"bl", "ы"},
            {"JI", "л"}, {"Jl", "л"}, {"JJ", "л"}, {"Ji", "л"}, {"Jr", "л"}, {"Il", "лй"}, {"lI", "й"}, {"li", "й"},
            {"ii", "й"}, {"iI", "й"}, {"if", "й"}, {"l1", "й"}, {"IT", "пг"}, {"tt", "н"}, {"rr", "л"}, {"LI", "д"},
            {"lJ", "д"}, {"II", "пн"}, {"fl", "п"}, {"11", "ип"}, {")J", "д"}, {")l", "д"}, {".n", "д"}, {"n.", "д"},
            {".u", "д"}, {"n;", "д"}, {")I", "д"}, {")K", "ж"}, {")l(", "ж"}, {">K", "ж"}, {"K,", "қ"}, {"k,", "қ"},
            {"I\\", "қк"}, {"R;", "қ"}, {"x,", "ҳ"}, {"X,", "ҳ"}, {"c,", "с"}, {"<P", "ф"}, {"<p", "ф"}, {"ip", "ф"},
            {"<t>", "ф"}, {"<I>", "ф"}, {"cp", "ф"}, {"5I", "я"}, {"sI", "я"}, {"a", "а"}, {"A", "а"}, {"O", "о"},
            {"ll", "й"}, {"6", "б"}, {"b", "ьб"}, {"B", "вб"}, {"s", "вя"}, {"r", "г"}, {"F", "ғр"}, {"n", "плдит"},
            {"u", "идп"}, {"e", "е"}, {"E", "бе"}, {"3", "зэ"}, {"H", "нийм"}, {"h", "н"}, {"K", "к"}, {"M", "мий"},
            {"m", "тши"}, {"o", "ою"}, {"0", "о"}, {"p", "р"}, {"P", "р"}, {"c", "с"}, {"C", "с"}, {"T", "т"},
            {"t", "т"}, {"y", "уў"}, {"Y", "ўу"}, {"x", "х"}, {"X", "х"}, {"q", "ч"}, {"w", "ш"}, {"W", "ш"},
            {"i", "йи"}, {"I", "ил"}, {"l", "ли"}, {"1", "ия"}, {"9", "я"}, {"4", "ч"}, {"z", "з"},
    };

    /** What a digit inside a spelled word stands for ({@code Y36eKHCTOH}); junk inside it becomes {@code ъ}. */
    public static final String DIGIT_LETTERS = "оиъзчябъъя";
    /** What junk inside a spelled word becomes: a letter no word of ours is read by. */
    public static final char JUNK = 'ъ';
    /** Letters the Latin alphabet cannot tell from {@link #READ_AS}'s ({@code K} for к and қ), position by position. */
    public static final String TOLD_APART = "қғҳў";
    public static final String READ_AS = "кгху";

    private LatinLookalikeLetters() {
    }
}
