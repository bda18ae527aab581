package org.policylens.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The development set's real PDFs: every page of the lex.uz scans (a Canon scanner's or Adobe Paper Capture's OCR
 * layer) is a scan under an OCR text layer, and no page of the typeset ones (CIO, GAO, GPO, World Bank, Federal
 * Register) is.
 */
class RealPdfOcrLayerTest {
    private static final Path DEV = Path.of("src", "test", "resources", "real", "dev");

    @Test
    void scansAreRecognisedOnEveryPageAndTypesetPdfsOnNone() throws IOException {
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(DEV)) {
            pdfs = files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        }
        assertFalse(pdfs.isEmpty());
        for (Path pdf : pdfs) {
            boolean scan = pdf.getFileName().toString().startsWith("lexuz-");
            int pages;
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                pages = doc.getNumberOfPages();
            }
            assertEquals(scan ? pages : 0, PdfGlyphPass.read(pdf, false).ocrLayerPages(), pdf.getFileName().toString());
        }
    }
}
