package org.policylens.ingest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policylens.TextWrap;
import org.policylens.model.Document;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Letters a font lacks, which LibreOffice draws in a fallback font after the rest of their line, stay in their words:
 * such a PDF is read in position order and gives the facts and words of its text. A multi-column page whose columns are
 * drawn one after another on the same baselines, and letters drawn over others (accents) or beside a line at another
 * size (footnote markers), keep the drawing order.
 */
class LateGlyphsTest {

    /** Uzbek Cyrillic and Kazakh paragraphs full of letters Liberation Sans Narrow (1.x) does not have. */
    private static final Map<String, List<String>> TEXTS = Map.of(
            "uz-Cyrl", List.of(
                    "Ўзбекистон Республикаси Президентининг 2020 йил 2 мартдаги ПФ-5953-сон Фармонига мувофиқ, "
                            + "2020/2021 ўқув йилидан бошлаб ҳудудларга 300 миллион доллар ажратилди.",
                    "Ғалла ҳосили 2019 йилнинг биринчи ярмида 12,5 фоизга ўсди ва қишлоқ хўжалиги маҳсулотлари "
                            + "экспорти тахминан 450 миллион долларни ташкил қилди."),
            "kk", List.of(
                    "Қазақстан Республикасы Үкіметінің 2021 жылғы 12 қазандағы № 725 қаулысымен бекітілген "
                            + "бағдарлама бойынша 2022 жылы 1,5 миллиард теңге бөлінді.",
                    "Жұмыссыздық деңгейі 2023 жылы 4,9 пайызға төмендеді, ал ауыл шаруашылығы өнімінің экспорты "
                            + "12,5 пайызға өсті."));
    /** The letters drawn late in the PDFBox imitation: those of {@link #TEXTS} outside basic Cyrillic. */
    private static final String LATE = "ҚқҲҳҒғЎўӘәҢңҮүҰұІіӨөҺһ";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"uz-Cyrl", "kk"})
    void libreOfficeFallbackLettersStayInTheirWords(String lang) throws Exception {
        Assumptions.assumeTrue(onPath("soffice"), "soffice is not installed: the LibreOffice PDF is not tested");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"" + lang.substring(0, 2) + "\"><head>"
                + "<meta charset=\"utf-8\"><style>body{font-family:'Liberation Sans Narrow',sans-serif;font-size:11pt}"
                + "</style></head><body>");
        TEXTS.get(lang).forEach(p -> html.append("<p>").append(p).append("</p>"));
        Path source = dir.resolve("fallback-" + lang + ".html");
        Files.writeString(source, html.append("</body></html>"), StandardCharsets.UTF_8);
        // imported into Writer (not Writer/Web), as a document typed in LibreOffice would be printed
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=file://" + dir.resolve("lo-profile"),
                "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                "--outdir", dir.toString(), source.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            Assumptions.abort("soffice did not print within 120 s");
        }
        Path pdf = dir.resolve("fallback-" + lang + ".pdf");
        Assumptions.assumeTrue(Files.isRegularFile(pdf) && Files.size(pdf) > 0, "soffice printed nothing");
        assertSameFactsAndWords(lang, pdf);
    }

    @ParameterizedTest
    @ValueSource(strings = {"uz-Cyrl", "kk"})
    void lettersDrawnLateIntoTheirLinesStayInTheirWords(String lang) throws IOException {
        Path pdf = dir.resolve("late-" + lang + ".pdf");
        draw(pdf, (s, font, x, y, line) -> {
            // as LibreOffice: the line without the letters its font lacks, then those letters into the holes left
            float[] at = advances(font, line);
            drawRuns(s, font, x, y, line, at, false);
            drawRuns(s, font, x, y, line, at, true);
        }, TEXTS.get(lang));
        assertTrue(PdfGlyphPass.read(pdf, false).needsPositionOrder());
        assertSameFactsAndWords(lang, pdf);
    }

    @Test
    void accentsAndFootnoteMarkersDrawnAfterTheirLineKeepDrawingOrder() throws IOException {
        Path pdf = dir.resolve("accents.pdf");
        draw(pdf, (s, font, x, y, line) -> {
            PdfLines.draw(s, font, SIZE, x, y, line);
            float[] at = advances(font, line);
            // an acute over the third letter, and a small raised marker flush before the second word, both drawn after
            PdfLines.draw(s, font, SIZE, x + at[2], y, "\u00b4");
            float marker = font.getStringWidth("1") / 1000 * SIZE * 0.6f;
            s.beginText();
            s.setFont(font, SIZE * 0.6f);
            s.setTextRise(SIZE / 3);
            s.newLineAtOffset(x + at[line.indexOf(' ') + 1] - marker, y);
            s.showText("1");
            s.endText();
        }, TEXTS.get("uz-Cyrl"));
        assertFalse(PdfGlyphPass.read(pdf, false).needsPositionOrder());
    }

    /**
     * A Federal Register page: three columns of lines on shared baselines, drawn first, third, then second, with the
     * running head drawn last over the first line's height; read in drawing order, each column's text stays whole.
     */
    @Test
    void columnsDrawnOutOfOrderOnSharedBaselinesAreNotResorted() throws IOException {
        File fontFile = TestFonts.serif();
        Assumptions.assumeTrue(fontFile != null, "no DejaVu or Liberation font to embed: skipped");
        List<String> columns = List.of(
                "The Secretary shall submit the plan within 90 days of the date of this order to the Director of "
                        + "the Office of Management and Budget, who shall review it.",
                "Sec. 2. Funding. An amount of $12.5 million shall be made available in fiscal year 2026 for the "
                        + "purposes of this section, subject to appropriations.",
                "Sec. 3. Reporting. Each agency shall report on its progress by March 31, 2027, including the "
                        + "share of contracts, which should reach 25 percent.");
        Path pdf = dir.resolve("federal-register.pdf");
        float width = 150;
        float[] left = {36, 36 + width + 18, 36 + 2 * (width + 18)};
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, fontFile);
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            float top = PDRectangle.LETTER.getHeight() - 60;
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                for (int c : new int[]{0, 2, 1}) {
                    float y = top;
                    for (String l : TextWrap.greedy(columns.get(c), " ", width, t -> font.getStringWidth(t) / 1000 * 8)) {
                        PdfLines.draw(s, font, 8, left[c], y, l);
                        y -= 10;
                    }
                }
                PdfLines.draw(s, font, 8, left[0], top + 20, "13679 Federal Register / Vol. 90, No. 55 / Monday, March 24, 2025");
            }
            doc.save(pdf.toFile());
        }
        assertFalse(PdfGlyphPass.read(pdf, false).needsPositionOrder());
        String text = PrintedFacts.ingest(pdf).text().replaceAll("\\s+", " ");
        for (String column : columns) {
            assertTrue(text.contains(column), "column torn apart: " + column + "\nin: " + text);
        }
    }

    private static final float SIZE = 11;

    @FunctionalInterface
    private interface LineDrawer {
        void draw(PDPageContentStream s, PDType0Font font, float x, float y, String line) throws IOException;
    }

    /** One page of wrapped paragraphs, each line drawn by the drawer. */
    private static void draw(Path pdf, LineDrawer drawer, List<String> paragraphs) throws IOException {
        File fontFile = TestFonts.unicode();
        Assumptions.assumeTrue(fontFile != null, "no DejaVu or Liberation font to embed: skipped");
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, fontFile);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float margin = 50;
            float y = PDRectangle.A4.getHeight() - margin;
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                for (String paragraph : paragraphs) {
                    for (String l : TextWrap.greedy(paragraph, " ", PDRectangle.A4.getWidth() - 2 * margin,
                            t -> font.getStringWidth(t) / 1000 * SIZE)) {
                        drawer.draw(s, font, margin, y, l);
                        y -= SIZE * 1.4f;
                    }
                    y -= SIZE;
                }
            }
            doc.save(pdf.toFile());
        }
    }

    /** The x offset of each char of the line from its start, and of its end last. */
    private static float[] advances(PDType0Font font, String line) throws IOException {
        float[] at = new float[line.length() + 1];
        for (int i = 0; i < line.length(); i++) {
            at[i + 1] = at[i] + font.getStringWidth(line.substring(i, i + 1)) / 1000 * SIZE;
        }
        return at;
    }

    /** The runs of the line's late letters, or of the others, each at its place. */
    private static void drawRuns(PDPageContentStream s, PDType0Font font, float x, float y, String line, float[] at,
                                 boolean late) throws IOException {
        int i = 0;
        while (i < line.length()) {
            int end = i;
            while (end < line.length() && (LATE.indexOf(line.charAt(end)) >= 0) == (LATE.indexOf(line.charAt(i)) >= 0)) {
                end++;
            }
            if ((LATE.indexOf(line.charAt(i)) >= 0) == late && !line.substring(i, end).isBlank()) {
                PdfLines.draw(s, font, SIZE, x + at[i], y, line.substring(i, end));
            }
            i = end;
        }
    }

    /** The PDF gives the facts of its text file, and every word of it. */
    private void assertSameFactsAndWords(String lang, Path pdf) throws IOException {
        Path text = dir.resolve("doc." + lang + ".txt");
        Files.writeString(text, String.join("\n\n", TEXTS.get(lang)) + "\n", StandardCharsets.UTF_8);
        List<String> fromText = PrintedFacts.of(PrintedFacts.ingest(text));
        Document printed = PrintedFacts.ingest(pdf);
        assertFalse(fromText.isEmpty());
        assertEquals(fromText, PrintedFacts.of(printed), lang + " PDF text:\n" + printed.text());
        List<String> words = List.of(printed.text().split("\\s+"));
        for (String paragraph : TEXTS.get(lang)) {
            for (String word : paragraph.split("\\s+")) {
                assertTrue(words.contains(word), "word '" + word + "' not read whole from:\n" + printed.text());
            }
        }
    }



    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }
}
