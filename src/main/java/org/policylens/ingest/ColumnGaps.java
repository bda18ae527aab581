package org.policylens.ingest;

import org.apache.pdfbox.text.TextPosition;

import java.util.ArrayList;
import java.util.List;

/**
 * Figures in adjacent table columns: the text layer gives the cells of a row with one space between them
 * ({@code 6 216 216} for the cells 6, 216 and 216), which read as one number in thousands groups. On the page a column
 * gap is wide, a thousands separator or a word space narrow. Such gaps are found here from the glyphs' positions, and
 * the space written for them in the parsed text becomes a tab, one char for one, so that the cells stay apart and every
 * span still holds. The glyphs come from {@link PdfGlyphPass}.
 */
final class ColumnGaps {

    /** A column gap in its line: the non-blank text just before and after it, to find it again in the parsed text. */
    record Gap(String before, String after) {
    }

    /** A gap wider than this many times the glyphs' size parts two columns (a word space is about a quarter of it). */
    private static final float COLUMN = 1.5f;
    /** Two glyphs are on one line when their baselines are within this share of their size. */
    private static final float SAME_LINE = 0.5f;
    private static final int BEFORE = 8;
    private static final int AFTER = 4;

    private ColumnGaps() {
    }

    /**
     * The text with the space at each gap's place turned into a tab where the gap's context is found, in order; a gap
     * whose context the text does not hold, or that the text breaks with a line end, is left alone.
     */
    static String apply(String text, List<Gap> gaps) {
        if (gaps.isEmpty()) {
            return text;
        }
        NonBlankText compact = NonBlankText.of(text);
        String c = compact.chars();
        char[] out = text.toCharArray();
        int cursor = 0;
        for (Gap g : gaps) {
            int k = c.indexOf(g.before() + g.after(), Math.max(0, cursor - g.before().length()));
            if (k < 0) {
                continue;
            }
            int split = k + g.before().length();
            int from = compact.offset(split - 1) + 1;
            int to = compact.offset(split);
            if (to - from == 1 && out[from] == ' ') {
                out[from] = '\t';
            }
            cursor = split;
        }
        return new String(out);
    }

    /** Collects a page's glyphs in text order, then finds the wide gaps between digits on one line. */
    static final class Finder {
        private final List<Gap> gaps = new ArrayList<>();
        private final List<TextPosition> glyphs = new ArrayList<>();

        List<Gap> gaps() {
            return gaps;
        }

        void words(List<TextPosition> positions) {
            glyphs.addAll(positions);
        }

        void endPage() {
            int previousDigit = -1;
            for (int i = 0; i < glyphs.size(); i++) {
                TextPosition p = glyphs.get(i);
                if (isBlank(p)) {
                    continue;
                }
                if (isDigit(p) && previousDigit >= 0 && wide(glyphs.get(previousDigit), p)
                        && onlyBlankBetween(previousDigit, i)) {
                    gaps.add(new Gap(context(previousDigit, -1, BEFORE), context(i, 1, AFTER)));
                }
                previousDigit = isDigit(p) ? i : -1;
            }
            glyphs.clear();
        }

        private boolean onlyBlankBetween(int from, int to) {
            for (int i = from + 1; i < to; i++) {
                if (!isBlank(glyphs.get(i))) {
                    return false;
                }
            }
            return true;
        }

        /** The next glyph starts on the same line, further right than a column gap from the end of the one before. */
        private static boolean wide(TextPosition a, TextPosition b) {
            float size = Math.max(size(a), size(b));
            float gap = b.getXDirAdj() - (a.getXDirAdj() + a.getWidthDirAdj());
            return size > 0 && Math.abs(a.getYDirAdj() - b.getYDirAdj()) < SAME_LINE * size && gap > COLUMN * size;
        }

        private static float size(TextPosition p) {
            return Math.abs(p.getYScale()) > 0 ? Math.abs(p.getYScale()) : p.getFontSizeInPt();
        }

        private String context(int from, int step, int length) {
            StringBuilder s = new StringBuilder();
            for (int i = from; i >= 0 && i < glyphs.size() && s.length() < length; i += step) {
                String u = glyphs.get(i).getUnicode().replaceAll("\\s", "");
                if (step < 0) {
                    s.insert(0, u);
                } else {
                    s.append(u);
                }
            }
            return step < 0 && s.length() > length ? s.substring(s.length() - length)
                    : s.length() > length ? s.substring(0, length) : s.toString();
        }

        private static boolean isDigit(TextPosition p) {
            return p.getUnicode().length() == 1 && p.getUnicode().charAt(0) >= '0' && p.getUnicode().charAt(0) <= '9';
        }

        private static boolean isBlank(TextPosition p) {
            return p.getUnicode().isBlank();
        }
    }
}
