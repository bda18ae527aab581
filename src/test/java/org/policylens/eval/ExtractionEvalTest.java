package org.policylens.eval;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policylens.extract.StandardExtractors;
import org.policylens.model.FactType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The production extractor against the gold annotations: F1 ≥ 0.95 for every fact type on the seed
 * article and ≥ 0.90 for every type in each language section (types with at least 5 gold facts there).
 */
class ExtractionEvalTest {
    private static final Path SHARED = Path.of("..", "shared");
    private static final Path GOLD = Path.of("src", "test", "resources", "gold");
    private static final int MIN_GOLD_FOR_A_THRESHOLD = 5;
    private static EvalReport report;

    @BeforeAll
    static void evaluate() throws IOException {
        assumeTrue(Files.isDirectory(SHARED.resolve("corpus-real")) && Files.isDirectory(SHARED.resolve("seed")),
                "../shared is not here");
        report = new Evaluator(StandardExtractors.create()).evaluate(GoldFile.readAll(GOLD), SHARED);
        System.out.println(report.render(5));
    }

    @Test
    void seedArticleReachesF1Of095ForEveryType() {
        assertSection("seed", 0.95);
    }

    @Test
    void everyLanguageReachesF1Of090ForEveryType() {
        for (String section : List.of("en", "ru", "uz-Latn", "uz-Cyrl")) {
            assertSection(section, 0.90);
        }
    }

    private static void assertSection(String section, double threshold) {
        List<String> below = new ArrayList<>();
        for (FactType type : FactType.values()) {
            Counts c = report.section(section, Optional.of(type));
            if (c.gold() >= MIN_GOLD_FOR_A_THRESHOLD && c.f1() < threshold) {
                below.add(String.format(Locale.ROOT, "%s %s F1 %.3f (gold %d)", section, type, c.f1(), c.gold()));
            }
        }
        assertTrue(below.isEmpty(), "below " + threshold + ": " + below + "\n" + report.render(10));
    }
}
