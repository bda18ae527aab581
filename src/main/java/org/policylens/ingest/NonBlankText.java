package org.policylens.ingest;

/**
 * A text without its whitespace, and where each of its chars stands in the text. Context read from a PDF's glyphs
 * (a footnote marker's or a column gap's neighbours) is found here: the parsed text may break or space the same
 * characters differently.
 */
final class NonBlankText {
    private final String chars;
    private final int[] offsets;

    private NonBlankText(String chars, int[] offsets) {
        this.chars = chars;
        this.offsets = offsets;
    }

    static NonBlankText of(String text) {
        StringBuilder chars = new StringBuilder(text.length());
        int[] offsets = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                offsets[chars.length()] = i;
                chars.append(text.charAt(i));
            }
        }
        return new NonBlankText(chars.toString(), offsets);
    }

    /** The text's non-blank chars, in order. */
    String chars() {
        return chars;
    }

    /** Where the {@code k}-th non-blank char stands in the text. */
    int offset(int k) {
        return offsets[k];
    }
}
