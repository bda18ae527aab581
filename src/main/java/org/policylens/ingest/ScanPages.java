package org.policylens.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.policylens.model.Span;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/** The page images of a scan: the first page to read for choosing its language, and how many frames an image has. */
final class ScanPages {
    /** Enough resolution to tell a page's language and script, at a quarter of the pixels Tesseract reads at 300 dpi. */
    private static final int PROBE_DPI = 150;

    private ScanPages() {
    }

    /**
     * The first page without a text layer as a PNG at about 150 dpi, for a quick probe reading: for an image the file
     * scaled down, for a PDF its first page with fewer than {@code minChars} visible characters, rendered.
     */
    static InputStream firstScannedPage(Path file, String mediaType, List<Span> pages, String text, int minChars)
            throws IOException {
        if (!mediaType.equals("application/pdf")) {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                return Files.newInputStream(file);   // a format Java cannot decode: Tesseract reads the file as it is
            }
            return png(halved(image));
        }
        int page = 0;
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).of(text).strip().length() < minChars) {
                page = i;
                break;
            }
        }
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return png(new PDFRenderer(pdf).renderImageWithDPI(Math.min(page, pdf.getNumberOfPages() - 1),
                    PROBE_DPI, ImageType.GRAY));
        }
    }

    /** A photo or scan at half its size (they come at 300 dpi or more), in grey. */
    private static BufferedImage halved(BufferedImage image) {
        int w = Math.max(1, image.getWidth() / 2);
        int h = Math.max(1, image.getHeight() / 2);
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return small;
    }

    private static InputStream png(BufferedImage image) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return new ByteArrayInputStream(png.toByteArray());
    }

    /** Frames of an image file (a multi-page TIFF has several), 1 when the image readers cannot tell. */
    static int frames(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return 1;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                return Math.max(1, reader.getNumImages(true));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }
}
