package org.policylens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shortcut must name the type Tika's full detection names, except where its javadoc says it deliberately differs. */
class KnownFormatDetectorTest {

    private static final TikaConfig TIKA = TikaConfig.getDefaultConfig();
    private final Detector tika = TIKA.getDetector();
    private final KnownFormatDetector known = new KnownFormatDetector(tika, TIKA.getMimeRepository());

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "a.txt  | Decree No. 1 of 2024\\nOn measures.\\n",
        "a.md   | # Heading\\n\\nSome text.\\n",
        "a.txt  | <html><body>not text at all</body></html>",
        "a.txt  | {\\rtf1\\ansi Hello}",
        "a.txt  | %PDF-1.4 but only text",
        "a.txt  | #!/bin/sh\\necho hi\\n",
        "a.html | <!DOCTYPE html>\\n<html><head><title>t</title></head><body>x</body></html>",
        "a.html | \uFEFF<!-- generated -->\\n<HTML lang=en><body>x</body></HTML>",
        "a.html | <div>fragment without html</div>",
        "a.html | <!DOCTYPE html>\\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><body>x</body></html>",
        "a.html | <html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head><body>x</body></html>",
        "a.htm  | plain words in an .htm file",
        "a.xml  | <?xml version=\"1.0\"?>\\n<document><para>x</para></document>",
        "a.xml  | <?xml version=\"1.0\"?><!-- c --><rss version=\"2.0\"><channel/></rss>",
        "a.xml  | <?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>",
        "a.xml  | <?xml version=\"1.0\"?><svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\"/>",
        "a.xml  | <?xml version=\"1.0\"?><!DOCTYPE html><html><body/></html>",
        "a.xml  | <?xml version=\"1.0\"?><?mso-application progid=\"Excel.Sheet\"?><Workbook/>",
        "a.xml  | <PRESDOCU><EXECORD>no declaration</EXECORD></PRESDOCU>",
        "a.pdf  | %PDF-1.7\\n%\u00e2\u00e3\\n1 0 obj\\n",
        "a.pdf  | not a pdf at all",
    })
    void agreesWithTikaOnEachKindOfStart(String name, String content) throws IOException {
        Path file = dir.resolve(name.strip());
        Files.writeString(file, content.replace("\\n", "\n"), StandardCharsets.UTF_8);
        assertEquals(detect(tika, file), detect(known, file), content);
    }

    @Test
    void agreesOnWordPackagesOtherZipsAndUtf16Text() throws IOException {
        Path utf16 = dir.resolve("wide.txt");
        Files.writeString(utf16, "\uFEFFDecree text", StandardCharsets.UTF_16LE);
        Path docx = dir.resolve("a.docx");
        DocxWriter.writeDocx(docx, 3);
        Path plainZip = dir.resolve("zip.docx");
        zip(plainZip, "readme.txt", "not a package");
        Path workbook = dir.resolve("book.docx");
        zip(workbook, "[Content_Types].xml", "<Types><Override PartName=\"/xl/workbook.xml\" ContentType=\""
                + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>");
        Path truncated = dir.resolve("cut.docx");
        byte[] whole = Files.readAllBytes(docx);
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        for (Path f : List.of(utf16, docx, plainZip, workbook, truncated)) {
            assertEquals(detect(tika, f), detect(known, f), f.toString());
        }
    }

    private static void zip(Path file, String entry, String content) throws IOException {
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            out.putNextEntry(new java.util.zip.ZipEntry(entry));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }

    /** NUL bytes in HTML (the Federal Register pads lines with them) and in what only looks like HTML when they are read. */
    @Test
    void agreesOnHtmlWithNulBytes() throws IOException {
        String nuls = "\n\0\n\0\n\0\0";
        List<Path> files = new ArrayList<>();
        for (String start : List.of("<html>\n<head><title>Federal Register</title></head>\n<body><pre>",
                "<!DOCTYPE html>\n<HTML><body>", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>",
                "<div>fragment", "plain words")) {
            Path f = dir.resolve("nul" + files.size() + ".htm");
            Files.writeString(f, start + nuls + "[Presidential Documents]" + nuls + "text</pre></body></html>",
                    StandardCharsets.UTF_8);
            files.add(f);
        }
        Path wide = dir.resolve("wide.html");
        Files.writeString(wide, "<html><body>x</body></html>", StandardCharsets.UTF_16LE);
        files.add(wide);
        Path wideBom = dir.resolve("wide-bom.html");
        Files.writeString(wideBom, "\uFEFF<html><body>x</body></html>", StandardCharsets.UTF_16BE);
        files.add(wideBom);
        Path control = dir.resolve("control.html");
        Files.writeString(control, "<html><body>\0\u0001\u0002binary</body></html>", StandardCharsets.UTF_8);
        files.add(control);
        for (Path f : files) {
            assertEquals(detect(tika, f), detect(known, f), f.toString());
        }
        // the padded pages are told by their start alone, without Tika's magic scan
        int[] asked = {0};
        KnownFormatDetector counting = new KnownFormatDetector((in, metadata) -> {
            asked[0]++;
            return tika.detect(in, metadata);
        }, TIKA.getMimeRepository());
        assertEquals(MediaType.TEXT_HTML, detect(counting, files.get(0)));
        assertEquals(MediaType.TEXT_HTML, detect(counting, files.get(1)));
        assertEquals(0, asked[0]);
    }

    @Test
    void readsTextAsItsNameSaysWhereTikasMagicWouldDiffer() throws IOException {
        Path deepTag = dir.resolve("notes.txt");
        Files.writeString(deepTag, "Notes on the decree.\n" + "filler line\n".repeat(20) + "<html><body>quoted</body></html>\n");
        assertEquals("text/html", detect(tika, deepTag).toString(), "Tika's 128:8192 rule");
        assertEquals(MediaType.TEXT_PLAIN, detect(known, deepTag));
        Path memo = dir.resolve("memo.txt");
        Files.writeString(memo, "Date: 2024-01-01\nSubject: decree\n\nThe decree takes effect today.\n");
        assertEquals("message/rfc822", detect(tika, memo).toString(), "Tika's mail-header rule");
        assertEquals(MediaType.TEXT_PLAIN, detect(known, memo));
    }

    @Test
    void agreesWithTikaOnEveryShippedAndRealDocument() throws IOException {
        List<Path> files = new ArrayList<>(documents(Path.of("corpus")));
        Path real = Path.of("..", "shared", "corpus-real");
        files.addAll(documents(real));
        files.addAll(documents(Path.of("..", "shared", "seed")));
        assumeTrue(!files.isEmpty(), "no documents here");
        List<String> differ = new ArrayList<>();
        for (Path f : files) {
            MediaType full = detect(tika, f);
            MediaType quick = detect(known, f);
            if (!full.equals(quick)) {
                differ.add(f + ": " + full + " vs " + quick);
            }
        }
        assertEquals(List.of(), differ);
    }

    private static List<Path> documents(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static MediaType detect(Detector detector, Path file) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return detector.detect(in, metadata);
        }
    }
}
