package org.policylens.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** Regenerates the binary fact sheets and reads them back, so the generator and the committed files cannot rot. */
class CorpusFilesGeneratorTest {

    private static final Path SOURCES = Path.of("src", "test", "resources", "corpus-src");
    private static final Path COMMITTED = Path.of("corpus", "decrees");
    private static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    @TempDir
    Path out;

    @Test
    void everySourceBecomesAValidFileContainingItsText() throws Exception {
        List<Path> written = CorpusFilesGenerator.generate(SOURCES, out);
        assertEquals(3, written.size(), "one DOCX, one PDF and one ODT source are kept in src/test/resources/corpus-src");
        for (Path file : written) {
            Path source = SOURCES.resolve(file.getFileName() + ".txt");
            List<String> expected = CorpusFilesGenerator.readParagraphs(source).stream()
                    .map(CorpusFilesGenerator::textOf)
                    .toList();
            byte[] bytes = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            if (name.endsWith(".docx")) {
                assertEquals(expected, docxParagraphs(bytes), name);
            } else if (name.endsWith(".odt")) {
                assertEquals(expected, odtParagraphs(bytes), name);
            } else if (name.endsWith(".pdf")) {
                String text = squash(pdfText(bytes));
                for (String paragraph : expected) {
                    assertTrue(text.contains(squash(paragraph)), name + " lacks: " + paragraph);
                }
            } else {
                throw new AssertionError("unexpected output " + name);
            }
        }
    }

    @Test
    void generationIsDeterministic() throws Exception {
        Map<String, byte[]> first = generateInto(out.resolve("a"));
        Map<String, byte[]> second = generateInto(out.resolve("b"));
        assertEquals(first.keySet(), second.keySet());
        for (String name : first.keySet()) {
            assertArrayEquals(first.get(name), second.get(name), name + " differs between two runs");
        }
    }

    @Test
    void committedFilesAreUpToDateWithTheirSources() throws Exception {
        Map<String, byte[]> fresh = generateInto(out);
        for (Map.Entry<String, byte[]> e : fresh.entrySet()) {
            Path committed = COMMITTED.resolve(e.getKey());
            assertTrue(Files.exists(committed), "not committed: " + committed);
            assertArrayEquals(e.getValue(), Files.readAllBytes(committed),
                    committed + " is stale: rerun CorpusFilesGenerator (see corpus/README.md)");
        }
    }

    @Test
    void odtStartsWithAStoredMimetypeEntry() throws Exception {
        byte[] odt = CorpusFilesGenerator.odt(List.of("# Heading", "Body with <markup> & \"quotes\""));
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(odt))) {
            ZipEntry first = zip.getNextEntry();
            assertEquals("mimetype", first.getName());
            assertEquals(ZipEntry.STORED, first.getMethod());
            assertEquals(CorpusFilesGenerator.ODT_MIME, new String(zip.readAllBytes(), StandardCharsets.US_ASCII));
            List<String> names = new ArrayList<>();
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
            assertTrue(names.containsAll(List.of("META-INF/manifest.xml", "content.xml")), names.toString());
        }
        // The literal "mimetype" sits at byte 30, right after the first local header, as ODF readers expect.
        assertEquals("mimetype", new String(odt, 30, 8, StandardCharsets.US_ASCII));
        assertEquals(List.of("Heading", "Body with <markup> & \"quotes\""), odtParagraphs(odt));
    }

    @Test
    void sourcesWithoutATargetFormatAreIgnored() throws Exception {
        Path src = Files.createDirectories(out.resolve("src"));
        Files.writeString(src.resolve("notes.txt"), "not a source");
        Files.writeString(src.resolve("sheet.pdf.txt"), "# Title\nOne line.\n");
        List<Path> written = CorpusFilesGenerator.generate(src, out.resolve("gen"));
        assertEquals(List.of(out.resolve("gen").resolve("sheet.pdf")), written);
        assertTrue(squash(pdfText(Files.readAllBytes(written.get(0)))).contains("One line."));
    }

    @Test
    void longParagraphsWrapWithinThePageWidth() throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        String text = "word ".repeat(200).strip();
        List<String> lines = CorpusFilesGenerator.wrap(text, font, 10.5f, 300f);
        assertTrue(lines.size() > 5);
        for (String line : lines) {
            assertTrue(font.getStringWidth(line) / 1000 * 10.5f <= 300f, line);
        }
        assertEquals(text, String.join(" ", lines));
    }

    private Map<String, byte[]> generateInto(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (Path p : CorpusFilesGenerator.generate(SOURCES, dir)) {
            files.put(p.getFileName().toString(), Files.readAllBytes(p));
        }
        return files;
    }

    private static List<String> docxParagraphs(byte[] bytes) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        }
    }

    private static String pdfText(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static List<String> odtParagraphs(byte[] bytes) throws Exception {
        byte[] content = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("content.xml")) {
                    content = zip.readAllBytes();
                }
            }
        }
        assertTrue(content != null, "no content.xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList nodes = factory.newDocumentBuilder().parse(new ByteArrayInputStream(content))
                .getElementsByTagNameNS(TEXT_NS, "p");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
