package org.policylens.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.ingest.IngestLimits;
import org.policylens.pipeline.Pipeline;
import org.policylens.timing.Stage;

/** {@code bench --corpus DIR}: the three systems paired on a folder's files, with the real pipeline's stage table. */
class CorpusBenchTest {

    @Test
    void measuresAFolderPairedWithTheBaselinesAndNamesEachStage(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("files");
        new BenchCorpusGenerator(BenchCorpusGeneratorTest.testParagraphs()).generate(12, 5L, folder);
        Path out = tmp.resolve("out");
        BenchCommandOptions options = new BenchCommandOptions(List.of(1000), false, out, 2, 3L, tmp.resolve("work"),
                List.of(), tmp.resolve("absent.txt"), true, List.of(folder), true);
        StringWriter progress = new StringWriter();

        BenchResults r = BenchRunner.run(options, new PolicylensSystem(Pipeline.standard(IngestLimits.DEFAULTS, 2)),
                new PrintWriter(progress));

        int files = CorpusBench.filesOf(folder).files().size();
        String own = BenchRunner.corpusSystem(BenchRunner.POLICYLENS, "files");
        for (String system : MarkdownReportWriter.THROUGHPUT_SYSTEMS) {
            assertEquals(2, r.runs(files, BenchRunner.corpusSystem(system, "files")), system);
        }
        // each repetition's ratio is its own pair of runs; the summary is their median
        List<Measurement> ratios = r.measurements().stream().filter(m -> m.system().equals(own)
                && m.metric().equals("ratio_to_tika_lucene") && m.repetition() > 0).toList();
        assertEquals(2, ratios.size());
        double median = (ratios.get(0).value() + ratios.get(1).value()) / 2;
        assertEquals(median, r.summary(files, own, "ratio_to_tika_lucene").orElseThrow(), 1e-9);
        assertEquals(files, r.summary(files, own, "documents").orElseThrow());

        String stages = BenchRunner.corpusSystem(BenchRunner.STAGES, "files");
        for (String stage : List.of(Stage.WHOLE_FILE, Stage.PARSE, Stage.LANGUAGE, Stage.ANNOTATE,
                Stage.FINDER_PREFIX + "ActFinder", Stage.FINDER_PREFIX + "AmountFinder", Stage.LINK, Stage.INDEX,
                Stage.SIGNATURE, Stage.COMMIT)) {
            assertTrue(r.summary(files, stages, stage).orElse(0.0) > 0, stage);
        }
        // stages inside a worker's file cannot add up to more than its whole work
        double whole = r.summary(files, stages, Stage.WHOLE_FILE).orElseThrow();
        double parts = r.summary(files, stages, Stage.ANNOTATE).orElseThrow()
                + r.summary(files, stages, Stage.LANGUAGE).orElseThrow()
                + r.summary(files, stages, Stage.INDEX).orElseThrow();
        assertTrue(parts <= whole, parts + " > " + whole);

        String report = Files.readString(out.resolve("report.md"));
        for (String s : List.of("## Real corpora (paired runs)", "## Time by stage", "files: policylens / tika-lucene",
                "| " + Stage.LANGUAGE + " |", "on real files (files, median of paired runs)", "2 paired repetition(s)")) {
            assertTrue(report.contains(s), "report.md lacks " + s + "\n" + report);
        }
        assertFalse(report.contains("## Throughput"), "no generated corpus was measured");
        assertFalse(Files.exists(out.resolve("throughput.png")));
        assertTrue(Files.readString(out.resolve("results.csv")).contains("policylens@files,ratio_to_tika_lucene"));
    }
}
