package org.policylens.ingest;

import org.apache.pdfbox.text.TextPosition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The footnote markers of a PDF: digits printed smaller than the words around them and raised above their baseline
 * ({@code availability.³}, {@code ³ Source: …}). The text layer gives them as plain digits ({@code availability. 3},
 * {@code serving 4 consumers}), which read as figures. They are found here from the glyphs' sizes and baselines, and
 * written back into the parsed text as superscript digits, one char for one, so that its spans still hold and the
 * marker stays in the text, as printed, while no finder takes it for a number. The glyphs come from
 * {@link PdfGlyphPass}.
 */
final class FootnoteMarkers {

    /** A marker in its line: the non-blank text just before and after it, to find it again in the parsed text. */
    record Marker(String before, String digits, String after) {
    }

    /** A marker is at most this much of the size of the words around it. */
    private static final float SMALLER = 0.9f;
    /** ... and its baseline at least this share of their size above theirs. */
    private static final float RAISED = 0.15f;
    /** Footnote numbers run to three digits. */
    private static final int MAX_DIGITS = 3;
    /** Letters on each side whose size and baseline are the line's. */
    private static final int NEIGHBOURS = 8;
    /** How far along the page's glyphs those letters are looked for. */
    private static final int LOOK = 40;
    /** A letter is on the marker's line when its baseline is within this share of its size of the marker's. */
    private static final float SAME_LINE = 0.8f;
    /** Non-blank chars of context kept on each side of a marker. */
    private static final int BEFORE = 8;
    private static final int AFTER = 4;
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private FootnoteMarkers() {
    }

    /**
     * The text with each marker's digits turned into superscript digits where the marker's context is found, in order;
     * a marker whose context the text does not hold is left alone.
     */
    static String apply(String text, List<Marker> markers) {
        if (markers.isEmpty()) {
            return text;
        }
        NonBlankText compact = NonBlankText.of(text);
        String c = compact.chars();
        char[] out = text.toCharArray();
        int cursor = 0;
        for (Marker m : markers) {
            // markers close together share context: the one before may end inside this one's
            int k = c.indexOf(m.before() + m.digits() + m.after(), Math.max(0, cursor - m.before().length()));
            if (k < 0) {
                continue;
            }
            int first = k + m.before().length();
            for (int d = 0; d < m.digits().length(); d++) {
                int i = compact.offset(first + d);
                out[i] = SUPERSCRIPTS.charAt(out[i] - '0');
            }
            cursor = first + m.digits().length();
        }
        return new String(out);
    }

    /**
     * Collects a page's glyphs as the text stripper lays them out, then takes the markers out of them. A page, not a
     * line: a raised marker may come out as a line of its own (Chromium draws it after its line).
     */
    static final class Finder {
        private final List<Marker> markers = new ArrayList<>();
        private final List<TextPosition> glyphs = new ArrayList<>();

        /** The markers found so far, in text order. */
        List<Marker> markers() {
            return markers;
        }

        /** A word or a line of the page, as the text stripper writes it. */
        void words(List<TextPosition> positions) {
            glyphs.addAll(positions);
            glyphs.add(null);   // a word or line break
        }

        /**
         * The end of a page: its markers are taken out of its glyphs, unless it is a scan under an OCR text layer, whose
         * glyph sizes and baselines are the recogniser's guesses from its word boxes, not the print's.
         */
        void endPage(boolean ocrLayer) {
            if (ocrLayer) {
                glyphs.clear();
                return;
            }
            for (int i = 0; i < glyphs.size(); i++) {
                if (!isDigit(glyphs.get(i))) {
                    continue;
                }
                int end = i;
                while (end < glyphs.size() && isDigit(glyphs.get(end))) {
                    end++;
                }
                if (end - i <= MAX_DIGITS && isMarker(i, end)) {
                    markers.add(new Marker(context(i - 1, -1, BEFORE), text(i, end), context(end, 1, AFTER)));
                }
                i = end;
            }
            glyphs.clear();
        }

        /**
         * Smaller than the letters of its line and raised above their baseline. Its line's letters are the nearest
         * ones on each side whose baseline is within most of their size of the marker's (not the line above).
         */
        private boolean isMarker(int start, int end) {
            float markerSize = 0;
            float markerBaseline = Float.MAX_VALUE;
            for (int i = start; i < end; i++) {
                markerSize = Math.max(markerSize, size(glyphs.get(i)));
                markerBaseline = Math.min(markerBaseline, glyphs.get(i).getYDirAdj());
            }
            List<TextPosition> around = new ArrayList<>();
            collect(around, start - 1, -1, markerBaseline);
            collect(around, end, 1, markerBaseline);
            if (around.isEmpty()) {
                return false;
            }
            float size = median(around, true);
            float baseline = median(around, false);
            // y grows down the page: a raised glyph has a smaller y
            return size > 0 && markerSize <= SMALLER * size && baseline - markerBaseline >= RAISED * size;
        }

        private void collect(List<TextPosition> around, int from, int step, float markerBaseline) {
            int found = 0;
            for (int i = from; i >= 0 && i < glyphs.size() && found < NEIGHBOURS && Math.abs(i - from) < LOOK; i += step) {
                TextPosition p = glyphs.get(i);
                if (isLetter(p) && Math.abs(p.getYDirAdj() - markerBaseline) < SAME_LINE * size(p)) {
                    around.add(p);
                    found++;
                }
            }
        }

        private static float median(List<TextPosition> glyphs, boolean sizes) {
            float[] v = new float[glyphs.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = sizes ? size(glyphs.get(i)) : glyphs.get(i).getYDirAdj();
            }
            Arrays.sort(v);
            return v[v.length / 2];
        }

        /** The size a glyph is drawn at, whether set by the font size or by the text matrix's scale. */
        private static float size(TextPosition p) {
            return Math.abs(p.getYScale()) > 0 ? Math.abs(p.getYScale()) : p.getFontSizeInPt();
        }

        private String context(int from, int step, int length) {
            StringBuilder s = new StringBuilder();
            for (int i = from; i >= 0 && i < glyphs.size() && s.length() < length; i += step) {
                if (glyphs.get(i) != null) {
                    String u = glyphs.get(i).getUnicode().replaceAll("\\s", "");
                    if (step < 0) {
                        s.insert(0, u);
                    } else {
                        s.append(u);
                    }
                }
            }
            return step < 0 && s.length() > length ? s.substring(s.length() - length)
                    : s.length() > length ? s.substring(0, length) : s.toString();
        }

        private String text(int start, int end) {
            StringBuilder s = new StringBuilder();
            for (int i = start; i < end; i++) {
                s.append(glyphs.get(i).getUnicode());
            }
            return s.toString();
        }

        private static boolean isDigit(TextPosition p) {
            return p != null && p.getUnicode().length() == 1 && p.getUnicode().charAt(0) >= '0'
                    && p.getUnicode().charAt(0) <= '9';
        }

        private static boolean isLetter(TextPosition p) {
            return p != null && !p.getUnicode().isEmpty() && Character.isLetter(p.getUnicode().codePointAt(0));
        }
    }
}
