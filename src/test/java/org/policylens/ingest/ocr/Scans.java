package org.policylens.ingest.ocr;

import org.policylens.TextWrap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes scanned documents for OCR tests: text rendered with Java2D onto 300 dpi A4 page images (word-wrapped,
 * a serif font that covers Cyrillic), wrapped as image-only PDF pages with PDFBox, or saved as a photo-like
 * image (slightly rotated, with noise).
 */
final class Scans {
    static final int DPI = 300;
    private static final int PAGE_W = 2480;   // A4 at 300 dpi
    private static final int PAGE_H = 3508;
    private static final int MARGIN = 250;
    /** Decrees and resolutions of the region are set in 14 pt (Times New Roman in the originals). */
    private static final float POINTS = 14f;

    private Scans() {
    }

    /** The text's pages as 300 dpi grey images: paragraphs separated by blank lines, words wrapped to the margins. */
    static List<BufferedImage> pages(String text) {
        Font font = new Font(Font.SERIF, Font.PLAIN, Math.round(POINTS * DPI / 72f));
        List<BufferedImage> pages = new ArrayList<>();
        BufferedImage page = blankPage();
        Graphics2D g = graphics(page, font);
        FontMetrics fm = g.getFontMetrics();
        int lineHeight = Math.round(fm.getHeight() * 1.15f);
        int y = MARGIN + fm.getAscent();
        for (String paragraph : text.split("\n\\s*\n")) {
            for (String line : wrap(paragraph.strip().replaceAll("\\s+", " "), fm, PAGE_W - 2 * MARGIN)) {
                if (y > PAGE_H - MARGIN) {
                    g.dispose();
                    pages.add(page);
                    page = blankPage();
                    g = graphics(page, font);
                    y = MARGIN + fm.getAscent();
                }
                g.drawString(line, MARGIN, y);
                y += lineHeight;
            }
            y += lineHeight / 2;
        }
        g.dispose();
        pages.add(page);
        return pages;
    }

    /** An image-only PDF: one A4 page per image, no text layer. */
    static void imagePdf(List<BufferedImage> images, Path out) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            for (BufferedImage image : images) {
                addImagePage(pdf, image);
            }
            pdf.save(out.toFile());
        }
    }

    /** A PDF whose first page has a text layer and whose other pages are scans (a partly scanned file). */
    static void mixedPdf(String textPage, List<BufferedImage> scannedPages, Path out) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.setLeading(14);
                cs.newLineAtOffset(60, 780);
                for (String line : textPage.split("\n")) {
                    cs.showText(line);
                    cs.newLine();
                }
                cs.endText();
            }
            for (BufferedImage image : scannedPages) {
                addImagePage(pdf, image);
            }
            pdf.save(out.toFile());
        }
    }

    /** A photo of a page: rotated by {@code degrees}, grey noise, slightly uneven light; saved as PNG or JPEG. */
    static void photo(BufferedImage page, double degrees, long seed, Path out, String format) throws IOException {
        BufferedImage photo = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(new Color(236, 234, 226));
        g.fillRect(0, 0, photo.getWidth(), photo.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(page, AffineTransform.getRotateInstance(Math.toRadians(degrees),
                page.getWidth() / 2.0, page.getHeight() / 2.0), null);
        g.dispose();
        Random random = new Random(seed);
        for (int y = 0; y < photo.getHeight(); y++) {
            int light = -12 * y / photo.getHeight();   // darker towards the bottom, as under a desk lamp
            for (int x = 0; x < photo.getWidth(); x++) {
                int noise = (int) Math.round(random.nextGaussian() * 10) + light;
                int rgb = photo.getRGB(x, y);
                int r = clamp(((rgb >> 16) & 0xff) + noise);
                int gr = clamp(((rgb >> 8) & 0xff) + noise);
                int b = clamp((rgb & 0xff) + noise);
                photo.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        ImageIO.write(photo, format, out.toFile());
    }

    private static void addImagePage(PDDocument pdf, BufferedImage image) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        PDImageXObject xobject = LosslessFactory.createFromImage(pdf, image);
        try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
            cs.drawImage(xobject, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        }
    }

    private static BufferedImage blankPage() {
        BufferedImage page = new BufferedImage(PAGE_W, PAGE_H, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, PAGE_W, PAGE_H);
        g.dispose();
        return page;
    }

    private static Graphics2D graphics(BufferedImage page, Font font) {
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.BLACK);
        g.setFont(font);
        return g;
    }

    private static List<String> wrap(String paragraph, FontMetrics fm, int width) {
        try {
            return TextWrap.greedy(paragraph, " ", width, fm::stringWidth);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);   // Java2D measuring never does I/O
        }
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
