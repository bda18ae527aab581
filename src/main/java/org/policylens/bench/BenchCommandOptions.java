package org.policylens.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What a benchmark run measures and where it writes. The {@code bench} CLI command builds one with
 * {@link #of}; tests use the canonical constructor to point at small corpora and temporary folders.
 *
 * @param docs        corpus sizes, smallest first (ignored when {@code quick})
 * @param quick       sizes {@link #QUICK_SIZES}, one repetition, short warm-ups: a run of under two minutes
 * @param out         where report.md, results.csv, results.json and throughput.png go
 * @param repetitions timed runs per system and size (ignored when {@code quick}); an upper bound that
 *                    {@link #repetitionsFor} lowers for large sizes unless {@code repetitionsGiven}
 * @param seed        corpus generator seed
 * @param workDir     generated corpora, scratch indexes and extracted text (outside git)
 * @param sources     folders of real text the corpus paragraphs come from
 * @param seedArticle the article the extraction speed is measured on; skipped when absent
 * @param repetitionsGiven {@code repetitions} was asked for on the command line: every size gets exactly that many
 * @param corpora     folders of real files measured after the generated corpora, the three systems paired run by run
 * @param corporaOnly measure only {@code corpora} ({@code --corpus DIR}), no generated corpus, extraction or search
 */
public record BenchCommandOptions(List<Integer> docs, boolean quick, Path out, int repetitions, long seed,
                                  Path workDir, List<Path> sources, Path seedArticle, boolean repetitionsGiven,
                                  List<Path> corpora, boolean corporaOnly) {

    public static final List<Integer> DEFAULT_SIZES = List.of(1_000, 10_000, 100_000);
    public static final List<Integer> QUICK_SIZES = List.of(200, 1_000);
    public static final Path DEFAULT_OUT = Path.of("out", "bench");
    public static final Path DEFAULT_WORK_DIR = Path.of("target", "bench");
    public static final int DEFAULT_REPETITIONS = 3;
    public static final long DEFAULT_SEED = 20_260_302L;
    public static final Path DEFAULT_SEED_ARTICLE = Path.of("..", "shared", "seed", "article-dusbekova-2026.txt");
    /** Real files the default report measures too, when the folder is there. */
    public static final Path DEFAULT_REAL_CORPUS = Path.of("..", "shared", "corpus-real");
    /** Documents per size that the default repetition rule affords several runs of: 1k gets 3, 10k and up 1. */
    static final int REPETITION_BUDGET_DOCUMENTS = 10_000;
    /** Largest JIT warm-up corpus: C2 has compiled the hot paths after a few thousand documents in all. */
    static final int MAX_JIT_WARMUP_DOCUMENTS = 1_000;

    public BenchCommandOptions {
        docs = List.copyOf(docs).stream().sorted().distinct().toList();
        if (docs.isEmpty() || docs.get(0) < 1) {
            throw new IllegalArgumentException("corpus sizes must be positive: " + docs);
        }
        if (repetitions < 1) {
            throw new IllegalArgumentException("repetitions must be at least 1: " + repetitions);
        }
        sources = List.copyOf(sources);
        corpora = List.copyOf(corpora);
        if (corporaOnly && corpora.isEmpty()) {
            throw new IllegalArgumentException("no corpus folder to measure");
        }
    }

    public BenchCommandOptions(List<Integer> docs, boolean quick, Path out, int repetitions, long seed,
                               Path workDir, List<Path> sources, Path seedArticle, boolean repetitionsGiven) {
        this(docs, quick, out, repetitions, seed, workDir, sources, seedArticle, repetitionsGiven, List.of(), false);
    }

    /** Options whose repetitions are a default, not asked for: the per-size rule of {@link #repetitionsFor} applies. */
    public BenchCommandOptions(List<Integer> docs, boolean quick, Path out, int repetitions, long seed,
                               Path workDir, List<Path> sources, Path seedArticle) {
        this(docs, quick, out, repetitions, seed, workDir, sources, seedArticle, false);
    }

    /** Options from CLI values; a null means the default ({@code docs}: a single size instead of the default list). */
    public static BenchCommandOptions of(Integer docs, boolean quick, Path out, Integer repetitions, Long seed) {
        return of(docs, quick, out, repetitions, seed, List.of());
    }

    /**
     * Options from CLI values; {@code corpora} from {@code --corpus}: when given, only those folders are measured,
     * else the generated corpora and {@link #DEFAULT_REAL_CORPUS} when it exists.
     */
    public static BenchCommandOptions of(Integer docs, boolean quick, Path out, Integer repetitions, Long seed,
                                         List<Path> corpora) {
        List<Path> real = !corpora.isEmpty() ? corpora
                : java.nio.file.Files.isDirectory(DEFAULT_REAL_CORPUS) ? List.of(DEFAULT_REAL_CORPUS) : List.of();
        return new BenchCommandOptions(docs == null ? DEFAULT_SIZES : List.of(docs), quick,
                out == null ? DEFAULT_OUT : out, repetitions == null ? DEFAULT_REPETITIONS : repetitions,
                seed == null ? DEFAULT_SEED : seed, DEFAULT_WORK_DIR, BenchCorpusGenerator.defaultSources(),
                DEFAULT_SEED_ARTICLE, repetitions != null, real, !corpora.isEmpty());
    }

    /** Timed runs of each system on a real corpus: 1 with {@code --quick}, else {@code repetitions} (3 by default). */
    public int corpusRepetitions() {
        return quick ? 1 : repetitions;
    }

    public static BenchCommandOptions defaults() {
        return of(null, false, null, null, null);
    }

    /** The sizes this run measures. */
    public List<Integer> sizes() {
        if (corporaOnly) {
            return List.of();
        }
        return quick ? QUICK_SIZES : docs;
    }

    /** The most timed repetitions per system and size (what small sizes get). */
    public int effectiveRepetitions() {
        return quick ? 1 : repetitions;
    }

    /**
     * Timed repetitions of each system at one size: {@code min(repetitions, max(1, 10000 / size))} — 3 at 1k,
     * 1 at 10k and 100k, so the default run fits its 20 minutes — or exactly {@code repetitions} when asked for.
     */
    public int repetitionsFor(int size) {
        if (quick || repetitionsGiven) {
            return effectiveRepetitions();
        }
        return Math.min(repetitions, Math.max(1, REPETITION_BUDGET_DOCUMENTS / size));
    }

    /**
     * Untimed passes of every system over the JIT warm-up corpus before the first size: two with {@code --quick};
     * otherwise until the JIT compilers are busy for at most a fifth of a pass's wall time, two passes in a row (at
     * least 3 passes, at most 150 or 7 minutes, which keeps the default run under its 20 minutes).
     */
    JitWarmupPolicy jitWarmup() {
        return brief() ? JitWarmupPolicy.fixed(2) : new JitWarmupPolicy(3, 150, 420, 0.2, 2);
    }

    /**
     * Documents of the JIT warm-up corpus: 1000, or the largest size when smaller. Document i of a corpus
     * depends only on (seed, i), so these are the first documents of every corpus at least that large
     * (for the default sizes, corpus 1000 itself; with {@code --quick}, more than the 200 of its first size).
     */
    public int jitWarmupDocuments() {
        return Math.min(MAX_JIT_WARMUP_DOCUMENTS, sizes().get(sizes().size() - 1));
    }

    /** Short warm-ups and timing loops: quick runs, and tiny corpora (under 200 documents, smoke tests). */
    boolean brief() {
        return quick || !sizes().isEmpty() && sizes().get(sizes().size() - 1) < 200;
    }

    /**
     * Documents each system processes once, untimed, before the timed runs of a size: they warm the file
     * cache and the size's fresh index folder; the JIT is already warm from {@link #jitWarmup}.
     */
    int warmupDocuments(int size) {
        return Math.min(size, brief() ? 50 : 100);
    }

    /**
     * Untimed passes over the queries before the timed ones. The indexing warm-up does not compile the search code:
     * on a 100k index the slowest query of a pass kept falling until about the tenth pass (22–31 ms in passes 5–9,
     * 12–18 ms from pass 10 on), so the default run warms up for 12.
     */
    int searchWarmupPasses() {
        return brief() ? 2 : 12;
    }

    int searchPasses() {
        return brief() ? 5 : 20;
    }

    double extractionSeconds() {
        return brief() ? 3.0 : 5.0;
    }

    int grepRuns() {
        return brief() ? 1 : 3;
    }
}
