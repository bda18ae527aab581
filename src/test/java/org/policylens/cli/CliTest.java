package org.policylens.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

/** Every command end to end through picocli, on the shipped corpus, into StringWriters and temp files. */
class CliTest {
    private static final String FACTS_HEADER = "document,type,text,value,unit,qualifier,date,subject,start,end,sentence";
    private static final Path CORPUS = Path.of("corpus");
    private static final Path SEED = Path.of("..", "shared", "seed", "article-dusbekova-2026.txt");

    @TempDir
    static Path shared;
    static Path index;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void indexCorpus() {
        index = shared.resolve("index");
        Run r = run("index", CORPUS.resolve("decrees").toString(), "--index", index.toString(),
                "--report", shared.resolve("ingest.csv").toString());
        assertEquals(0, r.code(), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "index", "search", "facts", "verify", "train", "eval", "bench"})
    void everyCommandHasHelp(String command) {
        Run r = run(command, "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Usage: policylens " + command), r.out());
    }

    /** The commands that read files take --isolate (bench once declared the option without parsing it, and failed). */
    @ParameterizedTest
    @ValueSource(strings = {"index", "facts", "verify", "bench"})
    void everyCommandThatReadsFilesTakesIsolate(String command) {
        Run r = run(command, "--help");
        assertTrue(r.out().contains("--[no-]isolate"), r.out());
    }

    @Test
    void badFlagIsAUsageErrorWithoutStackTrace() {
        Run r = run("search", "x", "--no-such-flag");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Unknown option"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void indexReportsEveryFileAndASecondRunChangesNothing() throws IOException {
        List<String> report = Files.readAllLines(shared.resolve("ingest.csv"));
        assertEquals("path,status,media_type,language,chars,error,ocr_pages", report.get(0));
        assertEquals(10, report.size() - 1, String.join("\n", report));
        assertTrue(report.stream().skip(1).allMatch(l -> l.contains(",indexed,")), String.join("\n", report));

        Run again = run("index", CORPUS.resolve("decrees").toString(), "--index", index.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("indexed 0, unchanged 10, removed 0, failed 0"), again.out());
    }

    @Test
    void indexRemovesVanishedFilesAndReportsFailuresWithExitCode3(@TempDir Path dir) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), "Presidential Decree No. PF-6079 was adopted on October 5, 2020.");
        Files.writeString(docs.resolve("b.txt"), "In 2025, 161,295 users registered.");
        Files.write(docs.resolve("broken.pdf"), new byte[]{1, 2, 3, 4, 5});
        String idx = dir.resolve("idx").toString();
        Run first = run("index", docs.toString(), "--index", idx);
        assertEquals(3, first.code(), first.out() + first.err());
        assertTrue(first.err().contains("broken.pdf"), first.err());
        assertEquals(1, first.err().lines().filter(l -> l.startsWith("policylens: failed:")).count(), first.err());

        Files.delete(docs.resolve("b.txt"));
        Files.delete(docs.resolve("broken.pdf"));
        Run second = run("index", docs.toString(), "--index", idx);
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().contains("indexed 0, unchanged 1, removed 1, failed 0"), second.out());
    }

    @Test
    void searchFindsActsInEverySpelling() {
        Run r = run("search", "PF-6079", "--index", index.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("pf-6079-digital-uzbekistan-2030.en.pdf"), r.out());
        assertTrue(r.out().contains("vmq-17-it-park.ru-cp1251.txt"), "the Russian sheet cites УП-6079:\n" + r.out());

        Run filtered = run("search", "*:*", "--act", "УП-6079", "--format", "csv", "--index", index.toString());
        assertEquals(0, filtered.code(), filtered.err());
        assertTrue(filtered.out().startsWith("rank,document,title,type,language,date,score,page,passage"), filtered.out());
        assertTrue(filtered.out().contains("vmq-617-youth-knowledge.uz-latn.odt"), filtered.out());
    }

    @Test
    void searchAcrossUzbekScripts() {
        Run r = run("search", "\"raqamli texnologiyalar\"", "--lang", "uz-Cyrl", "--format", "json", "--index", index.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("{\"total\":"), r.out());
        assertTrue(r.out().contains("pq-178-it-towns.uz-cyrl.txt"), "Latin query finds the Cyrillic sheet:\n" + r.out());
    }

    @Test
    void malformedQueryIsOneLineAndExit2() {
        Run r = run("search", "\"unclosed", "--index", index.toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void missingIndexIsAUsageError(@TempDir Path dir) {
        Run r = run("search", "x", "--index", dir.resolve("none").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no index at"), r.err());
    }

    @Test
    void factsFromFilesInContractColumns(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("facts.csv");
        Run r = run("facts", CORPUS.resolve("decrees").resolve("pq-357-ict-new-stage.en.docx").toString(), "--csv", csv.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(FACTS_HEADER, lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.contains(",ACT,") && l.contains(",PQ-357,")), String.join("\n", lines));
        assertTrue(r.out().contains("written to"), r.out());
    }

    @Test
    void factsAsJsonLinesAndForExcel(@TempDir Path dir) throws IOException {
        Path sheet = CORPUS.resolve("decrees").resolve("pq-162-digital-services.en.html");
        Path jsonl = dir.resolve("facts.jsonl");
        assertEquals(0, run("facts", sheet.toString(), "--csv", jsonl.toString(), "--format", "jsonl").code());
        List<String> lines = Files.readAllLines(jsonl);
        assertFalse(lines.isEmpty());
        assertTrue(lines.stream().allMatch(l -> l.startsWith("{\"document\":")), lines.get(0));

        Path excel = dir.resolve("facts-excel.csv");
        assertEquals(0, run("facts", sheet.toString(), "--csv", excel.toString(), "--excel").code());
        byte[] bytes = Files.readAllBytes(excel);
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
    }

    @Test
    void factsExportedFromTheIndexMatchTheContract(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("all.csv");
        Run r = run("facts", "--index", index.toString(), "--csv", csv.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(FACTS_HEADER, lines.get(0));
        assertTrue(lines.size() > 50, "facts of 10 fact sheets: " + lines.size());
        assertTrue(r.out().contains("from 10 document(s)"), r.out());
    }

    @Test
    void verifyWritesCsvHtmlAndSummary(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("v.csv");
        Path html = dir.resolve("v.html");
        Path article = CORPUS.resolve("articles").resolve("sample-article-it-education.en.md");
        Run r = run("verify", article.toString(), "--index", index.toString(), "--csv", csv.toString(), "--html", html.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*\\d+ claims: \\d+ supported, \\d+ contradicted, \\d+ not found.*"), r.out());
        assertEquals("claim_id,document,start,end,sentence,type,claimed_value,verdict,evidence_document,evidence_text,evidence_value,score,reason",
                Files.readAllLines(csv).get(0));
        String page = Files.readString(html);
        assertTrue(page.contains("SUPPORTED") && page.contains("CONTRADICTED"), "report shows verdicts");
    }

    @Test
    void verifyTakesAFolderOfArticlesAndPrintsJson(@TempDir Path dir) throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path sample = CORPUS.resolve("articles").resolve("sample-article-it-education.en.md");
        Files.copy(sample, articles.resolve("a.md"));
        Files.writeString(articles.resolve("b.txt"), "IT Park was set up by Cabinet resolution No. 17 of January 10, 2019.\n");
        Path csv = dir.resolve("v.csv");
        Run r = run("verify", articles.toString(), "--index", index.toString(), "--format", "json", "--csv", csv.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("{\"articles\":[{\"article\":"), r.out());
        assertTrue(r.out().contains("a.md") && r.out().contains("b.txt"), r.out());
        assertTrue(r.out().contains("\"verdict\":\"SUPPORTED\"") && r.out().contains("\"reason\":\""), r.out());
        List<String> rows = Files.readAllLines(csv);
        assertTrue(rows.stream().anyMatch(l -> l.contains("b.txt")) && rows.stream().anyMatch(l -> l.contains("a.md")));
    }

    @Test
    void excludedDocumentsNeverCountAsEvidence(@TempDir Path dir) throws IOException {
        Path article = CORPUS.resolve("articles").resolve("sample-article-it-education.en.md");
        Path pq357 = CORPUS.resolve("decrees").resolve("pq-357-ict-new-stage.en.docx");
        Path csv = dir.resolve("v.csv");
        Run r = run("verify", article.toString(), "--index", index.toString(), "--csv", csv.toString(),
                "--exclude", pq357.toString());
        assertEquals(0, r.code(), r.err());
        String verdicts = Files.readString(csv);
        assertFalse(verdicts.contains("pq-357-ict-new-stage.en.docx"), "evidence from an excluded file");
        assertTrue(verdicts.contains(",SUPPORTED,"), verdicts);
    }

    @Test
    void demoWritesItsThreeFiles(@TempDir Path dir) {
        Path out = dir.resolve("out");
        Run r = run("demo", "--index", dir.resolve("index").toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("facts.csv")));
        assertTrue(Files.isRegularFile(out.resolve("verification.csv")));
        assertTrue(Files.isRegularFile(out.resolve("verification.html")));
        assertTrue(r.out().contains("Facts (") && r.out().contains("ACT ") && r.out().contains("claims:"), r.out());
    }

    /** After an upgrade changed the index format, the demo says how to go on, and --rebuild does it. */
    @Test
    void demoOnAnIndexOfAnOlderFormatNamesItsRebuild(@TempDir Path dir) throws IOException {
        Path index = dir.resolve("index");
        try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(index);
             org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(d,
                     new org.apache.lucene.index.IndexWriterConfig())) {
            w.setLiveCommitData(java.util.Map.of(org.policylens.index.IndexSchema.VERSION_KEY, "1").entrySet());
            w.commit();
        }
        Path out = dir.resolve("out");
        Run old = run("demo", "--index", index.toString(), "--out", out.toString());
        assertEquals(2, old.code(), old.err());
        assertTrue(old.err().contains("policylens demo --rebuild"), old.err());
        Run rebuilt = run("demo", "--rebuild", "--index", index.toString(), "--out", out.toString());
        assertEquals(0, rebuilt.code(), rebuilt.err());
        assertTrue(rebuilt.out().contains("claims:"), rebuilt.out());
    }

    @Test
    void factsFindTheSevenActsOfTheSeedArticle(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isRegularFile(SEED), "the seed article is not here");
        Path csv = dir.resolve("seed.csv");
        Run r = run("facts", SEED.toString(), "--csv", csv.toString());
        assertEquals(0, r.code(), r.err());
        String facts = Files.readString(csv);
        for (String act : List.of("VMQ-17", "PF-6079", "PQ-357", "PQ-162", "PQ-178", "PQ-358", "VMQ-617")) {
            assertTrue(facts.contains(",ACT,") && facts.matches("(?s).*,ACT,[^\\n]*," + act + ",.*"), act + " not found");
        }
    }
}
