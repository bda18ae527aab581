package org.policylens.ingest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.model.DocumentId;
import org.policylens.model.ParseResult;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What OCR does where Tesseract is missing, and the parts of it that need no Tesseract at all. */
class OcrWithoutTesseractTest {
    private static final OcrEngine MISSING = OcrEngine.at("/nonexistent/tesseract-dir");

    @TempDir
    Path dir;

    @Test
    void aScanFailsAloneSayingWhatToInstallNeverAnEmptySuccess() throws IOException {
        assertFalse(MISSING.available());
        Path png = dir.resolve("photo.png");
        ImageIO.write(page(), "png", png.toFile());
        Path pdf = dir.resolve("scan.pdf");
        imagePdf(page(), pdf);

        TikaIngester ingester = new TikaIngester(IngestLimits.DEFAULTS, OcrOptions.DEFAULTS, MISSING);
        for (Path scan : List.of(png, pdf)) {
            ParseResult r = ingester.ingest(scan, new DocumentId(scan.toString()));
            ParseResult.Failed failed = assertInstanceOf(ParseResult.Failed.class, r, scan::toString);
            assertEquals("no text layer; install tesseract-ocr to read scanned documents", failed.reason());
        }
    }

    @Test
    void blankLinesInOcrTextAreWrapsInsideASentenceAndBreaksAfterOne() {
        String ocr = "By Presidential Resolution No. PQ-357 of August 22, 2022 the\n\nprogramme for the ICT sector sets IT exports of USD 1\n"
                + "\nbillion by 2026 and trains at least 100,000 specialists.\n\nA new paragraph starts here.";
        List<LineUnwrapper.Para> paras = LineUnwrapper.unwrap(ocr, true);
        assertEquals(List.of("By Presidential Resolution No. PQ-357 of August 22, 2022 the programme for the ICT sector "
                + "sets IT exports of USD 1 billion by 2026 and trains at least 100,000 specialists.",
                "A new paragraph starts here."), paras.stream().map(LineUnwrapper.Para::text).toList());
        assertTrue(paras.get(1).afterBlankLine());
        // text that is not OCR keeps every blank line as a paragraph break
        assertEquals(4, LineUnwrapper.unwrap(ocr, false).size());
    }

    @Test
    void anOcrLanguageThatIsNotInstalledIsRefusedNamingWhatIs() {
        OcrEngine engine = OcrEngine.onPath();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> engine.resolve("xx_klingon"));
        assertTrue(e.getMessage().startsWith("OCR language xx_klingon is not installed"), e.getMessage());
        if (engine.languages().containsAll(List.of("uzb_cyrl", "eng"))) {
            assertEquals("uzb_cyrl+eng", engine.resolve("uz-Cyrl"));
            assertEquals("uzb_cyrl", engine.resolve("uzb_cyrl"));
        }
    }

    private static BufferedImage page() {
        BufferedImage image = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.drawString("Presidential Resolution No. PQ-357 of August 22, 2022", 100, 200);
        g.dispose();
        return image;
    }

    private static void imagePdf(BufferedImage image, Path out) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                cs.drawImage(org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(pdf, image),
                        0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            pdf.save(out.toFile());
        }
    }
}
