package org.policylens.verify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.extract.act.ActIds;
import org.policylens.index.CorpusIndex;
import org.policylens.index.LuceneCorpusIndex;
import org.policylens.ingest.IngestLimits;
import org.policylens.model.IngestOutcome;
import org.policylens.model.Verdict;
import org.policylens.pipeline.IndexJob;
import org.policylens.pipeline.Pipeline;
import org.policylens.pipeline.VerifyJob;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The labelled claim set: our sample article checked against the fact sheets of corpus/decrees
 * (several formats and languages). Accuracy over the labelled claims must reach 0.9; a claim the
 * extractor misses counts as wrong.
 */
class VerificationEvalTest {
    private static final Path EXPECTED = Path.of("src", "test", "resources", "verify-eval", "expected-verdicts.tsv");
    private static final Path ARTICLE = Path.of("corpus", "articles", "sample-article-it-education.en.md");

    record Expected(String type, String text, String value, String verdict, String why) {
    }

    @Test
    void verdictsMatchTheLabelledClaims(@TempDir Path dir) throws IOException {
        Pipeline pipeline = Pipeline.standard(IngestLimits.DEFAULTS, 2);
        VerifyJob.Result result;
        try (CorpusIndex index = LuceneCorpusIndex.open(dir.resolve("index"), ActIds::canonical)) {
            List<IngestOutcome> outcomes = new IndexJob(pipeline, index, 1000).run(List.of(Path.of("corpus", "decrees")), false);
            assertTrue(outcomes.stream().allMatch(o -> o instanceof IngestOutcome.Indexed), outcomes.toString());
            VerifyJob.Outcome outcome = new VerifyJob(pipeline).run(ARTICLE, index);
            result = ((VerifyJob.Verified) outcome).result();
        }
        List<Verdict> verdicts = result.report().verdicts();
        Set<Verdict> used = new HashSet<>();
        int correct = 0;
        List<String> wrong = new ArrayList<>();
        List<Expected> expected = read();
        for (Expected e : expected) {
            Verdict match = verdicts.stream()
                    .filter(v -> !used.contains(v))
                    .filter(v -> v.claim().fact().type().name().equals(e.type()))
                    .filter(v -> key(ClaimedValues.format(v.claim().fact())).equals(key(e.value())))
                    .findFirst().orElse(null);
            if (match == null) {
                wrong.add("MISSED  " + e.type() + " " + e.value() + " (" + e.text() + ")");
                continue;
            }
            used.add(match);
            if (match.label().equals(e.verdict())) {
                correct++;
            } else {
                wrong.add(match.label() + " but expected " + e.verdict() + ": " + e.type() + " " + e.value()
                        + " — " + e.why());
            }
        }
        double accuracy = correct / (double) expected.size();
        String detail = String.format(Locale.ROOT, "accuracy %.3f (%d/%d)%n%s", accuracy, correct, expected.size(),
                String.join("\n", wrong));
        System.out.println("[verify-eval] " + detail);
        assertTrue(accuracy >= 0.9, detail);
        // a wrong SUPPORTED is worse than a NOT_FOUND: the traps (another country's figure, another programme's) hold
        assertTrue(wrong.stream().noneMatch(w -> w.startsWith("SUPPORTED but")), detail);
    }

    /** Values compare without case, spacing, dashes or quotes ("Digital Uzbekistan – 2030" = "Digital Uzbekistan 2030"). */
    private static String key(String value) {
        return value.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}@.]", "");
    }

    private static List<Expected> read() throws IOException {
        List<Expected> rows = new ArrayList<>();
        for (String line : Files.readAllLines(EXPECTED, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("type\t")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            rows.add(new Expected(c[0], c[1], c[2], c[3], c.length > 4 ? c[4] : ""));
        }
        return rows;
    }
}
