package org.policylens.corpus;

import org.policylens.TextWrap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes the binary fact sheets of the sample corpus (DOCX, PDF, ODT) from plain-text sources we keep in
 * {@code src/test/resources/corpus-src}. A source named {@code <stem>.<ext>.txt} becomes {@code <outDir>/<stem>.<ext>}.
 *
 * <p>Source format: UTF-8, one paragraph per line (blank lines are ignored); a line starting with
 * {@code "# "} is a heading. Output is deterministic: fixed timestamps in zip entries and document metadata,
 * so regenerating gives the same bytes and the committed files can be checked against their sources.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:<deps> org.policylens.corpus.CorpusFilesGenerator
 * [srcDir [outDir]]} (defaults {@code src/test/resources/corpus-src} and {@code corpus/decrees}).
 */
public final class CorpusFilesGenerator {

    /** The one instant every generated file claims as its creation and modification time. */
    static final LocalDateTime FIXED_TIME = LocalDateTime.of(2026, 3, 1, 12, 0, 0);

    static final String ODT_MIME = "application/vnd.oasis.opendocument.text";

    private static final float PDF_FONT_SIZE = 10.5f;
    private static final float PDF_HEADING_SIZE = 13f;
    private static final float PDF_MARGIN = 56f;
    private static final float PDF_LEADING = 1.4f;

