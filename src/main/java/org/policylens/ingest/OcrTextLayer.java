package org.policylens.ingest;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

import java.awt.geom.Point2D;
import java.util.Arrays;

/**
 * Counts the pages of a PDF that carry an OCR text layer, from how the page is drawn rather than from what its text
 * reads like. Every searchable-scan producer (OCRmyPDF and Tesseract, ABBYY FineReader, Acrobat's Paper Capture,
 * scanners' firmware) draws the page as an image covering (nearly) all of it and the recognised text where nobody sees
 * it: invisibly (text rendering mode 3 or 7, or a fully transparent paint) or under the image. A typed page with a picture, a letterhead or a
 * full-page background draws its text visibly, above the image. Fed by {@link PdfGlyphPass} while it reads the glyphs;
 * all coordinates are PDF user space.
 */
final class OcrTextLayer {
    /** Cells per side of the grid a page's image cover is measured on. */
    private static final int GRID = 32;
    /** A scan's image covers at least this share of the page (a scanner's margin trimmed, a stamp cropped). */
    private static final double COVERED = 0.8;
    /** Height of the point of a glyph tested for being covered, in units of its size above the baseline. */
    private static final float GLYPH_MIDDLE = 0.3f;

    private int pages;
    private PDRectangle box;
    /** For each cell, the number (from 1) of the last image on the page that covers it with opaque pixels; 0 for none. */
    private final int[] hidingImage = new int[GRID * GRID];
    private final boolean[] covered = new boolean[GRID * GRID];
    private int images;
    /** Per visible glyph of the page: its cell (or -1 off the page) and the number of images drawn before it. */
    private int[] glyphCell = new int[256];
    private int[] glyphAfter = new int[256];
    private int visible;
    private int glyphs;
    private int invisible;

    /** Pages read so far that have an OCR text layer. */
    int pages() {
        return pages;
    }

    void startPage(PDRectangle cropBox) {
        box = cropBox;
        Arrays.fill(hidingImage, 0);
        Arrays.fill(covered, false);
        images = 0;
        visible = 0;
        glyphs = 0;
        invisible = 0;
    }

    /**
     * An image drawn with this transformation (it maps the unit square onto the page); {@code opaque} when every pixel
     * of it paints over what is below (not a stencil mask, no soft or colour-key mask, no transparency).
     */
    void image(Matrix ctm, boolean opaque) {
        if (box == null) {
            return;
        }
        images++;
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (float[] corner : new float[][]{{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
            Point2D.Float p = ctm.transformPoint(corner[0], corner[1]);
            minX = Math.min(minX, p.x);
            minY = Math.min(minY, p.y);
            maxX = Math.max(maxX, p.x);
            maxY = Math.max(maxY, p.y);
        }
        for (int row = 0; row < GRID; row++) {
            float y = box.getLowerLeftY() + (row + 0.5f) * box.getHeight() / GRID;
            for (int col = 0; col < GRID; col++) {
                float x = box.getLowerLeftX() + (col + 0.5f) * box.getWidth() / GRID;
                if (x >= minX && x <= maxX && y >= minY && y <= maxY) {
                    covered[row * GRID + col] = true;
                    if (opaque) {
                        hidingImage[row * GRID + col] = images;
                    }
                }
            }
        }
    }

    /**
     * A glyph drawn with this text rendering matrix (glyph space to user space), rendering mode and fill and stroke
     * opacity: invisible when it is neither filled nor stroked, or only with a fully transparent paint.
     */
    void glyph(Matrix textRendering, RenderingMode mode, double fillAlpha, double strokeAlpha) {
        if (box == null) {
            return;
        }
        glyphs++;
        if (!(mode.isFill() && fillAlpha > 0) && !(mode.isStroke() && strokeAlpha > 0)) {
            invisible++;
            return;
        }
        if (visible == glyphCell.length) {
            glyphCell = Arrays.copyOf(glyphCell, 2 * visible);
            glyphAfter = Arrays.copyOf(glyphAfter, 2 * visible);
        }
        Point2D.Float p = textRendering.transformPoint(0, GLYPH_MIDDLE);
        int col = (int) Math.floor((p.x - box.getLowerLeftX()) / box.getWidth() * GRID);
        int row = (int) Math.floor((p.y - box.getLowerLeftY()) / box.getHeight() * GRID);
        glyphCell[visible] = col >= 0 && col < GRID && row >= 0 && row < GRID ? row * GRID + col : -1;
        glyphAfter[visible] = images;
        visible++;
    }

    /**
     * The page has an OCR text layer when its images cover most of it and most of its glyphs are unseen: drawn
     * invisibly, or under an opaque image drawn after them. A visible line stamped over a scan (a registry's note)
     * leaves it one. Returns whether this page has one.
     */
    boolean endPage() {
        if (box == null) {
            return false;
        }
        int coveredCells = 0;
        for (boolean c : covered) {
            coveredCells += c ? 1 : 0;
        }
        int unseen = invisible;
        for (int g = 0; g < visible; g++) {
            int cell = glyphCell[g];
            if (cell >= 0 && hidingImage[cell] > glyphAfter[g]) {
                unseen++;
            }
        }
        box = null;
        boolean ocr = glyphs > 0 && coveredCells >= COVERED * GRID * GRID && 2 * unseen > glyphs;
        if (ocr) {
            pages++;
        }
        return ocr;
    }
}
