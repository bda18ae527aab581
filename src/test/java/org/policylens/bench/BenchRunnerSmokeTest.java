package org.policylens.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        Path sources = tmp.resolve("sources");
        Files.createDirectories(sources);
        for (Map.Entry<String, List<SourceParagraph>> e : BenchCorpusGeneratorTest.testParagraphs().entrySet()) {
            String text = e.getValue().stream().map(SourceParagraph::text).collect(Collectors.joining("\n\n"));
            Files.writeString(sources.resolve(e.getKey() + ".txt"), text, StandardCharsets.UTF_8);
        }
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
    }
}
