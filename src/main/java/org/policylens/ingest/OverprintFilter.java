package org.policylens.ingest;

import org.apache.pdfbox.text.TextPosition;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which glyphs of a page repeat one already drawn over it (fake bold, a second text layer), decided exactly as PDFBox's
 * {@code PDFTextStripper} does with {@code setSuppressDuplicateOverlappingText(true)}: a glyph is dropped when the same
 * text was kept on the page within a third of its width, both across and down.
 *
 * <p>PDFBox files the kept glyphs by x, then y, and looks at every kept x in the window: text set in columns puts the
 * same letter at the same x on hundreds of lines, and that look-up was a third of {@link PdfGlyphPass}'s time. Filed by
 * y, then x, the window holds one line or two, since lines are further apart than a third of a glyph's width. The
 * windows are the same half-open ranges of the same float bounds, so the same glyphs are kept.
 */
final class OverprintFilter {
    /** Kept glyphs by text, then baseline y, then x. */
    private final Map<String, TreeMap<Float, TreeSet<Float>>> kept = new HashMap<>();

    /** A new page: nothing drawn on it yet. */
    void startPage() {
        kept.clear();
    }

    /**
     * Whether this glyph repeats one kept on the page; if not, it is kept. Throws {@link IllegalArgumentException}
     * for a glyph of negative width, as PDFBox does (its window's bounds are then the wrong way round).
     */
    boolean repeats(TextPosition text) {
        String unicode = text.getUnicode();
        float x = text.getX();
        float y = text.getY();
        float tolerance = text.getWidth() / unicode.length() / 3.0f;
        Float fromX = x - tolerance;
        Float toX = x + tolerance;
        if (fromX.compareTo(toX) > 0) {
            throw new IllegalArgumentException("fromKey > toKey");
        }
        TreeMap<Float, TreeSet<Float>> byY = kept.computeIfAbsent(unicode, u -> new TreeMap<>());
        Float fromY = y - tolerance;
        Float toY = y + tolerance;
        if (fromY.compareTo(toY) <= 0) {
            for (TreeSet<Float> xs : byY.subMap(fromY, toY).values()) {
                if (!xs.subSet(fromX, toX).isEmpty()) {
                    return true;
                }
            }
        }
        byY.computeIfAbsent(y, k -> new TreeSet<>()).add(x);
        return false;
    }
}
