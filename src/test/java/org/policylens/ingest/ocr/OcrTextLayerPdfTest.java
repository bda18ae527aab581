package org.policylens.ingest.ocr;

import org.policylens.ingest.TestFonts;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.policylens.annotate.OcrDamage;
import org.policylens.ingest.IngestLimits;
import org.policylens.ingest.OcrEngine;
import org.policylens.ingest.OcrMode;
import org.policylens.ingest.OcrOptions;
import org.policylens.ingest.TikaIngester;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.MetadataKeys;
import org.policylens.model.ParseResult;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A PDF page that is a scan under an OCR text layer is recognised by how it is drawn, whatever its text reads like:
 * a page image covering the page and the recognised text invisible over it or hidden under it, as OCRmyPDF and
 * Tesseract, ABBYY FineReader, Acrobat's Paper Capture and scanners draw it. A typed page with pictures is not one.
 * The text layers here are clean text in Uzbek (Cyrillic), Russian and English: only the structure can tell.
 */
class OcrTextLayerPdfTest {
    private static final float A4_W = PDRectangle.A4.getWidth();
    private static final float A4_H = PDRectangle.A4.getHeight();
    private static TikaIngester ingester;
    private static File fontFile;

    @TempDir
    Path dir;

    enum Text {
        UZ_CYRL(PolicyTexts.UZBEK_CYRILLIC, "uzb_cyrl"),
        RU(PolicyTexts.RUSSIAN, "rus"),
        EN(PolicyTexts.ENGLISH, "eng");

        final String text;
        final String tesseract;

        Text(String text, String tesseract) {
            this.text = text;
            this.tesseract = tesseract;
        }
    }

    /** How a page is drawn. */
    enum Drawing {
        /** OCRmyPDF, Tesseract, Acrobat: the scan, then the text in rendering mode 3. */
        INVISIBLE_TEXT_OVER_SCAN(true),
        /** The scan in horizontal strips (scanner firmware), then the text in rendering mode 7 (invisible, clipping). */
        INVISIBLE_TEXT_OVER_STRIPS(true),
        /** The scan, then the text filled with a fully transparent paint (an opacity of 0 rather than mode 3). */
        TRANSPARENT_TEXT_OVER_SCAN(true),
        /** ABBYY's "text under the page image": visible text, then the opaque scan painted over it. */
        TEXT_UNDER_OPAQUE_SCAN(true),
        /** A typed page on a full-page background (a letterhead): the image, then visible text over it. */
        VISIBLE_TEXT_OVER_BACKGROUND(false),
        /** A typed page with a photograph over half of it. */
        VISIBLE_TEXT_AND_PHOTO(false),
        /** A typed page under a full-page watermark with transparency: the text still shows through. */
        VISIBLE_TEXT_UNDER_TRANSPARENT_WATERMARK(false),
        /** Invisible text with no image (a form's hidden field text): no scan. */
        INVISIBLE_TEXT_WITHOUT_IMAGE(false);

        final boolean ocr;

        Drawing(boolean ocr) {
            this.ocr = ocr;
        }
    }

    @BeforeAll
    static void setUp() {
        ingester = new TikaIngester(IngestLimits.DEFAULTS, OcrOptions.DEFAULTS.withMode(OcrMode.OFF));
        fontFile = TestFonts.unicode();
    }

    @ParameterizedTest
    @EnumSource(Drawing.class)
    void aPageIsAScanUnderAnOcrTextLayerOnlyWhenItsTextIsUnseenOverAFullPageImage(Drawing drawing) throws IOException {
        assumeTrue(fontFile != null, "no TrueType font with Cyrillic (fonts-dejavu-core): skipped");
        for (Text text : Text.values()) {
            Path pdf = dir.resolve(drawing + "-" + text + ".pdf");
            draw(drawing, text.text, pdf);
            Document doc = ingest(pdf);
            String layer = doc.metadata().get(MetadataKeys.OCR_LAYER_PAGES);
            assertEquals(drawing.ocr ? "2" : null, layer, drawing + " " + text);
            assertEquals(drawing.ocr, OcrDamage.applies(doc), drawing + " " + text);
        }
    }

