package org.policylens.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.policylens.cli.CliTest.run;

/** Usage errors exit 2 naming what is valid; hostile file names neither forge output lines nor formula cells. */
class HostileInputsTest {
    private static final String FORMULA_NAME = "=HYPERLINK(\"evil\",\"x\").txt";

    @TempDir
    static Path dir;
    static Path docs;
    static Path index;

    @BeforeAll
    static void indexHostileNames() throws IOException, InterruptedException {
        docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("plain.txt"), "Presidential Decree No. PF-6079 was adopted on October 5, 2020.");
        Files.writeString(docs.resolve(FORMULA_NAME), "The zebra programme started in 2021.");
        // a name holding a newline that tries to forge a second failure line
        Files.write(docs.resolve("x.pdf\npolicylens: failed: forged.pdf: fake"), new byte[]{1, 2, 3});
        Files.writeString(docs.resolve("note.txt\n 9. forged.txt  [decree, en]  score 9.99"), "A quagga was seen in 2019.");
        if (posix()) {
            // two names that differ only in a byte that is not UTF-8: Java prints both as "latin�.txt"
            shell("printf 'Resolution PQ-357 of August 22, 2022.' > \"$(printf 'latin\\377.txt')\";"
                    + "printf 'In 2025, 161,295 users registered.' > \"$(printf 'latin\\376.txt')\";"
                    + "printf '%%PDF-broken' > \"$(printf 'bad\\377.pdf')\"", docs);
        }
        index = dir.resolve("index");
    }

    private static boolean posix() {
        return FileSystems.getDefault().getSeparator().equals("/") && Files.isExecutable(Path.of("/bin/sh"));
    }

    private static void shell(String script, Path cwd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("/bin/sh", "-c", script).directory(cwd.toFile()).inheritIO().start();
        assertEquals(0, p.waitFor());
    }

    private static CliTest.Run indexed(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("index", docs.toString(), "--index", index.toString()));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    @Test
    void timeoutZeroIsAUsageErrorNamingTheRange() {
        CliTest.Run r = indexed("--timeout", "0");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--timeout wants seconds from 1 to 86400, not 0"), r.err());
        CliTest.Run facts = run("facts", docs.toString(), "--timeout", "0");
        assertEquals(2, facts.code(), facts.err());
        assertEquals("", facts.out(), "nothing written before the usage error");
    }

    @Test
    void factsWritesNothingBeforeABadArgument() {
        CliTest.Run missing = run("facts", dir.resolve("nope.txt").toString());
        assertEquals(2, missing.code(), missing.err());
        assertEquals("", missing.out());
        CliTest.Run noIndex = run("facts", "--index", dir.resolve("no-index").toString());
        assertEquals(2, noIndex.code(), noIndex.err());
        assertEquals("", noIndex.out());
    }

    @Test
    void failureLinesShowNamesEscapedOneLineEach() {
        CliTest.Run r = indexed();
        assertEquals(3, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("policylens: failed: forged.pdf")), r.err());
        assertTrue(r.err().contains("x.pdf\\npolicylens: failed: forged.pdf: fake: "), r.err());
        assertEquals(posix() ? 2 : 1, lines.size(), r.err());
    }

    @Test
    void searchTextShowsAForgingNameOnOneLine() {
        indexed();
        CliTest.Run r = run("search", "quagga", "--index", index.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("note.txt\\n 9. forged.txt"), r.out());
        assertTrue(r.out().lines().noneMatch(l -> l.startsWith(" 9. forged.txt")), r.out());
    }

    @Test
    void namesThatAreNotUtf8StayDistinctAndNameTheirFile() throws IOException {
        assumeTrue(posix());
        Path report = dir.resolve("report.csv");
        CliTest.Run r = indexed("--report", report.toString());
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("policylens: failed: " + docs + "/bad\\xFF.pdf: "), r.err());
        String csv = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(csv.matches("(?s).*" + docs + "/latin\\\\xFF\\.txt,(indexed|unchanged),.*"), csv);
        assertTrue(csv.matches("(?s).*" + docs + "/latin\\\\xFE\\.txt,(indexed|unchanged),.*"), csv);
        assertTrue(csv.contains(docs + "/bad\\xFF.pdf,failed,,,,not a valid PDF"), csv);
        assertFalse(csv.contains("\uFFFD"), csv);
        CliTest.Run search = run("search", "PQ-357 OR users", "--index", index.toString(), "--format", "csv");
        assertEquals(0, search.code(), search.err());
        assertTrue(search.out().contains("latin\\xFF.txt") && search.out().contains("latin\\xFE.txt"), search.out());
    }

    @Test
    void reportAndSearchCsvTakeExcel() throws IOException {
        Path report = dir.resolve("excel-report.csv");
        CliTest.Run r = indexed("--report", report.toString(), "--excel");
        assertEquals(3, r.code(), r.err());
        assertTrue(Files.readString(report, StandardCharsets.UTF_8).startsWith("\uFEFFpath,status,"));
        CliTest.Run search = run("search", "zebra", "--index", index.toString(), "--format", "csv", "--excel");
        assertEquals(0, search.code(), search.err());
        assertTrue(search.out().startsWith("\uFEFFrank,document,"), search.out());
        assertTrue(search.out().contains(FORMULA_NAME.replace("\"", "\"\"")), search.out());
        CliTest.Run text = run("search", "zebra", "--index", index.toString(), "--excel");
        assertEquals(2, text.code(), text.err());
    }

    @Test
    void badFiltersAreUsageErrorsNamingTheValidValues() {
        assertEquals(3, indexed().code());
        CliTest.Run range = run("search", "decree", "--index", index.toString(), "--from", "2025", "--to", "2020");
        assertEquals(2, range.code(), range.err());
        assertEquals("policylens: --from 2025 is after --to 2020: no date is in that range", range.err().strip());
        CliTest.Run lang = run("search", "decree", "--index", index.toString(), "--lang", "xx");
        assertEquals(2, lang.code(), lang.err());
        assertEquals("policylens: --lang wants one of uz, en, ru, uz-Latn, uz-Cyrl, kk, kk-Latn, und, not 'xx'", lang.err().strip());
        CliTest.Run type = run("search", "decree", "--index", index.toString(), "--type", "nosuchtype");
        assertEquals(2, type.code(), type.err());
        assertEquals("policylens: --type wants one of decree, resolution, law, article, report, other, not 'nosuchtype'",
                type.err().strip());
        CliTest.Run valid = run("search", "PF-6079", "--index", index.toString(), "--lang", "EN", "--type", "decree",
                "--from", "2020-10", "--to", "2020");
        assertEquals(0, valid.code(), valid.err());
        assertTrue(valid.out().startsWith("1 matching document(s)"), valid.out());
    }
}
