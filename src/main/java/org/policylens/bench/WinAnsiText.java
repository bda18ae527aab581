package org.policylens.bench;

/**
 * Makes text printable with a Standard 14 PDF font (WinAnsi encoding): Cyrillic is transliterated to
 * Latin, a few typographic characters are mapped, anything else outside WinAnsi is dropped. Used for
 * PDF output only; the other formats keep the original script.
 */
final class WinAnsiText {

    private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяўқғҳ";
    private static final String[] LATIN = {
        "a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
        "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "o'", "q", "g'", "h"};
    /** Characters beyond Latin-1 that WinAnsi (cp1252) does encode. */
    private static final String CP1252_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

    private WinAnsiText() {
    }

    static String of(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = Character.toLowerCase(c);
            int cyr = CYRILLIC.indexOf(lower);
            if (cyr >= 0) {
                String latin = LATIN[cyr];
                b.append(c != lower && !latin.isEmpty()
                        ? Character.toUpperCase(latin.charAt(0)) + latin.substring(1) : latin);
            } else if (c == 'ʻ' || c == 'ʼ' || c == '`') {
                b.append('\'');
            } else if (c == '«' || c == '»') {
                b.append(c);
            } else if (c == '№') {
                b.append("No.");
            } else if (c == '\t' || c == '\n' || c == '\r' || c == '\u00A0') {
                b.append(' ');
            } else if ((c >= 0x20 && c < 0x7F) || (c >= 0xA1 && c <= 0xFF && c != 0xAD) || CP1252_EXTRA.indexOf(c) >= 0) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
