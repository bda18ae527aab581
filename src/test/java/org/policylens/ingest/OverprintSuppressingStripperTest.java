package org.policylens.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The glyph pass drops overprinted glyphs itself, faster than PDFBox: it must keep exactly the glyphs PDFBox keeps (the
 * footnote markers and column gaps it finds are matched against the text Tika's PDFBox pass gives), on drawn PDFs in
 * every script and on the real PDFs of the test corpus.
 */
class OverprintSuppressingStripperTest {
    private static final List<String> LINES = List.of(
            "Oil prices doubled in 1974 and imports reached 40.5 percent in 1980.",
            "Экспорт достиг 1 млрд долларов США к 2026 году, рост на 35 процентов.",
            "2024 йилда бюджетдан 120 млрд сўм ажратилди, улуш 75 фоизга етди.",
            "2024 yilda budjetdan 120 mlrd so‘m ajratildi, ulush 75 foizga yetdi.",
            "2024 жылы бюджеттен 120 млрд теңге бөлінді, үлесі 75 пайызға жетті.");

    @TempDir
    Path dir;

    @Test
    void keepsTheGlyphsPdfBoxKeepsOnDrawnPages() throws IOException {
        File fontFile = TestFonts.unicode();
        Assumptions.assumeTrue(fontFile != null, "no DejaVu or Liberation font to embed: skipped");
        Path pdf = dir.resolve("overprinted.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, fontFile);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 800;
                for (String line : LINES) {
                    PdfLines.draw(cs, font, 11, 60, y, line);            // fake bold: again a fraction of a point to the right
                    PdfLines.draw(cs, font, 11, 60.3f, y, line);
                    y -= 16;
                }
                for (int i = 0; i < 30; i++) {              // a column: the same letters at the same x, line after line
                    PdfLines.draw(cs, font, 11, 60, y, "Section " + i + " 12 345");
                    y -= 12;
                }
                for (String line : LINES) {                 // a second text layer over the first
                    PdfLines.draw(cs, font, 11, 60, 800 - 16 * LINES.indexOf(line), line);
                }
                COSDictionary span = new COSDictionary();   // an actual text stands for the glyphs: none is dropped
                span.setString(COSName.ACTUAL_TEXT, "1980");
                cs.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(span));
                PdfLines.draw(cs, font, 11, 300, 100, "1980");
                PdfLines.draw(cs, font, 11, 300, 100, "1980");
                cs.endMarkedContent();
                PdfLines.draw(cs, font, 11, 300, 80, "2026");
            }
            doc.save(pdf.toFile());
        }
        String ours = sameAsPdfBox(pdf);
        for (String line : LINES) {
            assertEquals(1, ours.split(line, -1).length - 1, line + " in " + ours);
        }
    }

    @Test
    void keepsTheGlyphsPdfBoxKeepsOnRealPdfs() throws IOException {
        Path real = Path.of("src/test/resources/real/dev");
        Assumptions.assumeTrue(Files.isDirectory(real), "no real test PDFs");
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(real)) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertFalse(pdfs.isEmpty());
        for (Path pdf : pdfs) {
            assertFalse(sameAsPdfBox(pdf).isBlank(), pdf.toString());
        }
    }

    /** The text our stripper gives, checked equal to PDFBox's with its own suppression. */
    private static String sameAsPdfBox(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper pdfBox = new PDFTextStripper();
            pdfBox.setSuppressDuplicateOverlappingText(true);
            String expected = pdfBox.getText(doc);
            String ours = new OverprintSuppressingStripper().getText(doc);
            assertEquals(expected, ours, pdf.getFileName().toString());
            PDFTextStripper unsuppressed = new PDFTextStripper();
            unsuppressed.setSuppressDuplicateOverlappingText(false);
            assertTrue(unsuppressed.getText(doc).length() >= ours.length(), pdf.getFileName().toString());
            return ours;
        }
    }
}
