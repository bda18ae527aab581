package org.policylens.ingest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.ParseResult;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text a PDF draws twice over itself reads once, as the reader sees it: fake bold (each line drawn again a fraction of a
 * point to the right), a whole text layer drawn a second time over the first (an overprinted page), in every script.
 * Read twice, each figure and date would be two facts.
 */
class OverprintedTextTest {
    private static final List<String> LINES = List.of(
            "Oil prices doubled in 1974 and imports reached 40.5 percent in 1980.",
            "Экспорт достиг 1 млрд долларов США к 2026 году, рост на 35 процентов.",
            "2024 йилда бюджетдан 120 млрд сўм ажратилди, улуш 75 фоизга етди.");

    @TempDir
    Path dir;

    enum Twice {
        /** Each line drawn again 0.3 pt to the right, to look bold. */
        FAKE_BOLD,
        /** Each line drawn again at the same place. */
        SAME_PLACE,
        /** All the lines, then all of them again: a second text layer over the first. */
        SECOND_LAYER
    }

    @ParameterizedTest
    @EnumSource(Twice.class)
    void textDrawnTwiceOverItselfReadsOnce(Twice twice) throws IOException {
        File fontFile = TestFonts.unicode();
        Assumptions.assumeTrue(fontFile != null, "no DejaVu or Liberation font to embed: skipped");
        Path pdf = dir.resolve(twice + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, fontFile);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (int pass = 0; pass < (twice == Twice.SECOND_LAYER ? 2 : 1); pass++) {
                    float y = 780;
                    for (String line : LINES) {
                        PdfLines.draw(cs, font, 11, 60, y, line);
                        if (twice != Twice.SECOND_LAYER) {
                            PdfLines.draw(cs, font, 11, twice == Twice.FAKE_BOLD ? 60.3f : 60, y, line);
                        }
                        y -= 20;
                    }
                }
            }
            doc.save(pdf.toFile());
        }
        ParseResult r = new TikaIngester().ingest(pdf, new DocumentId("twice"));
        assertTrue(r instanceof ParseResult.Parsed, r.toString());
        Document d = ((ParseResult.Parsed) r).document();
        for (String figure : List.of("1974", "40.5", "1980", "2026", "35 процентов", "120 млрд", "75 фоизга")) {
            assertEquals(1, d.text().split(figure, -1).length - 1, twice + ": " + figure + " in " + d.text());
        }
    }
}
