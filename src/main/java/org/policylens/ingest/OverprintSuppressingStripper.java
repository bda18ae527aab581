package org.policylens.ingest;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A text stripper that reads a glyph drawn again over itself (fake bold, a second text layer) once, keeping exactly the
 * glyphs PDFBox keeps with {@code setSuppressDuplicateOverlappingText(true)}, as Tika's parse does: a glyph is dropped
 * when the same text was kept on the page within a third of its width, both across and down, unless a marked-content
 * sequence's actual text stands for it.
 *
 * <p>PDFBox files the kept glyphs by x, then y, and looks at every kept x in the window: text set in columns puts the
 * same letter at the same x on hundreds of lines, and that look-up was a third of {@link PdfGlyphPass}'s time. Filed
 * here by y, then x, the window holds a line or two, since lines lie further apart than a third of a glyph's width.
 * The windows are the same half-open ranges between the same float bounds, so the same glyphs are kept.
 */
class OverprintSuppressingStripper extends PDFTextStripper {
    /** The page's kept glyphs by text, then y, then x. */
    private final Map<String, TreeMap<Float, TreeSet<Float>>> kept = new HashMap<>();
    /** Whether each open marked-content sequence has an actual text, innermost first. */
    private final Deque<Boolean> markedContents = new ArrayDeque<>();
    /** Whether the last sequence begun, while still open, has an actual text (PDFBox keeps one such flag, not a stack). */
    private boolean actualText;

    OverprintSuppressingStripper() {
        setSuppressDuplicateOverlappingText(false); // done here instead
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        super.startPage(page);
        kept.clear();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (actualText || !repeats(text)) {
            super.processTextPosition(text);
        }
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        boolean has = PDMarkedContent.create(tag, properties).getActualText() != null;
        markedContents.push(has);
        actualText = has;
        super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
        Boolean has = markedContents.poll();
        if (has != null && has) {
            actualText = false;
        }
        super.endMarkedContentSequence();
    }

    /**
     * Whether this glyph repeats one kept on the page; if not, it is kept. A glyph of negative width fails as in PDFBox
     * (its window's bounds are the wrong way round).
     */
    private boolean repeats(TextPosition text) {
        String unicode = text.getUnicode();
        float x = text.getX();
        float y = text.getY();
        float tolerance = text.getWidth() / unicode.length() / 3.0f;
        Float fromX = x - tolerance;
        Float toX = x + tolerance;
        Float fromY = y - tolerance;
        Float toY = y + tolerance;
        if (fromX.compareTo(toX) > 0) {
            throw new IllegalArgumentException("fromKey > toKey");
        }
        TreeMap<Float, TreeSet<Float>> byY = kept.computeIfAbsent(unicode, u -> new TreeMap<>());
        // y's bounds can only be the wrong way round when x is infinite or NaN, whose window holds nothing
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
