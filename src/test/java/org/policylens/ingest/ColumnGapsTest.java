package org.policylens.ingest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.policylens.extract.StandardExtractors;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.FactType;
import org.policylens.model.ParseResult;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Figures in adjacent table columns stay apart ({@code 6}, {@code 216}, {@code 216}, not 6 216 216), whether the
 * producer draws each cell on its own or the row as one string with spaces, visibly or as an invisible OCR layer;
 * a figure in thousands groups ({@code 1 500 000}, {@code 14 508,4}) stays one.
 */
class ColumnGapsTest {

    @TempDir
    Path dir;

    /** A row label, then its cells at these x positions (points). */
    private static final List<String> ROWS = List.of("Бухоро", "Навои", "Total");
    private static final List<String> CELLS = List.of("6", "216", "216");
    private static final float[] COLUMNS = {200, 260, 320};

    enum Drawing {
        /** Each cell its own string at its column (a typeset table). */
        CELLS_APART,
        /** Each cell its own string, invisible, over where a scan would be (an OCR layer). */
        CELLS_INVISIBLE,
        /** The row as one string with space glyphs, each cell positioned at its column (a scanner's OCR layer). */
        ROW_WITH_WIDE_SPACES
    }

    @ParameterizedTest
    @EnumSource(Drawing.class)
    void cellsOfAdjacentColumnsAreNotOneGroupedNumber(Drawing drawing) throws IOException {
        File fontFile = TestFonts.unicode();
        Assumptions.assumeTrue(fontFile != null, "no DejaVu or Liberation font to embed: skipped");
        Path pdf = dir.resolve(drawing + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, fontFile);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 780;
                draw(cs, font, 60, y, "Жами 1 500 000 сўм, 14 508,4 млн сўм ва 2 933,4 млн сўм.", RenderingMode.FILL);
                y -= 20;
                for (String row : ROWS) {
                    draw(cs, font, 60, y, row, drawing == Drawing.CELLS_INVISIBLE ? RenderingMode.NEITHER : RenderingMode.FILL);
                    if (drawing == Drawing.ROW_WITH_WIDE_SPACES) {
                        // one string, its spaces glyphs, each cell moved on to its column by a positioning adjustment
                        Object[] cells = new Object[2 * CELLS.size() - 1];
                        for (int c = 0; c < CELLS.size(); c++) {
                            String cell = c + 1 < CELLS.size() ? CELLS.get(c) + " " : CELLS.get(c);
                            cells[2 * c] = cell;
                            if (c + 1 < CELLS.size()) {
                                float width = font.getStringWidth(cell) / 1000 * 11;
                                cells[2 * c + 1] = -(COLUMNS[c + 1] - COLUMNS[c] - width) / 11 * 1000;
                            }
                        }
                        cs.beginText();
                        cs.setFont(font, 11);
                        cs.newLineAtOffset(COLUMNS[0], y);
                        cs.showTextWithPositioning(cells);
                        cs.endText();
                    } else {
                        for (int c = 0; c < CELLS.size(); c++) {
                            draw(cs, font, COLUMNS[c], y, CELLS.get(c),
                                    drawing == Drawing.CELLS_INVISIBLE ? RenderingMode.NEITHER : RenderingMode.FILL);
                        }
                    }
                    y -= 20;
                }
            }
            doc.save(pdf.toFile());
        }
        ParseResult r = new TikaIngester().ingest(pdf, new DocumentId("table"));
        assertTrue(r instanceof ParseResult.Parsed, r.toString());
        Document d = ((ParseResult.Parsed) r).document();
        List<String> numbers = StandardExtractors.create(1).extract(d).stream()
                .filter(f -> f.type() == FactType.NUMBER || f.type() == FactType.MONEY)
                .map(f -> f.value().normalized()).toList();
        // the grouped figures of the sentence stay whole (14 508,4 млн сўм is 14 508.4 million)
        assertTrue(numbers.containsAll(List.of("1500000", "14508400000", "2933400000")), numbers + " in " + d.text());
        assertEquals(0, numbers.stream().filter(n -> n.contains("6216216") || n.contains("216216")).count(),
                numbers + " in " + d.text());
        assertEquals(2 * ROWS.size(), numbers.stream().filter(n -> n.equals("216")).count(), numbers + " in " + d.text());
        assertEquals(ROWS.size(), numbers.stream().filter(n -> n.equals("6")).count(), numbers + " in " + d.text());
    }

    @Test
    void aGapIsATabOnlyWhereItsContextIsAndTheTextKeepsItsLength() {
        String text = "Бухоро 6 216 216\nНавои 6 216";
        String out = ColumnGaps.apply(text, List.of(new ColumnGaps.Gap("Бухоро6", "216"), new ColumnGaps.Gap("о6216", "216"),
                new ColumnGaps.Gap("Самарқанд6", "216")));
        assertEquals("Бухоро 6\t216\t216\nНавои 6 216", out);
        assertEquals(text.length(), out.length());
    }

    private static void draw(PDPageContentStream cs, PDType0Font font, float x, float y, String text, RenderingMode mode)
            throws IOException {
        cs.beginText();
        cs.setRenderingMode(mode);
        cs.setFont(font, 11);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }
}
