package org.policylens.ingest;

import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;

import java.io.IOException;
import java.io.InputStream;

/**
 * Tika's PDF parser, which also runs the {@link PdfGlyphPass} on the document it has just loaded when the parse's
 * context holds a {@link Request}. Reading the file into a document of its own cost the glyph pass a sixth of its time
 * (loading, decoding objects, building fonts), and the text extraction that follows finds the fonts already built.
 * The pass only reads the document, so Tika's text is what it was.
 */
final class GlyphPassPdfParser extends PDFParser {
    private static final long serialVersionUID = 1L;

    /** Asks one parse for the glyph pass (not the PDFs inside it); holds the pass's result once the document is loaded. */
    static final class Request {
        private final boolean positionOrder;
        private PdfGlyphPass.Result result = PdfGlyphPass.Result.NONE;

        /** Asks for the glyphs in drawing order, or in position order when Tika's text is read sorted. */
        Request(boolean positionOrder) {
            this.positionOrder = positionOrder;
        }

        /** What the pass found; {@link PdfGlyphPass.Result#NONE} when it did not run or PDFBox could not read it. */
        PdfGlyphPass.Result result() {
            return result;
        }
    }

    @Override
    protected PDDocument getPDDocument(InputStream stream, TikaInputStream tis, String password,
                                       RandomAccessStreamCache.StreamCacheCreateFunction streamCache,
                                       Metadata metadata, ParseContext context)
            throws IOException, EncryptedDocumentException {
        PDDocument document = super.getPDDocument(stream, tis, password, streamCache, metadata, context);
        Request request = context.get(Request.class);
        if (request != null) {
            context.set(Request.class, null);
            try {
                request.result = PdfGlyphPass.read(document, request.positionOrder);
            } catch (IOException | RuntimeException e) {
                // a PDF PDFBox cannot lay out keeps its digits as they are and is taken for typed
            }
        }
        return document;
    }
}
