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
 * article and ≥ 0.90 for every type in each language section (types with at least 5 gold facts there); on the
 * real-document gold ({@code gold/real}, whole documents read through the ingester) the development and held-out
 * micro F1 may not fall below what this branch measured (the 0.95 is the goal, not yet reached).
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

    /**
     * Development micro F1 measured when this floor was set: 0.866 on the 33 development documents after issue 17c-s31
     * read the Latin look-alike layers back (0.42 on those four scans); 0.852 after issue 17a-s31
     * added four lex.uz scans whose OCR layer reads the Cyrillic print as Latin look-alikes (146 facts, annotated
     * blind: F1 0.13 on them at the first run), 0.926 on the 29 before; 0.875 on the 29 after issue 17a added three
     * lex.uz OCR scans, a GAO report and two CIO PDFs (0.828 on them before issue 17e's OCR repair; 0.957 on the 23
     * before 17a).
     */
    private static final double REAL_DEV_FLOOR = 0.86;
    /**
     * Development PROGRAM F1 measured when this floor was set: 0.714 on the 29 after line-break hyphens were resolved
     * and organisations dropped (issue 17g; 0.655 before, 0.582 before Uzbek Latin quoted names before a cue; 0.727 on
     * the 23 before 17a, 0.059 before issue 17).
     */
    private static final double REAL_DEV_PROGRAM_FLOOR = 0.69;
    /** Held-out micro F1 measured when this floor was set (totals only, never its errors): 0.828, see the README. */
    private static final double REAL_HELDOUT_FLOOR = 0.80;

    @Test
    void realDocumentsKeepTheirScores() throws IOException {
        Path real = GOLD.resolve("real");
        assumeTrue(Files.isDirectory(real), "no real-document gold");
        EvalReport all = new Evaluator(StandardExtractors.create()).evaluate(GoldFile.readTree(real), SHARED);
        System.out.println(all.render(0, true));
        EvalReport dev = all.split(GoldFile.DEV);
        EvalReport heldout = all.split(GoldFile.HELDOUT);
        assertTrue(dev.passages().stream().noneMatch(p -> p.error().isPresent()), "a development document failed to ingest");
        assertTrue(heldout.passages().stream().noneMatch(p -> p.error().isPresent()), "a held-out document failed to ingest");
        assertTrue(dev.overall().f1() >= REAL_DEV_FLOOR, String.format(Locale.ROOT, "dev micro F1 %.3f", dev.overall().f1()));
        assertTrue(dev.overall(FactType.PROGRAM).f1() >= REAL_DEV_PROGRAM_FLOOR,
                String.format(Locale.ROOT, "dev PROGRAM F1 %.3f", dev.overall(FactType.PROGRAM).f1()));
        assertTrue(heldout.passages().isEmpty() || heldout.overall().f1() >= REAL_HELDOUT_FLOOR,
                String.format(Locale.ROOT, "held-out micro F1 %.3f", heldout.overall().f1()));
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
