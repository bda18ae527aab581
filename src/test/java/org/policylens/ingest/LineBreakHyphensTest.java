package org.policylens.ingest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.ParseResult;
import org.policylens.model.Span;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineBreakHyphensTest {

    @TempDir
    Path dir;

    private static String unwrapAndResolve(String lines) {
        StringBuilder text = new StringBuilder();
        for (LineUnwrapper.Para p : LineUnwrapper.unwrap(lines)) {
            text.append(text.isEmpty() ? "" : "\n\n").append(p.text());
        }
        return LineBreakHyphens.resolve(text.toString(), List.of(), List.of()).text();
    }

    @Test
    void aSplitWordKnownElsewhereInTheDocumentIsJoinedInEveryLanguage() {
        String en = unwrapAndResolve("The Implementation Plan was adopted in May by the council of the ministers and the Implemen-\n"
                + "tation Plan was published.\n");
        assertTrue(en.contains("the Implementation Plan was published"), en);
        String ru = unwrapAndResolve("Правительство республики утвердило программу развития отраслей экономики рес-\n"
                + "публики на пять лет.\n");
        assertTrue(ru.contains("экономики республики на"), ru);
        String uz = unwrapAndResolve("Ta'limning sifati oshirildi va hukumat tomonidan tasdiqlangan dastur doirasida ta'lim-\n"
                + "ning yangi bosqichi boshlandi.\n");
        assertTrue(uz.contains("doirasida ta'limning yangi"), uz);
    }

    @Test
    void aCompoundOrAWordSeenNowhereElseKeepsItsHyphen() {
        String it = unwrapAndResolve("Toshkent shahrida yangi texnologiyalar markazi sifatida tashkil etilgan IT-\n"
                + "park faoliyati kengaytirildi.\n");
        assertTrue(it.contains("IT-park faoliyati"), it);
        String known = unwrapAndResolve("The well-known programme was extended to every region of the country after a well-\n"
                + "known review.\n");
        assertTrue(known.contains("a well-known review"), known);
        String years = unwrapAndResolve("The programme for the period covering the financial years from 2019-\n"
                + "2021 was extended.\n");
        assertTrue(years.contains("2019-2021"), years);
        assertFalse(known.indexOf(LineBreakHyphens.MARK) >= 0 || it.indexOf(LineBreakHyphens.MARK) >= 0);
    }

    @Test
    void spansAfterADroppedHyphenMoveLeft() {
        String m = String.valueOf(LineBreakHyphens.MARK);
        String text = "implementation of the implemen" + m + "tation\n\nNext paragraph";
        int second = text.indexOf("Next");
        LineBreakHyphens.Result r = LineBreakHyphens.resolve(text,
                List.of(new Span(0, second - 2), new Span(second, text.length())), List.of(new Span(0, text.length())));
        assertEquals("implementation of the implementation\n\nNext paragraph", r.text());
        assertEquals("Next paragraph", r.paragraphs().get(1).of(r.text()));
        assertEquals("implementation of the implementation", r.paragraphs().get(0).of(r.text()));
        assertEquals(r.text().length(), r.pages().get(0).end());
    }

    @Test
    void aPdfBoxPdfWithWordsSplitAtLineEndsGivesTheWholeWords() throws IOException {
        List<String> lines = List.of(
                "Implementation Plan to Reform Federal IT Management is",
                "described in the 25-Point Implemen-",
                "tation Plan to Reform Federal IT Management and the",
                "IT-",
                "park of the region.",
                "Правительство республики утвердило программу рес-",
                "публики на пять лет и продлило её.",
                "Ta'limning sifati oshirildi, ta'lim-",
                "ning yangi bosqichi boshlandi.");
        Document doc = ingest(pdf(lines));
        String text = doc.text();
        assertTrue(text.contains("25-Point Implementation Plan"), text);
        assertTrue(text.contains("IT-park"), text);
        assertTrue(text.contains("программу республики"), text);
        assertTrue(text.contains("ta'limning yangi"), text);
        assertFalse(text.indexOf(LineBreakHyphens.MARK) >= 0, text);
        for (Span p : doc.paragraphs()) {
            assertTrue(p.end() <= text.length());
        }
    }

    @Test
    void aChromiumPrintBreakingWordsAtSoftHyphensGivesTheWholeWords() throws Exception {
        Assumptions.assumeTrue(onPath("chromium"), "chromium is not installed: its PDF is not tested");
        // a narrow column and soft hyphens: Chromium breaks the words there and prints a hyphen at the line's end
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><style>"
                + "body{font-family:'DejaVu Serif',serif;font-size:11pt} .narrow{width:7em}</style></head><body>"
                + "<p>The Implementation Plan of the republic was adopted. Правительство республики утвердило программу."
                + " Ta'limning sifati oshirildi.</p>"
                + "<p class=\"narrow\">The 25-Point Implemen&shy;tation Plan and the Toshkent IT-park of the рес&shy;публики"
                + " and the ta'lim&shy;ning yangi bosqichi.</p></body></html>";
        Path source = dir.resolve("soft-hyphens.html");
        Files.writeString(source, html, StandardCharsets.UTF_8);
        Path out = dir.resolve("soft-hyphens.pdf");
        Process p = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--user-data-dir=" + dir.resolve("chromium-profile"), "--print-to-pdf=" + out, source.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            Assumptions.abort("chromium did not print within 120 s");
        }
        Assumptions.assumeTrue(Files.isRegularFile(out) && Files.size(out) > 0, "chromium printed nothing");
        String text = ingest(out).text();
        assertTrue(text.contains("25-Point Implementation Plan"), text);
        assertTrue(text.contains("республики and"), text);
        assertTrue(text.contains("ta'limning yangi"), text);
        assertTrue(text.contains("IT-park"), text);
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }

    private Path pdf(List<String> lines) throws IOException {
        File fontFile = TestFonts.unicode();
        Assumptions.assumeTrue(fontFile != null, "no DejaVu or Liberation font to embed");
        Path out = dir.resolve("hyphens.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, fontFile);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                float y = 780;
                for (String l : lines) {
                    PdfLines.draw(s, font, 11, 50, y, l);
                    y -= 14;
                }
            }
            doc.save(out.toFile());
        }
        return out;
    }

    private static Document ingest(Path file) {
        ParseResult r = new TikaIngester().ingest(file, new DocumentId(file.toString()));
        assertTrue(r instanceof ParseResult.Parsed, () -> file + ": " + r);
        return ((ParseResult.Parsed) r).document();
    }
}
