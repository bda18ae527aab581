package org.policylens.ingest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policylens.model.Document;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every producer of text in a wrong code page gives, after ingest, the text as written and the facts of that text: a PDF
 * whose font encodes Windows-1251 bytes with no Unicode map (read as WinAnsi), HTML whose meta charset is wrong, a text
 * file holding mojibake, a DOCX typed in a national font over Western chars; in Russian, Uzbek Cyrillic and Kazakh. Latin text in the same producers is left alone.
 */
class WrongCodePageIngestTest {
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    enum Text {
        RU(CodePageRepairTest.RUSSIAN, "ru"),
        UZ(CodePageRepairTest.UZBEK, "uz-Cyrl"),
        KK(CodePageRepairTest.KAZAKH_1251, "kk");

        final String text;
        final String language;

        Text(String text, String language) {
            this.text = text;
            this.language = language;
        }
    }

    @ParameterizedTest
    @CsvSource({"RU", "UZ", "KK"})
    void pdfFontWithWindows1251BytesAndNoUnicodeMap(Text t) throws IOException {
        Path pdf = dir.resolve(t + ".pdf");
        // Helvetica's WinAnsi encoding with no /ToUnicode: the text layer holds the Windows-1251 bytes as WinAnsi chars,
        // which is what a PDF extractor reads from a national font that drew Cyrillic glyphs at those codes
        writePdf(pdf, lines(new String(t.text.getBytes(CP1251), CP1252), 60));
        assertSameAsWritten(t, PrintedFacts.ingest(pdf));
    }

    @ParameterizedTest
    @CsvSource({"RU", "UZ", "KK"})
    void htmlInWindows1251WithALatin1MetaCharset(Text t) throws IOException {
        Path html = dir.resolve(t + ".html");
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                + "<title>" + t.text.substring(0, t.text.indexOf(' ', 30)) + "</title></head><body><p>" + t.text
                + "</p></body></html>";
        Files.write(html, page.getBytes(CP1251));
        assertSameAsWritten(t, PrintedFacts.ingest(html));
    }

    @ParameterizedTest
    @CsvSource({"RU", "UZ", "KK"})
    void docxTypedInACyrillicFontOverWesternText(Text t) throws IOException {
        // Word 97-era national fonts: the letters were stored as the Western chars at the font's Windows-1251 codes
        Path docx = dir.resolve(t + ".docx");
        DocxWriter.writeDocx(docx, List.of(new String(t.text.getBytes(CP1251), CP1252)));
        assertSameAsWritten(t, PrintedFacts.ingest(docx));
    }

    @ParameterizedTest
    @CsvSource({"RU", "UZ", "KK"})
    void textFileHoldingUtf8ReadAsWindows1251(Text t) throws IOException {
        Path txt = dir.resolve(t + ".txt");
        Files.writeString(txt, new String(t.text.getBytes(StandardCharsets.UTF_8), CP1251), StandardCharsets.UTF_8);
        assertSameAsWritten(t, PrintedFacts.ingest(txt));
    }

    @ParameterizedTest
    @CsvSource({"RU", "UZ", "KK"})
    void textFileHoldingWindows1251ReadAsWindows1252(Text t) throws IOException {
        Path txt = dir.resolve(t + ".txt");
        Files.writeString(txt, "Intro in English, 2020.\n\n" + new String(t.text.getBytes(CP1251), CP1252) + "\n",
                StandardCharsets.UTF_8);
        Document d = PrintedFacts.ingest(txt);
        assertTrue(d.text().contains(t.text), d.text());
        assertTrue(d.text().startsWith("Intro in English, 2020."), d.text());
    }

    @Test
    void headingsAndShortLinesOfADocumentWithAWrongCodePageAreRepaired() throws IOException {
        String heading = "ПОСТАНОВЛЕНИЕ";
        String mixed = "Стандарты (IFRS) с 2027 года";
        Path txt = dir.resolve("short.txt");
        Files.writeString(txt, new String((heading + "\n\n" + CodePageRepairTest.RUSSIAN + "\n\n" + mixed + "\n")
                .getBytes(CP1251), CP1252), StandardCharsets.UTF_8);
        Document d = PrintedFacts.ingest(txt);
        assertEquals(heading + "\n\n" + CodePageRepairTest.RUSSIAN + "\n\n" + mixed, d.text());
    }

    @Test
    void shortLinesOfAKoi8DocumentAreReadInKoi8() throws IOException {
        String body = "Постановление Правительства о государственном бюджете на 2020 год принято 15 мая";
        String shortLine = "бошлаб 2021";
        Path txt = dir.resolve("koi8.txt");
        Files.writeString(txt, new String((body + "\n\n" + shortLine + "\n").getBytes(Charset.forName("KOI8-R")),
                StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        assertEquals(body + "\n\n" + shortLine, PrintedFacts.ingest(txt).text());
    }

    @Test
    void latinTextInTheSameProducersIsKept() throws IOException {
        String french = "Le président a été élu à l'unanimité le 5 mai 2020 ; l'économie prévoit 5 % de croissance.";
        String german = "Über die Größe der Bevölkerung äußerte sich der Präsident am 3. März 2021: Zuwachs 0,5 %.";
        Path html = dir.resolve("latin.html");
        Files.write(html, ("<html><head><meta charset=\"iso-8859-1\"></head><body><p>" + french + "</p><p>" + german
                + "</p></body></html>").getBytes(StandardCharsets.ISO_8859_1));
        Document h = PrintedFacts.ingest(html);
        assertTrue(h.text().contains(french) && h.text().contains(german), h.text());
        Path pdf = dir.resolve("latin.pdf");
        writePdf(pdf, lines(french + " " + german, 60));
        Document p = PrintedFacts.ingest(pdf);
        assertFalse(p.text().chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC),
                p.text());
        assertTrue(p.text().contains("élu à l'unanimité") && p.text().contains("äußerte"), p.text());
    }

    private void assertSameAsWritten(Text t, Document d) throws IOException {
        assertTrue(d.text().contains(t.text) || d.text().replace('\n', ' ').contains(t.text), d.text());
        assertEquals(t.language, d.language(), d.text());
        Path plain = dir.resolve(t + "-plain.txt");
        Files.writeString(plain, t.text, StandardCharsets.UTF_8);
        List<String> expected = PrintedFacts.of(PrintedFacts.ingest(plain));
        assertFalse(expected.isEmpty());
        assertEquals(expected, PrintedFacts.of(d));
    }

    private static List<String> lines(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > width && !line.isEmpty()) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        out.add(line.toString());
        return out;
    }

    private static void writePdf(Path file, List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 780;
                for (String line : lines) {
                    PdfLines.draw(cs, font, 11, 60, y, line);
                    y -= 14;
                }
            }
            doc.save(file.toFile());
        }
    }
}
