package org.policylens.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class BenchCommandOptionsTest {

    private static BenchCommandOptions options(List<Integer> sizes, boolean quick, int repetitions, boolean given) {
        return new BenchCommandOptions(sizes, quick, Path.of("out"), repetitions, 1L, Path.of("work"), List.of(),
                Path.of("article.txt"), given);
    }

    @Test
    void defaultRepetitionsShrinkWithTheSize() {
        BenchCommandOptions o = BenchCommandOptions.defaults();
        assertFalse(o.repetitionsGiven());
        assertEquals(3, o.repetitionsFor(1_000));
        assertEquals(1, o.repetitionsFor(10_000));
        assertEquals(1, o.repetitionsFor(100_000));
        assertEquals(2, o.repetitionsFor(5_000));
        assertEquals(3, o.repetitionsFor(20), "never more than asked for");
        assertEquals(3, o.effectiveRepetitions());
    }

    @Test
    void theDefaultReportAddsTheSharedRealCorpusWhenPresentAndCorpusMeasuresOnlyThat() {
        BenchCommandOptions d = BenchCommandOptions.defaults();
        assertEquals(java.nio.file.Files.isDirectory(BenchCommandOptions.DEFAULT_REAL_CORPUS)
                ? List.of(BenchCommandOptions.DEFAULT_REAL_CORPUS) : List.of(), d.corpora());
        assertFalse(d.corporaOnly());
        assertEquals(BenchCommandOptions.DEFAULT_SIZES, d.sizes());

        BenchCommandOptions only = BenchCommandOptions.of(null, false, null, null, null, List.of(Path.of("some", "dir")));
        assertEquals(List.of(Path.of("some", "dir")), only.corpora());
        assertTrue(only.corporaOnly());
        assertTrue(only.sizes().isEmpty(), "no generated corpus with --corpus");
        assertEquals(3, only.corpusRepetitions());
        assertEquals(1, BenchCommandOptions.of(null, true, null, null, null, List.of(Path.of("d"))).corpusRepetitions());
    }

    @Test
    void explicitRepetitionsApplyToEverySize() {
        BenchCommandOptions o = BenchCommandOptions.of(null, false, null, 2, null);
        assertTrue(o.repetitionsGiven());
        for (int size : BenchCommandOptions.DEFAULT_SIZES) {
            assertEquals(2, o.repetitionsFor(size));
        }
        assertEquals(5, options(List.of(100_000), false, 5, true).repetitionsFor(100_000));
        assertEquals(1, options(List.of(100_000), false, 5, false).repetitionsFor(100_000));
    }

    @Test
    void quickRunsOnceWhateverWasAsked() {
        BenchCommandOptions o = BenchCommandOptions.of(null, true, null, 4, null);
        for (int size : o.sizes()) {
            assertEquals(1, o.repetitionsFor(size));
        }
    }

    @Test
    void jitWarmupIsTwoPassesQuickAndUntilTheJitIsQuietByDefaultOverAtMostAThousandDocuments() {
        BenchCommandOptions quick = BenchCommandOptions.of(null, true, null, null, null);
        BenchCommandOptions full = BenchCommandOptions.defaults();
        assertEquals(JitWarmupPolicy.fixed(2), quick.jitWarmup());
        JitWarmupPolicy policy = full.jitWarmup();
        assertEquals(3, policy.minPasses());
        assertTrue(policy.maxSeconds() <= 420, "the warm-up leaves the default run most of its 20 minutes");
        assertTrue(policy.quietShare() > 0 && policy.quietShare() < 0.5, "quiet means the compilers are mostly idle");
        assertEquals(1000, quick.jitWarmupDocuments(), "quick warms up on more than its first size of 200");
        assertEquals(1000, full.jitWarmupDocuments());
        assertEquals(300, options(List.of(100, 300), false, 3, false).jitWarmupDocuments());
        assertTrue(full.warmupDocuments(100_000) <= 100, "per-size warm-up is short: the JIT is already warm");
        assertEquals(20, options(List.of(20), false, 1, false).warmupDocuments(20));
    }
}
