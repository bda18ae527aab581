package org.policylens.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.ParseResult;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Decompression limits reach into archives embedded in a document: a DOCX may carry a zip (a package part), which
 * Tika parses with the document, entry by entry. A bomb in it, or in a zip in that zip, fails the file as a suspected
 * zip bomb before anything of it is inflated; before, a 600 MB text bomb stored in a 2 MB DOCX came back as a
 * document of a million 'a's.
 */
class NestedZipBombTest {
    @TempDir
    Path dir;

    /** A zip whose one entry is {@code unit} repeated to at least {@code inflated} bytes (a megabyte at least). */
    static byte[] innerZip(String name, String unit, long inflated) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry(name));
            byte[] block = unit.repeat((1 << 20) / unit.length()).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < inflated; written += block.length) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** A DOCX of one sentence with {@code inner} as its embedded package {@code word/embeddings/inner.zip}. */
    static void writeDocxWithEmbedded(Path file, byte[] inner) throws IOException {
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file));
             ZipOutputStream zip = new ZipOutputStream(raw)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Default Extension=\"zip\" ContentType=\"application/zip\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            entry(zip, "word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId5\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/package\" Target=\"embeddings/inner.zip\"/>"
                    + "</Relationships>");
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w="
                    + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + "<w:p><w:r><w:t>Decree No. 5 of 12 May 2020 allots USD 140 million.</w:t></w:r></w:p>"
                    + "</w:body></w:document>");
            zip.putNextEntry(stored("word/embeddings/inner.zip", inner));
            zip.write(inner);
            zip.closeEntry();
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static final long INFLATED = 128L << 20;

    @Test
    void aBombInAnArchiveEmbeddedInADocxFailsBeforeItIsInflated() throws IOException {
        TikaIngester ingester = new TikaIngester();
        byte[] textBomb = innerZip("bomb.txt", "a".repeat(99) + "\n", INFLATED);
        byte[] markupBomb = innerZip("bomb.xml", "<a/>", INFLATED);
        // a bomb two archives deep: the zip holding it is stored, as archives are, so no outer entry looks inflated
        byte[] deeper = storedZip("deeper.zip", textBomb);
        Object[][] cases = {
                {textBomb, "word/embeddings/inner.zip!/bomb.txt"},
                {markupBomb, "word/embeddings/inner.zip!/bomb.xml"},
                {deeper, "word/embeddings/inner.zip!/deeper.zip!/bomb.txt"},
        };
        for (Object[] c : cases) {
            Path docx = dir.resolve("nested.docx");
            writeDocxWithEmbedded(docx, (byte[]) c[0]);
            long t0 = System.nanoTime();
            ParseResult result = ingester.ingest(docx, new DocumentId("nested.docx"));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            String reason = assertInstanceOf(ParseResult.Failed.class, result, () -> c[1] + ": " + result).reason();
            assertTrue(reason.startsWith("suspected zip bomb: entry " + c[1] + " inflates "), reason);
            assertTrue(ms < 5_000, c[1] + " took " + ms + " ms");
        }
    }

    @Test
    void anArchiveEmbeddedInADocxWithinTheLimitsIsReadWithIt() throws IOException {
        Path docx = dir.resolve("attachment.docx");
        writeDocxWithEmbedded(docx, storedZip("deeper.zip", innerZip("note.txt", "Inner text of the attachment. ", 1)));
        Document d = assertInstanceOf(ParseResult.Parsed.class, new TikaIngester().ingest(docx,
                new DocumentId("attachment.docx"))).document();
        assertTrue(d.text().startsWith("Decree No. 5 of 12 May 2020 allots USD 140 million."), d.text());
        assertTrue(d.text().contains("Inner text of the attachment."), "the attachment's own text is read");
    }

    /** A zip holding {@code content} as one stored entry. */
    private static byte[] storedZip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(stored(name, content));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static ZipEntry stored(String name, byte[] content) {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED); // as an archive is: already compressed, not deflated again
        entry.setSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        return entry;
    }
}