    private CorpusFilesGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path src = Path.of(args.length > 0 ? args[0] : "src/test/resources/corpus-src");
        Path out = Path.of(args.length > 1 ? args[1] : "corpus/decrees");
        for (Path written : generate(src, out)) {
            System.out.println("wrote " + written + " (" + Files.size(written) + " bytes)");
        }
    }

    /** Generates every {@code *.docx.txt}, {@code *.pdf.txt} and {@code *.odt.txt} source in srcDir; returns the files written. */
    public static List<Path> generate(Path srcDir, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        List<Path> sources;
        try (Stream<Path> listing = Files.list(srcDir)) {
            sources = listing.filter(p -> targetFormat(p).isPresent()).sorted().toList();
        }
        List<Path> written = new ArrayList<>();
        for (Path source : sources) {
            String fileName = source.getFileName().toString();
            Path target = outDir.resolve(fileName.substring(0, fileName.length() - ".txt".length()));
            List<String> paragraphs = readParagraphs(source);
            byte[] bytes = switch (targetFormat(source).orElseThrow()) {
                case "docx" -> docx(paragraphs);
                case "pdf" -> pdf(paragraphs);
                case "odt" -> odt(paragraphs);
                default -> throw new IllegalStateException("unreachable");
            };
            Files.write(target, bytes);
            written.add(target);
        }
        return written;
    }

    /** The format a source file asks for, from its name ({@code x.pdf.txt} gives {@code pdf}). */
    static Optional<String> targetFormat(Path source) {
        String name = source.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String ext : List.of("docx", "pdf", "odt")) {
            if (name.endsWith("." + ext + ".txt")) {
                return Optional.of(ext);
            }
        }
        return Optional.empty();
    }

    /** Non-blank lines of the source, trimmed; headings keep their {@code "# "} marker. */
    static List<String> readParagraphs(Path source) throws IOException {
        return Files.readAllLines(source, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    static boolean isHeading(String paragraph) {
        return paragraph.startsWith("# ");
    }

    /** The visible text of a paragraph (heading marker removed). */
    static String textOf(String paragraph) {
        return isHeading(paragraph) ? paragraph.substring(2).strip() : paragraph;
    }

    // ---------------------------------------------------------------- DOCX

    static byte[] docx(List<String> paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream buffer = new ByteArrayOutputStream()) {
            for (String paragraph : paragraphs) {
                XWPFParagraph p = doc.createParagraph();
                XWPFRun run = p.createRun();
                run.setText(textOf(paragraph));
                if (isHeading(paragraph)) {
                    run.setBold(true);
                    run.setFontSize(14);
                }
            }
            POIXMLProperties.CoreProperties props = doc.getProperties().getCoreProperties();
            Optional<Date> fixed = Optional.of(fixedDate());
            props.setCreated(fixed);
            props.setModified(fixed);
            props.setCreator("policylens corpus generator");
            props.setTitle(paragraphs.isEmpty() ? "" : textOf(paragraphs.get(0)));
            doc.write(buffer);
            // POI stamps zip entries with the current time; rewrite them with the fixed one.
            return withFixedZipTimes(buffer.toByteArray());
        }
    }

    /** Copies a zip keeping entry order and content, but with every entry time set to {@link #FIXED_TIME}. */
    static byte[] withFixedZipTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(FIXED_TIME);
                zipOut.putNextEntry(copy);
                in.transferTo(zipOut);
                zipOut.closeEntry();
            }
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- PDF

    /** Standard 14 Helvetica only: the text must be WinAnsi (English); Cyrillic would need an embedded font. */
    static byte[] pdf(List<String> paragraphs) throws IOException {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream buffer = new ByteArrayOutputStream()) {
            PDRectangle pageSize = PDRectangle.A4;
            float width = pageSize.getWidth() - 2 * PDF_MARGIN;
            PdfCursor cursor = new PdfCursor(doc, pageSize);
            for (String paragraph : paragraphs) {
                boolean heading = isHeading(paragraph);
                PDType1Font font = heading ? bold : regular;
                float size = heading ? PDF_HEADING_SIZE : PDF_FONT_SIZE;
                for (String line : wrap(textOf(paragraph), font, size, width)) {
                    cursor.writeLine(line, font, size);
                }
                cursor.skip(size * 0.6f);
            }
            cursor.close();

            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(paragraphs.isEmpty() ? "" : textOf(paragraphs.get(0)));
            info.setCreator("policylens corpus generator");
            info.setProducer("Apache PDFBox");
            info.setCreationDate(fixedCalendar());
            info.setModificationDate(fixedCalendar());
            // A fixed document id; otherwise PDFBox derives one from the clock.
            COSArray id = new COSArray();
            byte[] idBytes = Integer.toHexString(paragraphs.hashCode()).getBytes(StandardCharsets.US_ASCII);
            id.add(new COSString(idBytes));
            id.add(new COSString(idBytes));
            doc.getDocument().getTrailer().setItem(COSName.ID, id);
            doc.save(buffer);
            return buffer.toByteArray();
        }
    }

    /** Greedy word wrap by measured string width. */
    static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        return TextWrap.greedy(text, " +", width, s -> font.getStringWidth(s) / 1000 * size);
    }

    /** Writes lines top to bottom, starting a new page when the current one is full. */
    private static final class PdfCursor {
        private final PDDocument doc;
        private final PDRectangle pageSize;
        private PDPageContentStream stream;
        private float y;

        PdfCursor(PDDocument doc, PDRectangle pageSize) {
            this.doc = doc;
            this.pageSize = pageSize;
        }

        void writeLine(String line, PDType1Font font, float size) throws IOException {
            float step = size * PDF_LEADING;
            if (stream == null || y - step < PDF_MARGIN) {
                newPage();
            }
            y -= step;
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(PDF_MARGIN, y);
            stream.showText(line);
            stream.endText();
        }

        void skip(float points) {
            y -= points;
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(pageSize);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = pageSize.getHeight() - PDF_MARGIN;
        }

        void close() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }
    }

    // ---------------------------------------------------------------- ODT

    /**
     * A minimal OpenDocument text: {@code mimetype} first and stored (uncompressed, as the spec requires so
     * that tools can sniff it at a fixed offset), then the manifest, metadata and content, all written by hand.
     */
    static byte[] odt(List<String> paragraphs) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mime = ODT_MIME.getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimeEntry = new ZipEntry("mimetype");
            mimeEntry.setMethod(ZipEntry.STORED);
            mimeEntry.setSize(mime.length);
            mimeEntry.setCompressedSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            mimeEntry.setCrc(crc.getValue());
            mimeEntry.setTimeLocal(FIXED_TIME);
            zip.putNextEntry(mimeEntry);
            zip.write(mime);
            zip.closeEntry();

            putDeflated(zip, "META-INF/manifest.xml", odtManifest());
            putDeflated(zip, "meta.xml", odtMeta(paragraphs.isEmpty() ? "" : textOf(paragraphs.get(0))));
            putDeflated(zip, "content.xml", odtContent(paragraphs));
        }
        return out.toByteArray();
    }

    private static void putDeflated(ZipOutputStream zip, String name, String xml) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(FIXED_TIME);
        zip.putNextEntry(entry);
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String odtManifest() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                 <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="%s"/>
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """.formatted(ODT_MIME);
    }

    private static String odtMeta(String title) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" \
                xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2">
                 <office:meta>
                  <meta:generator>policylens corpus generator</meta:generator>
                  <dc:title>%s</dc:title>
                  <meta:creation-date>%s</meta:creation-date>
                  <dc:date>%s</dc:date>
                 </office:meta>
                </office:document-meta>
                """.formatted(xmlEscape(title), FIXED_TIME, FIXED_TIME);
    }

    private static String odtContent(List<String> paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : paragraphs) {
            // Headings are styled paragraphs rather than text:h: Tika emits no line break after text:h, which
            // would glue a heading to the next paragraph ("Raqami617-son") in the extracted text.
            String style = isHeading(paragraph) ? " text:style-name=\"Heading\"" : "";
            body.append("   <text:p").append(style).append('>').append(xmlEscape(textOf(paragraph))).append("</text:p>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                 <office:body>
                  <office:text>
                %s  </office:text>
                 </office:body>
                </office:document-content>
                """.formatted(body);
    }

    static String xmlEscape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- time

    private static Calendar fixedCalendar() {
        Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.clear();
        calendar.set(FIXED_TIME.getYear(), FIXED_TIME.getMonthValue() - 1, FIXED_TIME.getDayOfMonth(),
                FIXED_TIME.getHour(), FIXED_TIME.getMinute(), FIXED_TIME.getSecond());
        return calendar;
    }

    private static Date fixedDate() {
        return fixedCalendar().getTime();
    }
}
