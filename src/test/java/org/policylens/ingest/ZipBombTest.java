package org.policylens.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.cli.Main;
import org.policylens.model.DocumentId;
import org.policylens.model.ParseResult;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real decompression bombs, generated here: valid DOCX packages whose {@code word/document.xml} inflates to 600 MB.
 * Each fails alone with one line, fast and in a small heap, and the file beside it is indexed.
 */
class ZipBombTest {
    private static final long INFLATED = 600L << 20;
    private static final String TEXT_PARAGRAPH = "<w:p><w:r><w:t>" + "a".repeat(100) + "</w:t></w:r></w:p>";
    private static final String EMPTY_PARAGRAPH = "<w:p/>";

    @TempDir
    Path dir;

    /** A DOCX whose body is {@code unit} repeated to {@code inflated} bytes, deflated at the highest level. */
    static void writeBomb(Path file, String unit, long inflated) throws IOException {
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file));
             ZipOutputStream zip = new ZipOutputStream(raw)) {
            zip.setLevel(9);
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w="
                    + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>").getBytes(StandardCharsets.UTF_8));
            byte[] block = unit.repeat((1 << 20) / unit.length()).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < inflated; written += block.length) {
                zip.write(block);
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    /**
     * Rewrites the declared size of {@code word/document.xml}, in its local header and in the central directory, to
     * three times its compressed size: a bomb whose directory lies, so only the reading itself can stop it.
     */
    static void understateSizes(Path file) throws IOException {
        ByteBuffer zip = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        byte[] name = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
        int patched = 0;
        for (int i = 0; i + 46 < zip.limit(); i++) {
            int signature = zip.getInt(i);
            if (signature == 0x04034b50 && matches(zip, i + 30, zip.getShort(i + 26), name)) {
                // local header; with a data descriptor its sizes are zero and only the directory counts
                if (zip.getInt(i + 18) != 0) {
                    zip.putInt(i + 22, zip.getInt(i + 18) * 3);
                }
                patched++;
            } else if (signature == 0x02014b50 && matches(zip, i + 46, zip.getShort(i + 28), name)) {
                zip.putInt(i + 24, zip.getInt(i + 20) * 3);
                patched++;
            }
        }
        assertEquals(2, patched);
        Files.write(file, zip.array());
    }

    private static boolean matches(ByteBuffer zip, int at, int length, byte[] name) {
        if (length != name.length || at + length > zip.limit()) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (zip.get(at + k) != name[k]) {
                return false;
            }
        }
        return true;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void bombsOfTextAndOfMarkupFailAsBombsBeforeTheyAreInflated() throws IOException {
        TikaIngester ingester = new TikaIngester();
        for (String unit : List.of(TEXT_PARAGRAPH, EMPTY_PARAGRAPH)) {
            Path bomb = dir.resolve("bomb.docx");
            writeBomb(bomb, unit, INFLATED);
            long t0 = System.nanoTime();
            ParseResult result = ingester.ingest(bomb, new DocumentId("bomb.docx"));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            String reason = assertInstanceOf(ParseResult.Failed.class, result, unit).reason();
            assertTrue(reason.startsWith("suspected zip bomb: entry word/document.xml inflates "), reason);
            assertTrue(reason.lines().count() == 1, reason);
            assertTrue(ms < 5_000, "took " + ms + " ms");
        }
    }

    @Test
    void aBombWhoseDirectoryLiesIsStoppedWhileReadingAndFails() throws IOException {
        Path bomb = dir.resolve("lying.docx");
        writeBomb(bomb, TEXT_PARAGRAPH, INFLATED);
        understateSizes(bomb);
        long t0 = System.nanoTime();
        ParseResult result = new TikaIngester().ingest(bomb, new DocumentId("lying.docx"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        String reason = assertInstanceOf(ParseResult.Failed.class, result).reason();
        assertEquals("suspected zip bomb: entry word/document.xml inflates more than 100-fold "
                + "(the zip directory understates its size)", reason);
        assertTrue(ms < 20_000, "took " + ms + " ms");
    }

    @Test
    void theIndexCommandFailsTheBombAloneInASmallHeap() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        writeBomb(docs.resolve("bomb.docx"), TEXT_PARAGRAPH, INFLATED);
        DocxWriter.writeDocx(docs.resolve("normal.docx"), 20);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "index", docs.toString(), "--index", dir.resolve("index").toString())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), output);
        assertEquals(3, child.exitValue(), output);
        assertTrue(output.contains("indexed 1, unchanged 0, removed 0, failed 1"), output);
        List<String> failures = output.lines().filter(l -> l.startsWith("policylens: failed:")).toList();
        assertEquals(1, failures.size(), output);
        assertTrue(failures.get(0).startsWith("policylens: failed: " + docs.resolve("bomb.docx")
                + ": suspected zip bomb: entry word/document.xml inflates "), output);
    }
}
