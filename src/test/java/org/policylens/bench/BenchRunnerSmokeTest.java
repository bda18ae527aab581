package org.policylens.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchRunnerSmokeTest {

    @Test
    void runsTheWholeBenchmarkOnATinyCorpus(@TempDir Path tmp) throws Exception {
        Path sources = writeSources(tmp.resolve("sources"));
        Path article = tmp.resolve("article.txt");
        Files.writeString(article, "By 2025, 500 IT companies received 2,500,000 dollars under PF-6079.");
        Path out = tmp.resolve("out");
        BenchCommandOptions options = new BenchCommandOptions(List.of(20), false, out, 1, 3L,
                tmp.resolve("work"), List.of(sources), article);
        StringWriter progress = new StringWriter();

        BenchResults results = BenchRunner.run(options, new LuceneSystemUnderTest(), new PrintWriter(progress));

        for (String name : List.of("report.md", "results.csv", "results.json", "throughput.png")) {
            assertTrue(Files.size(out.resolve(name)) > 100, name);
        }
        String csv = Files.readString(out.resolve("results.csv"));
        for (String metric : List.of("tika-parse,mb_per_s", "tika-lucene,docs_per_s", "policylens,ratio_to_tika_lucene",
                "policylens-extract,seed_article_chars_per_s", "policylens-extract,corpus_sample_chars_per_s",
                "policylens-search,latency_p50_ms", "policylens-search,latency_p99_ms", "grep,median_ms",
                "policylens-search,speedup_vs_grep", "policylens,peak_heap_mb", "policylens,peak_rss_mb")) {
            assertTrue(csv.contains(metric), "results.csv lacks " + metric);
        }
        String report = Files.readString(out.resolve("report.md"));
        for (String heading : List.of("## Throughput", "## Extraction", "## Search", "## Memory", "## Scale",
                "## Targets", "## Machine")) {
            assertTrue(report.contains(heading), "report.md lacks " + heading);
        }
        assertEquals(20.0, results.summary(20, BenchRunner.POLICYLENS, "documents").orElseThrow());
        assertEquals(0.0, results.summary(20, TikaParseBaseline.SYSTEM, "failures").orElseThrow());
        assertEquals(50.0, results.summary(20, BenchRunner.SEARCH, "queries").orElseThrow());
        assertTrue(results.summary(20, BenchRunner.SEARCH, "queries_with_hits").orElseThrow() > 0);
        assertTrue(progress.toString().contains("search on corpus 20"), progress.toString());

        // the JIT warm-up: every system, every pass, recorded apart from the timed runs, with the compiler's share
        int passes = options.jitWarmup().minPasses();
        assertEquals(passes, results.all("jvm", "warmup_compile_share").size());
        for (String system : MarkdownReportWriter.THROUGHPUT_SYSTEMS) {
            List<Measurement> warm = results.all(system, "warmup_docs_per_s");
            assertEquals(passes, warm.size(), system);
            for (int k = 1; k <= passes; k++) {
                int pass = k;
                assertTrue(warm.stream().anyMatch(m -> m.repetition() == pass && m.value() > 0), system + " pass " + k);
                assertTrue(progress.toString().contains("warm-up pass " + k + ": " + system), progress.toString());
            }
            assertEquals(20.0, results.all(system, "warmup_documents").get(0).value());
            assertEquals(1, results.runs(20, system), "timed runs of " + system);
        }
        assertTrue(report.contains("Warm-up: once per run"), report);
        assertTrue(report.contains("Timed repetitions per system and size"), report);
        // the stand-in system stores no passages: grep reads Tika's text, and the report says so
        assertTrue(report.contains("Text for grep and the extraction sample: Tika's text"), report);
        assertTrue(report.contains("JVM max heap"), report);
    }

    @Test
    void explicitRepetitionsGiveEverySizeThatManyRuns(@TempDir Path tmp) throws Exception {
        Path sources = writeSources(tmp.resolve("sources"));
        // --repetitions 2 given explicitly: every size gets exactly 2 timed runs (the size rule is in BenchCommandOptionsTest)
        BenchCommandOptions options = new BenchCommandOptions(List.of(10, 30), false, tmp.resolve("out"), 2, 3L,
                tmp.resolve("work"), List.of(sources), tmp.resolve("absent-article.txt"), true);
        BenchResults results = BenchRunner.run(options, new LuceneSystemUnderTest(), new PrintWriter(new StringWriter()));
        for (int size : List.of(10, 30)) {
            for (String system : MarkdownReportWriter.THROUGHPUT_SYSTEMS) {
                assertEquals(2, results.runs(size, system), system + " at " + size);
            }
        }
        assertTrue(results.method().stream().anyMatch(l -> l.contains("2 at every size")), results.method().toString());
        assertEquals(2, results.all(TikaParseBaseline.SYSTEM, "warmup_docs_per_s").size());
        assertEquals(30.0, results.all(TikaParseBaseline.SYSTEM, "warmup_documents").get(0).value(),
                "the JIT warm-up corpus is the largest size when that is under 1000 documents");
    }

    /** The generator's test paragraphs as one text file per language, as the real source folders hold them. */
    private static Path writeSources(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, List<SourceParagraph>> e : BenchCorpusGeneratorTest.testParagraphs().entrySet()) {
            String text = e.getValue().stream().map(SourceParagraph::text).collect(Collectors.joining("\n\n"));
            Files.writeString(dir.resolve(e.getKey() + ".txt"), text, StandardCharsets.UTF_8);
        }
        return dir;
    }
}
