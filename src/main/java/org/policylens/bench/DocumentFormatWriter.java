package org.policylens.bench;

import org.policylens.export.Markup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes a {@link GeneratedDocument} as a real file of a {@link BenchFormat}. Output is byte-for-byte
 * reproducible: no timestamps, no random ids (the DOCX zip is rewritten with a fixed entry time).
 */
public final class DocumentFormatWriter {

    /** A fixed instant for every timestamp a format insists on: 2020-01-01T00:00:00Z. */
    static final long FIXED_TIME = 1577836800000L;
    private static final float FONT_SIZE = 10f;
    private static final float LEADING = 13f;
    private static final float MARGIN = 56f;
    private static final int WRAP_CHARS = 95;

    private DocumentFormatWriter() {
    }

    public static void write(GeneratedDocument doc, BenchFormat format, Path file) throws IOException {
        byte[] bytes = switch (format) {
            case HTML -> html(doc).getBytes(StandardCharsets.UTF_8);
            case XML -> xml(doc).getBytes(StandardCharsets.UTF_8);
            case TXT -> doc.plainText().getBytes(StandardCharsets.UTF_8);
            case PDF -> pdf(doc);
            case DOCX -> docx(doc);
        };
        Files.write(file, bytes);
    }

    static String html(GeneratedDocument doc) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(Markup.escape(doc.language())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(Markup.escape(doc.title())).append("</title>\n")
                .append("</head>\n<body>\n<h1>").append(Markup.escape(doc.title())).append("</h1>\n");
        for (String p : doc.paragraphs()) {
            b.append("<p>").append(Markup.escape(p)).append("</p>\n");
        }
        return b.append("</body>\n</html>\n").toString();
    }

    static String xml(GeneratedDocument doc) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<document id=\"").append(Markup.escape(doc.id()))
                .append("\" lang=\"").append(Markup.escape(doc.language())).append("\">\n<title>")
                .append(Markup.escape(doc.title())).append("</title>\n<body>\n");
        for (String p : doc.paragraphs()) {
            b.append("<para>").append(Markup.escape(p)).append("</para>\n");
        }
        return b.append("</body>\n</document>\n").toString();
    }


    static byte[] pdf(GeneratedDocument doc) throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            List<String> lines = new ArrayList<>();
            lines.addAll(wrap(WinAnsiText.of(doc.title())));
            for (String p : doc.paragraphs()) {
                lines.add("");
                lines.addAll(wrap(WinAnsiText.of(p)));
            }
            PDRectangle size = PDRectangle.A4;
            int perPage = (int) ((size.getHeight() - 2 * MARGIN) / LEADING);
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(size);
                pdf.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                    cs.beginText();
                    cs.setFont(font, FONT_SIZE);
                    cs.setLeading(LEADING);
                    cs.newLineAtOffset(MARGIN, size.getHeight() - MARGIN);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                        if (!line.isEmpty()) {
                            cs.showText(line);
                        }
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            pdf.getDocumentInformation().setTitle(WinAnsiText.of(doc.title()));
            pdf.setDocumentId(0L);
            pdf.save(out);
            return out.toByteArray();
        }
    }

    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            while (word.length() > WRAP_CHARS) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, WRAP_CHARS));
                word = word.substring(WRAP_CHARS);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > WRAP_CHARS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    static byte[] docx(GeneratedDocument doc) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (XWPFDocument docx = new XWPFDocument()) {
            docx.getProperties().getCoreProperties().setCreated(Optional.of(new Date(FIXED_TIME)));
            docx.getProperties().getCoreProperties().setTitle(doc.title());
            XWPFParagraph title = docx.createParagraph();
            title.setStyle("Title");
            XWPFRun titleRun = title.createRun();
            titleRun.setBold(true);
            titleRun.setText(doc.title());
            for (String p : doc.paragraphs()) {
                docx.createParagraph().createRun().setText(p);
            }
            docx.write(raw);
        }
        return withFixedZipTimes(raw.toByteArray());
    }

    /** Copies a zip with every entry's time set to {@link #FIXED_TIME}, in the original order. */
    static byte[] withFixedZipTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
             ZipOutputStream zout = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(FIXED_TIME);
                zout.putNextEntry(copy);
                copyTo(in, zout);
                zout.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static void copyTo(InputStream in, OutputStream out) throws IOException {
        in.transferTo(out);
    }
}
