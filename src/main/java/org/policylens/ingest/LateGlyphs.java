package org.policylens.ingest;

import org.apache.pdfbox.text.TextPosition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Letters drawn into a hole their line left for them. When a font lacks a letter (Uzbek Cyrillic қ ҳ ғ, Kazakh ә ң ү ұ
 * і …), LibreOffice draws the line in its own font with a gap where each such letter goes, and then those letters in a
 * fallback font: read in drawing order, {@code мувофиқ} becomes {@code мувофи} with a {@code қ} at the line's end. Such a
 * document is read in position order instead. Position order is not the default: multi-column pages (Federal Register)
 * draw a column after the one to its right on the same baselines, which a sort would interleave line by line; those
 * later columns start in a wide gutter, never flush against a glyph drawn before on their baseline, as a filled hole
 * does.
 * The glyphs come from {@link PdfGlyphPass} in drawing order.
 */
final class LateGlyphs {

    /** Two glyphs share a baseline when their baselines are within this share of their size. */
    private static final float SAME_BASELINE = 0.05f;
    /** ... and are of one size when their sizes are within this share. */
    private static final float SAME_SIZE = 0.1f;
    /** A glyph touches its neighbour when the gap or overlap between them is within this share of its width. */
    private static final float TOUCH = 0.2f;
    /** ... or within this many points, for narrow glyphs. */
    private static final float TOUCH_POINTS = 0.3f;

    private LateGlyphs() {
    }

    /** Follows one page at a time; counts glyphs drawn flush before a glyph drawn earlier on their line. */
    static final class Finder {
        /** The glyphs drawn so far on this page, by rounded baseline. */
        private final Map<Integer, List<Drawn>> lines = new HashMap<>();
        /** The right end of what was drawn so far on each rounded baseline: most glyphs go right of it, unchecked. */
        private final Map<Integer, Float> rightEnds = new HashMap<>();
        private int late;

        /** How many glyphs of the pages seen so far filled a hole of their line. */
        int late() {
            return late;
        }

        void glyph(TextPosition p) {
            String unicode = p.getUnicode();
            if (unicode == null || unicode.isBlank() || p.getWidthDirAdj() <= 0) {
                return;
            }
            Drawn g = new Drawn(p.getXDirAdj(), p.getXDirAdj() + p.getWidthDirAdj(), p.getYDirAdj(), p.getFontSizeInPt());
            int key = Math.round(g.y());
            if (g.x1() < rightmost(key) - tolerance(g) && fillsHole(g, key)) {
                late++;
            }
            lines.computeIfAbsent(key, k -> new ArrayList<>()).add(g);
            rightEnds.merge(key, g.x1(), Math::max);
        }

        void endPage() {
            lines.clear();
            rightEnds.clear();
        }

        /** The right end of what was drawn on and about this baseline: a glyph left of it is drawn after its right side. */
        private float rightmost(int key) {
            float max = Float.NEGATIVE_INFINITY;
            for (int k = key - 1; k <= key + 1; k++) {
                max = Math.max(max, rightEnds.getOrDefault(k, Float.NEGATIVE_INFINITY));
            }
            return max;
        }

        /**
         * Whether the glyph ends flush against the start of a glyph of its size and baseline drawn before it, over none
         * of them: it goes into a gap its line left.
         */
        private boolean fillsHole(Drawn g, int key) {
            float tolerance = tolerance(g);
            boolean flush = false;
            for (int k = key - 1; k <= key + 1; k++) {
                for (Drawn d : lines.getOrDefault(k, List.of())) {
                    if (!g.sameLine(d)) {
                        continue;
                    }
                    if (d.x0() < g.x1() - tolerance && d.x1() > g.x0() + tolerance) {
                        return false;   // drawn over earlier text: an accent, an overprint
                    }
                    flush |= Math.abs(d.x0() - g.x1()) <= tolerance;
                }
            }
            return flush;
        }

        private static float tolerance(Drawn g) {
            return Math.max(TOUCH_POINTS, TOUCH * (g.x1() - g.x0()));
        }
    }

    /** A drawn glyph's extent, baseline and size, in points. */
    private record Drawn(float x0, float x1, float y, float size) {
        boolean sameLine(Drawn o) {
            return Math.abs(y - o.y) <= SAME_BASELINE * size && Math.abs(size - o.size) <= SAME_SIZE * size;
        }
    }
}
