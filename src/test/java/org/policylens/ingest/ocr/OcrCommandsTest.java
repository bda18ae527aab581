package org.policylens.ingest.ocr;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.cli.Main;
import org.policylens.ingest.OcrEngine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** OCR through the commands: the ingest report's ocr_pages column, search's --scanned filter, usage errors. */
class OcrCommandsTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void needsTesseract() {
        assumeTrue(OcrEngine.onPath().available() && OcrEngine.onPath().languages().contains("eng"),
                "tesseract-ocr (with English) is not installed: OCR command tests skipped");
    }

    @Test
    void aScanIsIndexedWithItsOcrPagesAndFoundOnlyAsAScan() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Scans.imagePdf(Scans.pages(PolicyTexts.ENGLISH), docs.resolve("scan.pdf"));
        Files.writeString(docs.resolve("sheet.txt"), "The One Million Programmers project counted 2,503,060 "
                + "participants in 2024.", StandardCharsets.UTF_8);
        Path index = dir.resolve("index");
        Path report = dir.resolve("ingest.csv");

        Run indexed = run("index", docs.toString(), "--index", index.toString(), "--report", report.toString());
        assertEquals(0, indexed.code(), indexed.err());
        List<String> rows = Files.readAllLines(report);
        assertEquals("path,status,media_type,language,chars,error,ocr_pages", rows.get(0));
        assertTrue(rows.stream().anyMatch(r -> r.contains("scan.pdf,indexed,application/pdf,en,") && r.endsWith(",1")),
                String.join("\n", rows));
        assertTrue(rows.stream().anyMatch(r -> r.contains("sheet.txt,indexed,") && r.endsWith(",0")),
                String.join("\n", rows));

        Run scans = run("search", "programmers", "--index", index.toString(), "--scanned", "--format", "csv");
        assertEquals(0, scans.code(), scans.err());
        assertTrue(scans.out().contains("scan.pdf"), scans.out());
        assertFalse(scans.out().contains("sheet.txt"), scans.out());
        Run texts = run("search", "programmers", "--index", index.toString(), "--scanned=false", "--format", "csv");
        assertTrue(texts.out().contains("sheet.txt") && !texts.out().contains("scan.pdf"), texts.out());
    }

    @Test
    void anOcrLanguageThatIsNotInstalledIsAUsageError() throws IOException {
        Path doc = dir.resolve("a.txt");
        Files.writeString(doc, "text", StandardCharsets.UTF_8);
        Run r = run("facts", doc.toString(), "--ocr-lang", "xx_klingon");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("OCR language xx_klingon is not installed"), r.err());
        assertEquals("", r.out());
    }
}