    /** Tesseract's own searchable PDF of a page rendered here (skipped when Tesseract or its languages are missing). */
    @ParameterizedTest
    @EnumSource(Text.class)
    void tesseractsSearchablePdfIsAScanUnderAnOcrTextLayer(Text text) throws Exception {
        OcrEngine engine = OcrEngine.onPath();
        assumeTrue(engine.available(), "tesseract-ocr is not installed: skipped");
        assumeTrue(engine.languages().contains(text.tesseract), "no Tesseract data for " + text.tesseract + ": skipped");
        Path png = dir.resolve("page.png");
        ImageIO.write(Scans.pages(text.text).get(0), "png", png.toFile());
        Process p = new ProcessBuilder("tesseract", png.toString(), dir.resolve("searchable").toString(),
                "-l", text.tesseract, "pdf").redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, Files.readString(dir.resolve("log")));
        Document doc = ingest(dir.resolve("searchable.pdf"));
        assertEquals("1", doc.metadata().get(MetadataKeys.OCR_LAYER_PAGES), text.toString());
        assertTrue(OcrDamage.applies(doc));
    }

    @Test
    void aTypedReportWithOneScannedPageOfFourIsNotTakenForOcr() throws IOException {
        assumeTrue(fontFile != null, "no TrueType font with Cyrillic (fonts-dejavu-core): skipped");
        Path pdf = dir.resolve("annex.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, fontFile);
            BufferedImage scan = small(Scans.pages(PolicyTexts.RUSSIAN).get(0));
            for (int i = 0; i < 3; i++) {
                page(doc, font, Drawing.VISIBLE_TEXT_AND_PHOTO, PolicyTexts.ENGLISH, scan);
            }
            page(doc, font, Drawing.INVISIBLE_TEXT_OVER_SCAN, PolicyTexts.RUSSIAN, scan);
            doc.save(pdf.toFile());
        }
        Document d = ingest(pdf);
        assertEquals("1", d.metadata().get(MetadataKeys.OCR_LAYER_PAGES));
        assertFalse(OcrDamage.applies(d));
    }

    private static Document ingest(Path pdf) {
        ParseResult r = ingester.ingest(pdf, new DocumentId(pdf.getFileName().toString()));
        assertTrue(r instanceof ParseResult.Parsed, r.toString());
        return ((ParseResult.Parsed) r).document();
    }

    /** Two pages drawn this way, each with the text's page image and the text itself. */
    private static void draw(Drawing drawing, String text, Path out) throws IOException {
        BufferedImage scan = small(Scans.pages(text).get(0));
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, fontFile);
            for (int i = 0; i < 2; i++) {
                page(doc, font, drawing, text, scan);
            }
            doc.save(out.toFile());
        }
    }

    private static void page(PDDocument doc, PDType0Font font, Drawing drawing, String text, BufferedImage scan)
            throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            switch (drawing) {
                case INVISIBLE_TEXT_OVER_SCAN -> {
                    cs.drawImage(LosslessFactory.createFromImage(doc, scan), 0, 0, A4_W, A4_H);
                    text(cs, font, text, RenderingMode.NEITHER);
                }
                case INVISIBLE_TEXT_OVER_STRIPS -> {
                    int strips = 4;
                    int h = scan.getHeight() / strips;
                    for (int s = 0; s < strips; s++) {
                        PDImageXObject strip = LosslessFactory.createFromImage(doc, scan.getSubimage(0, s * h,
                                scan.getWidth(), h));
                        cs.drawImage(strip, 0, A4_H - (s + 1) * A4_H / strips, A4_W, A4_H / strips);
                    }
                    text(cs, font, text, RenderingMode.NEITHER_CLIP);
                }
                case TRANSPARENT_TEXT_OVER_SCAN -> {
                    cs.drawImage(LosslessFactory.createFromImage(doc, scan), 0, 0, A4_W, A4_H);
                    PDExtendedGraphicsState clear = new PDExtendedGraphicsState();
                    clear.setNonStrokingAlphaConstant(0f);
                    cs.setGraphicsStateParameters(clear);
                    text(cs, font, text, RenderingMode.FILL);
                }
                case TEXT_UNDER_OPAQUE_SCAN -> {
                    text(cs, font, text, RenderingMode.FILL);
                    cs.drawImage(LosslessFactory.createFromImage(doc, scan), 0, 0, A4_W, A4_H);
                }
                case VISIBLE_TEXT_OVER_BACKGROUND -> {
                    cs.drawImage(LosslessFactory.createFromImage(doc, scan), 0, 0, A4_W, A4_H);
                    text(cs, font, text, RenderingMode.FILL);
                }
                case VISIBLE_TEXT_AND_PHOTO -> {
                    cs.drawImage(LosslessFactory.createFromImage(doc, scan), 0, 0, A4_W, A4_H / 2);
                    text(cs, font, text, RenderingMode.FILL);
                }
                case VISIBLE_TEXT_UNDER_TRANSPARENT_WATERMARK -> {
                    text(cs, font, text, RenderingMode.FILL);
                    cs.drawImage(LosslessFactory.createFromImage(doc, watermark(scan)), 0, 0, A4_W, A4_H);
                }
                case INVISIBLE_TEXT_WITHOUT_IMAGE -> text(cs, font, text, RenderingMode.NEITHER);
            }
        }
    }

    /** The page image at a quarter of its resolution: how the page is drawn matters here, not what it shows. */
    private static BufferedImage small(BufferedImage page) {
        BufferedImage s = new BufferedImage(page.getWidth() / 4, page.getHeight() / 4, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = s.createGraphics();
        g.drawImage(page, 0, 0, s.getWidth(), s.getHeight(), null);
        g.dispose();
        return s;
    }

    /** The page image as a faint watermark: its alpha channel becomes the image's soft mask. */
    private static BufferedImage watermark(BufferedImage scan) {
        BufferedImage w = new BufferedImage(scan.getWidth(), scan.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < w.getHeight(); y++) {
            for (int x = 0; x < w.getWidth(); x++) {
                w.setRGB(x, y, (40 << 24) | (scan.getRGB(x, y) & 0xFFFFFF));
            }
        }
        return w;
    }

    /** The text's lines down the page, as an OCR layer lays words out over their image. */
    private static void text(PDPageContentStream cs, PDType0Font font, String text, RenderingMode mode)
            throws IOException {
        cs.beginText();
        cs.setRenderingMode(mode);
        cs.setFont(font, 11);
        cs.setLeading(15);
        cs.newLineAtOffset(60, A4_H - 70);
        for (String line : text.lines().toList()) {
            for (int from = 0; from < line.length(); from += 90) {
                cs.showText(line.substring(from, Math.min(line.length(), from + 90)));
                cs.newLine();
            }
        }
        cs.endText();
    }
}
