package org.policylens.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * One PDFBox pass over a text PDF's glyphs and images, for what the text parser does not say: which digits are printed
 * as {@link FootnoteMarkers footnote markers}, which spaces between figures are {@link ColumnGaps column gaps}, and
 * which pages are scans under an {@link OcrTextLayer OCR text layer}, and whether letters were drawn into holes of their
 * lines after them ({@link LateGlyphs}), so that the text must be read in position order.
 * It reads the document Tika's parse loaded ({@link GlyphPassPdfParser}), so the file is loaded, and its objects and
 * fonts are decoded, once; its content is laid out twice (this, then Tika's text), and twice more only when it must be
 * read in position order.
 */
final class PdfGlyphPass {

    /**
     * What the pass found: the footnote markers and column gaps in text order, the pages with an OCR text layer, and how
     * many glyphs were drawn into a hole of their line after it.
     */
    record Result(List<FootnoteMarkers.Marker> footnoteMarkers, List<ColumnGaps.Gap> columnGaps, int ocrLayerPages,
                  int lateGlyphs) {
        static final Result NONE = new Result(List.of(), List.of(), 0, 0);

        Result {
            footnoteMarkers = List.copyOf(footnoteMarkers);
            columnGaps = List.copyOf(columnGaps);
        }

        /** Whether the text read in drawing order tears letters from their words, and must be read in position order. */
        boolean needsPositionOrder() {
            return lateGlyphs > 0;
        }
    }

    private PdfGlyphPass() {
    }

    /** Reads the glyphs in drawing order, or in position order as Tika's text when it is read sorted. */
    static Result read(Path pdf, boolean positionOrder) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return read(doc, positionOrder);
        }
    }

    /**
     * Reads a loaded document without changing it (Tika's text extraction may run on it afterwards), in drawing order or
     * in position order as Tika's text when it is read sorted.
     */
    static Result read(PDDocument doc, boolean positionOrder) throws IOException {
        Stripper stripper = new Stripper();
        stripper.setSortByPosition(positionOrder);
        stripper.writeText(doc, Writer.nullWriter());
        return new Result(stripper.markers.markers(), stripper.columns.gaps(), stripper.layer.pages(),
                stripper.late.late());
    }

    private static final class Stripper extends OverprintSuppressingStripper {
        final FootnoteMarkers.Finder markers = new FootnoteMarkers.Finder();
        final ColumnGaps.Finder columns = new ColumnGaps.Finder();
        final OcrTextLayer layer = new OcrTextLayer();
        final LateGlyphs.Finder late = new LateGlyphs.Finder();

        @Override
        protected void startPage(PDPage page) throws IOException {
            super.startPage(page);
            layer.startPage(page.getCropBox());
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            markers.words(positions);
            columns.words(positions);
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            super.endPage(page);
            markers.endPage(layer.endPage());
            columns.endPage();
            late.endPage();
        }

        /** Called for each glyph in drawing order (the sort, when asked for, comes at the page's end). */
        @Override
        protected void processTextPosition(TextPosition text) {
            super.processTextPosition(text);
            late.glyph(text);
        }

        @Override
        protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
                throws IOException {
            super.showGlyph(textRenderingMatrix, font, code, displacement);
            layer.glyph(textRenderingMatrix, getGraphicsState().getTextState().getRenderingMode(),
                    getGraphicsState().getNonStrokeAlphaConstant(), getGraphicsState().getAlphaConstant());
        }

        /** Images are drawn by {@code Do} (an image XObject) and {@code BI} (inline), which the text stripper skips. */
        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            String name = operator.getName();
            if (name.equals(OperatorName.DRAW_OBJECT) && !operands.isEmpty() && operands.get(0) instanceof COSName x) {
                PDResources resources = getResources();
                if (resources != null && resources.isImageXObject(x)) {
                    PDXObject image = resources.getXObject(x);
                    if (image instanceof PDImageXObject i) {
                        layer.image(getGraphicsState().getCurrentTransformationMatrix(), opaque(i));
                    }
                }
            } else if (name.equals(OperatorName.BEGIN_INLINE_IMAGE) && operator.getImageParameters() != null) {
                COSDictionary p = operator.getImageParameters();
                boolean stencil = p.getBoolean(COSName.IM, false) || p.getBoolean(COSName.IMAGE_MASK, false);
                layer.image(getGraphicsState().getCurrentTransformationMatrix(), !stencil && paintsOver());
            }
            super.processOperator(operator, operands);
        }

        /** Whether every pixel of the image covers what was drawn before it. */
        private boolean opaque(PDImageXObject image) throws IOException {
            return !image.isStencil() && image.getSoftMask() == null && image.getMask() == null
                    && image.getColorKeyMask() == null && paintsOver();
        }

        /** Whether the graphics state paints over (no transparency, no blending with the page below). */
        private boolean paintsOver() {
            PDGraphicsState state = getGraphicsState();
            return state.getNonStrokeAlphaConstant() >= 1 && state.getSoftMask() == null
                    && state.getBlendMode() == BlendMode.NORMAL;
        }
    }
}
