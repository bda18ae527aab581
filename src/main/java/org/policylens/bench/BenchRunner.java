package org.policylens.bench;

import org.policylens.serve.LoadRun;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs the benchmark: a JIT warm-up of all systems once, then for each corpus size a short warm-up and
 * repeated timed runs of baseline (a) Tika parse, baseline (b) Tika + plain Lucene, and policylens end to
 * end; then, on the largest corpus, extraction speed, search latency against grep, and the scale check;
 * finally writes the report files.
 */
public final class BenchRunner {

    public static final String POLICYLENS = "policylens";
    public static final String EXTRACT = "policylens-extract";
    public static final String SEARCH = "policylens-search";
    public static final String GREP = "grep";
    /** The stage table's rows: CPU seconds (StageClock) per timed policylens run, one metric per stage. */
    public static final String STAGES = "policylens-stage";
    /** Extraction speed of Stanford CoreNLP on the seed article, the reference the issue gives. */
    public static final double CORENLP_CHARS_PER_SECOND = 5_500;

    private final BenchCommandOptions options;
    private final SystemUnderTest sut;
    private final PrintWriter progress;
    private final List<Measurement> measurements = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    /** How this run warmed up, repeated and what text grep read: one report line each. */
    private final List<String> method = new ArrayList<>();
    private final int threads = ParallelFiles.allCores();

    private BenchRunner(BenchCommandOptions options, SystemUnderTest sut, PrintWriter progress) {
        this.options = options;
        this.sut = sut;
        this.progress = progress;
    }

    /** Runs the whole benchmark and writes report.md, results.csv, results.json and throughput.png to the out folder. */
    public static BenchResults run(BenchCommandOptions options, SystemUnderTest sut, PrintWriter progress) throws Exception {
        System.setProperty("java.awt.headless", "true");
        BenchResults results = new BenchRunner(options, sut, progress).measure();
        BenchReportWriter.writeAll(results, options.out());
        progress.println("bench: wrote " + options.out().resolve(BenchReportWriter.REPORT_MD) + " and friends");
        progress.flush();
        return results;
    }

    private BenchResults measure() throws Exception {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        say("machine: %d cores, Java %s, max heap %d MB", threads, System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        List<Integer> sizes = options.sizes();
        if (!sizes.isEmpty()) {
            measureGenerated(sizes);
        }
        for (Path dir : options.corpora()) {
            measureCorpus(dir);
        }
        List<TargetCheck> targets = checkTargets(sizes);
        double wall = (System.nanoTime() - t0) / 1e9;
        say("bench: done in %.1f s (%.1f min)", wall, wall / 60);
        return new BenchResults(MachineInfo.current(), sizes, options.effectiveRepetitions(), options.seed(), started,
                wall, measurements, targets, notes, method);
    }

    /** Throughput on each generated size, then extraction and search on the largest. */
    private void measureGenerated(List<Integer> sizes) throws Exception {
        BenchCorpusGenerator generator = new BenchCorpusGenerator(SourceParagraphs.load(options.sources()));
        method.add(repetitionPolicy(sizes));
        BenchCorpus largest = null;
        Path largestIndex = null;
        SizeCost previous = null;
        for (int size : sizes) {
            if (previous != null) {
                sayEstimate(previous, sizes.subList(sizes.indexOf(size), sizes.size()));
            }
            long g = System.nanoTime();
            BenchCorpus corpus = generator.generate(size, options.seed(), options.workDir().resolve("corpus-" + size));
            double generation = (System.nanoTime() - g) / 1e9;
            say("corpus %d: %d files, %.1f MB in %s (ready in %.1f s)", size, corpus.entries().size(),
                    corpus.totalBytes() / 1048576.0, corpus.dir(), generation);
            if (previous == null) {
                int w = options.jitWarmupDocuments();
                warmUpJit(w == size ? corpus
                        : generator.generate(w, options.seed(), options.workDir().resolve("corpus-" + w)));
            }
            Path index = measureThroughput(corpus);
            previous = SizeCost.of(size, generation, measurements);
            if (size == sizes.get(sizes.size() - 1)) {
                largest = corpus;
                largestIndex = index;
            } else if (index != null) {
                BenchCorpusGenerator.deleteRecursively(index);
            }
        }
        Path textDir = textOf(largest, largestIndex);
        measureExtraction(largest, textDir);
        measureSearch(largest, largestIndex, textDir);
    }

    // ---- real corpora ----------------------------------------------------------------------------------

    /**
     * A folder of real files: untimed warm-up passes (two when it is the only thing measured, since then nothing has
     * warmed the JIT; one after the generated corpora), then paired runs of the three systems ({@link CorpusBench}).
     * Figures go in as size = files and system {@code system@folder}; ratios are per repetition, then their median.
     */
    private void measureCorpus(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            note("corpus %s not measured: not a folder", dir);
            return;
        }
        int warmups = options.quick() ? 1 : options.sizes().isEmpty() ? 2 : 1;
        CorpusBench.Result r = new CorpusBench(threads, options.workDir(), this::runPolicylens, m -> say("%s", m))
                .run(dir, warmups, options.corpusRepetitions());
        int size = r.files();
        String name = r.name();
        for (CorpusBench.Pass pass : r.passes()) {
            for (StageRun run : pass.runs()) {
                recordAs(size, pass.repetition(), corpusSystem(run.system(), name), run);
            }
            StageRun own = pass.of(POLICYLENS);
            StageRun base = pass.of(TikaLuceneBaseline.SYSTEM);
            StageRun bare = pass.of(TikaParseBaseline.SYSTEM);
            if (own != null && base != null) {
                add(size, corpusSystem(POLICYLENS, name), "ratio_to_tika_lucene", base.seconds() / own.seconds(), "x",
                        pass.repetition());
            }
            if (own != null && bare != null) {
                add(size, corpusSystem(POLICYLENS, name), "ratio_to_tika_parse", bare.seconds() / own.seconds(), "x",
                        pass.repetition());
            }
        }
        for (String system : MarkdownReportWriter.THROUGHPUT_SYSTEMS) {
            String s = corpusSystem(system, name);
            for (String metric : List.of("mb_per_s", "docs_per_s", "documents", "failures", "input_mb")) {
                medianOf(size, s, metric).ifPresent(v -> add(size, s, metric, v, unitOf(metric), 0));
            }
            for (String metric : List.of("time_s", "ratio_to_tika_lucene", "ratio_to_tika_parse")) {
                medianOf(size, s, metric).ifPresent(v -> {
                    add(size, s, metric, v, metric.startsWith("ratio") ? "x" : "s", 0);
                    add(size, s, metric + "_min", values(size, s, metric).stream().mapToDouble(d -> d).min().orElse(v),
                            metric.startsWith("ratio") ? "x" : "s", 0);
                    add(size, s, metric + "_max", values(size, s, metric).stream().mapToDouble(d -> d).max().orElse(v),
                            metric.startsWith("ratio") ? "x" : "s", 0);
                });
            }
        }
        recordStages(size, corpusSystem(STAGES, name), r.stagesPerRun());
        add(size, corpusSystem(STAGES, name), "threads", threads, "threads", 0);
        method.add(String.format(Locale.ROOT, "Real corpus %s (%s): %d files, %.1f MB; %d untimed warm-up pass(es) of "
                        + "every system, then %d paired repetition(s): each runs tika-parse, tika-lucene and policylens "
                        + "back to back on the same files, the order rotated by one each repetition; ratios are taken "
                        + "within a repetition, the table gives their median and range.", name, r.dir(), r.files(),
                r.bytes() / 1048576.0, r.warmupPasses(), r.passes().size()));
        if (r.unreadable() > 0) {
            note("corpus %s: %d paths could not be read and were left out", name, r.unreadable());
        }
    }

    /** {@code system@folder}: a real corpus' figures in the same measurement table as the generated sizes'. */
    static String corpusSystem(String system, String corpus) {
        return system + "@" + corpus;
    }

    /** CPU seconds (StageClock) per timed run of each stage, as measurements of the stage table. */
    private void recordStages(int size, String system, List<org.policylens.timing.StageClock.StageTime> stages) {
        for (org.policylens.timing.StageClock.StageTime t : stages) {
            add(size, system, t.stage(), t.seconds(), "s", 0);
        }
    }

    /** The report line on how many timed runs each size got and why. */
    private String repetitionPolicy(List<Integer> sizes) {
        String perSize = sizes.stream().map(s -> s + ": " + options.repetitionsFor(s))
                .collect(java.util.stream.Collectors.joining(", "));
        if (options.quick()) {
            return "Timed repetitions per system and size: 1 (--quick).";
        }
        if (options.repetitionsGiven()) {
            return "Timed repetitions per system and size: " + options.repetitions() + " at every size, as asked with --repetitions.";
        }
        return "Timed repetitions per system and size: min(" + options.repetitions() + ", max(1, "
                + BenchCommandOptions.REPETITION_BUDGET_DOCUMENTS + " / size)) — " + perSize
                + " — so the default run fits 20 minutes; --repetitions N gives every size exactly N.";
    }

    // ---- time budget -----------------------------------------------------------------------------------

    /** Seconds per document that one size cost: generating it, and one timed run of all three systems. */
    private record SizeCost(int size, double generationPerDocument, double runPerDocument) {
        static SizeCost of(int size, double generationSeconds, List<Measurement> ms) {
            double run = 0;
            for (String system : MarkdownReportWriter.THROUGHPUT_SYSTEMS) {
                run += ms.stream().filter(m -> m.size() == size && m.repetition() == 0 && m.system().equals(system)
                        && m.metric().equals("time_s") && !Double.isNaN(m.value())).mapToDouble(Measurement::value)
                        .findFirst().orElse(0);
            }
            return new SizeCost(size, generationSeconds / size, run / size);
        }
    }

    /** Prints how long the remaining sizes should take at the per-document cost of the size just measured. */
    private void sayEstimate(SizeCost cost, List<Integer> remaining) {
        double seconds = 0;
        for (int size : remaining) {
            seconds += size * (cost.generationPerDocument()
                    + cost.runPerDocument() * options.repetitionsFor(size))
                    + options.warmupDocuments(size) * cost.runPerDocument();
        }
        // extraction: warm-up plus timed seconds, twice (seed article, corpus sample)
        double extraction = 2 * (Math.min(2, options.extractionSeconds()) + options.extractionSeconds());
        say("estimate: about %.1f min left for corpora %s at corpus %d's %.2f ms per document and run, "
                        + "plus about %.0f s of extraction, search and grep", seconds / 60, remaining, cost.size(),
                cost.runPerDocument() * 1000, extraction + 10);
    }

    // ---- throughput ------------------------------------------------------------------------------------

    /**
     * Before the first size: untimed passes of every system over the warm-up corpus (at most 1000 documents, the first
     * ones of every corpus of this seed), interleaved pass by pass so the code they share (Tika, POI, PDFBox, Lucene) is
     * compiled for all of them alike, until the JIT is quiet ({@link JitWarmupPolicy}). Without it the smaller sizes
     * measure mostly C2.
     */
    private void warmUpJit(BenchCorpus corpus) throws Exception {
        int w = corpus.size();
        JitWarmupPolicy policy = options.jitWarmup();
        List<Path> files = corpus.files();
        long bytes = corpus.totalBytes();
        TikaParseBaseline tika = new TikaParseBaseline();
        TikaLuceneBaseline lucene = new TikaLuceneBaseline();
        Path baselineIndex = options.workDir().resolve("index-jit-warmup-baseline");
        Path policylensIndex = options.workDir().resolve("index-jit-warmup-policylens");
        say("JIT warm-up: untimed passes of every system over the %d documents of corpus %d, %s", w, corpus.size(),
                policy.describe());
        Map<String, List<String>> rates = new LinkedHashMap<>();
        List<Double> shares = new ArrayList<>();
        long warmupStart = System.nanoTime();
        while (!policy.done(shares, (System.nanoTime() - warmupStart) / 1e9)) {
            int pass = shares.size() + 1;
            long jit = CompilerClock.millis();
            long passStart = System.nanoTime();
            List<StageRun> runs = new ArrayList<>();
            runs.add(tika.run(files, bytes, threads));
            runs.add(lucene.run(files, bytes, baselineIndex, threads));
            StageRun own = runPolicylens(files, bytes, policylensIndex);
            if (own != null) {
                runs.add(own);
            }
            double share = CompilerClock.share(jit, CompilerClock.millis(), (System.nanoTime() - passStart) / 1e9);
            shares.add(share);
            for (StageRun run : runs) {
                add(0, run.system(), "warmup_time_s", run.seconds(), "s", pass);
                add(0, run.system(), "warmup_docs_per_s", run.documentsPerSecond(), "docs/s", pass);
                add(0, run.system(), "warmup_documents", run.documents(), "docs", pass);
                rates.computeIfAbsent(run.system(), k -> new ArrayList<>()).add(Numbers.format(run.documentsPerSecond()));
                say("warm-up pass %d: %-11s %7.2f s  %8.1f docs/s", pass, run.system(), run.seconds(),
                        run.documentsPerSecond());
            }
            add(0, "jvm", "warmup_compile_share", share, "x", pass);
            say("warm-up pass %d: the JIT compiled for %s of the pass", pass, percent(share));
        }
        BenchCorpusGenerator.deleteRecursively(baselineIndex);
        BenchCorpusGenerator.deleteRecursively(policylensIndex);
        double seconds = (System.nanoTime() - warmupStart) / 1e9;
        if (!policy.quiet(shares) && policy.maxPasses() > policy.minPasses()) {
            note("the JIT was still compiling after %d warm-up passes (%.0f s): the smaller sizes measure some compilation",
                    shares.size(), seconds);
        }
        String byPass = rates.entrySet().stream().map(e -> e.getKey() + " " + String.join(", ", e.getValue()))
                .collect(java.util.stream.Collectors.joining("; "));
        String compiling = shares.stream().map(BenchRunner::percent).collect(java.util.stream.Collectors.joining(", "));
        method.add(0, String.format(Locale.ROOT, "Warm-up: once per run, before the first size, every system made %d untimed "
                        + "passes (%.0f s in all) over a corpus of %d documents (the first %d of every corpus of this seed), "
                        + "%s (share of each pass the JIT compilers were busy: %s; docs/s by pass: %s); each size then "
                        + "starts with one untimed run of every system over its first documents (%d at most: file cache, "
                        + "not JIT).", shares.size(), seconds, w, w, policy.describe(), compiling, byPass,
                options.warmupDocuments(options.sizes().get(options.sizes().size() - 1))));
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "unknown" : String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    /** Short warm-up and the size's timed runs of the three systems on one corpus; returns policylens' last index, or null. */
    private Path measureThroughput(BenchCorpus corpus) throws Exception {
        int size = corpus.size();
        List<Path> files = corpus.files();
        long bytes = corpus.totalBytes();
        TikaParseBaseline tika = new TikaParseBaseline();
        TikaLuceneBaseline lucene = new TikaLuceneBaseline();
        Path work = options.workDir();

        int w = options.warmupDocuments(size);
        List<Path> warm = files.subList(0, w);
        long warmBytes = corpus.entries().subList(0, w).stream().mapToLong(BenchCorpus.Entry::bytes).sum();
        int repetitions = options.repetitionsFor(size);
        say("corpus %d: warm-up on %d documents, then %d timed run(s) per system", size, w, repetitions);
        tika.run(warm, warmBytes, threads);
        lucene.run(warm, warmBytes, work.resolve("index-warmup-baseline"), threads);
        runPolicylens(warm, warmBytes, work.resolve("index-warmup-policylens"));
        BenchCorpusGenerator.deleteRecursively(work.resolve("index-warmup-baseline"));
        BenchCorpusGenerator.deleteRecursively(work.resolve("index-warmup-policylens"));

        Path policylensIndex = work.resolve("index-" + size + "-policylens");
        Path baselineIndex = work.resolve("index-" + size + "-baseline");
        boolean policylensOk = false;
        org.policylens.timing.StageClock.reset();
        int timedOwn = 0;
        for (int rep = 1; rep <= repetitions; rep++) {
            record(size, rep, tika.run(files, bytes, threads));
            record(size, rep, lucene.run(files, bytes, baselineIndex, threads));
            org.policylens.timing.StageClock.enable(true);
            StageRun own;
            try {
                own = runPolicylens(files, bytes, policylensIndex);
            } finally {
                org.policylens.timing.StageClock.enable(false);
            }
            if (own != null) {
                record(size, rep, own);
                policylensOk = true;
                timedOwn++;
            }
        }
        int perRun = Math.max(1, timedOwn);
        recordStages(size, STAGES, org.policylens.timing.StageClock.snapshot().stream()
                .map(t -> new org.policylens.timing.StageClock.StageTime(t.stage(), t.nanos() / perRun, t.calls() / perRun))
                .toList());
        add(size, STAGES, "threads", threads, "threads", 0);
        org.policylens.timing.StageClock.reset();
        BenchCorpusGenerator.deleteRecursively(baselineIndex);
        summarize(size);
        return policylensOk ? policylensIndex : null;
    }

    /** policylens' indexAll timed like the baselines; a failure is noted, not thrown. */
    private StageRun runPolicylens(List<Path> files, long bytes, Path indexDir) throws IOException {
        BenchCorpusGenerator.deleteRecursively(indexDir);
        Files.createDirectories(indexDir);
        MemoryMonitor monitor = MemoryMonitor.start();
        long start = System.nanoTime();
        try {
            int indexed = sut.indexAll(files, indexDir);
            double seconds = (System.nanoTime() - start) / 1e9;
            return new StageRun(POLICYLENS, indexed, files.size() - indexed, bytes, -1, seconds, monitor.stop());
        } catch (Exception | LinkageError e) {
            monitor.stop();
            note("policylens indexAll failed on %d files: %s", files.size(), oneLine(e));
            return null;
        }
    }

    private void record(int size, int rep, StageRun run) {
        recordAs(size, rep, run.system(), run);
    }

    private void recordAs(int size, int rep, String s, StageRun run) {
        add(size, s, "time_s", run.seconds(), "s", rep);
        add(size, s, "mb_per_s", run.megabytesPerSecond(), "MB/s", rep);
        add(size, s, "docs_per_s", run.documentsPerSecond(), "docs/s", rep);
        add(size, s, "documents", run.documents(), "docs", rep);
        add(size, s, "failures", run.failures(), "docs", rep);
        add(size, s, "input_mb", run.inputBytes() / 1048576.0, "MB", rep);
        add(size, s, "peak_heap_mb", run.memory().heapMb(), "MB", rep);
        add(size, s, "peak_rss_mb", run.memory().rssMb(), "MB", rep);
        if (!run.memory().rssResetForStage() && notes.stream().noneMatch(n -> n.startsWith("peak RSS"))) {
            note("peak RSS is the process high-water mark since JVM start: /proc/self/clear_refs could not reset it per stage");
        }
        say("corpus %d, run %d, %-11s %7.2f s  %7.2f MB/s  %8.1f docs/s  heap %6.0f MB  rss %6.0f MB%s", size, rep, s,
                run.seconds(), run.megabytesPerSecond(), run.documentsPerSecond(), run.memory().heapMb(),
                run.memory().rssMb(), run.failures() > 0 ? "  (" + run.failures() + " failed)" : "");
    }

    private void summarize(int size) {
        for (String system : List.of(TikaParseBaseline.SYSTEM, TikaLuceneBaseline.SYSTEM, POLICYLENS)) {
            for (String metric : List.of("time_s", "mb_per_s", "docs_per_s", "documents", "failures", "input_mb")) {
                medianOf(size, system, metric).ifPresent(v -> add(size, system, metric, v, unitOf(metric), 0));
            }
            for (String metric : List.of("peak_heap_mb", "peak_rss_mb")) {
                maxOf(size, system, metric).ifPresent(v -> add(size, system, metric, v, "MB", 0));
            }
        }
        double base = summaryValue(size, TikaLuceneBaseline.SYSTEM, "mb_per_s");
        for (String system : List.of(TikaParseBaseline.SYSTEM, POLICYLENS)) {
            double own = summaryValue(size, system, "mb_per_s");
            if (!Double.isNaN(own) && !Double.isNaN(base)) {
                add(size, system, "ratio_to_tika_lucene", own / base, "x", 0);
            }
        }
    }

    // ---- extraction ------------------------------------------------------------------------------------

    /**
     * The largest corpus' text for grep and the extraction sample, one .txt per document: what policylens
     * stored in its index (so grep searches exactly the text search does, and no extra Tika pass over
     * 100k files is needed); Tika's text, extracted once and kept, only when that index has no passages.
     */
    private Path textOf(BenchCorpus corpus, Path index) throws InterruptedException, IOException {
        if (index != null) {
            Path dir = options.workDir().resolve("text-" + corpus.size() + "-" + corpus.seed() + "-index");
            BenchCorpusGenerator.deleteRecursively(dir);
            long start = System.nanoTime();
            IndexTextDump.Result dump = IndexTextDump.dump(index, corpus.dir(), dir);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (dump.documents() > 0) {
                say("text of corpus %d: %d documents, %.1f M chars dumped from policylens' index in %.1f s",
                        corpus.size(), dump.documents(), dump.chars() / 1e6, seconds);
                add(corpus.size(), GREP, "text_documents", dump.documents(), "docs", 0);
                method.add(String.format(Locale.ROOT, "Text for grep and the extraction sample: the passages policylens "
                        + "stored in its index of corpus %d, in order, one .txt per document (%d documents, dumped in "
                        + "%s s), so grep searches exactly the text search does.", corpus.size(), dump.documents(),
                        Numbers.format(seconds)));
                if (dump.splitDocuments() > 0) {
                    note("%d documents' passages were not adjacent in the index; their text files were appended to",
                            dump.splitDocuments());
                }
                return dir;
            }
            BenchCorpusGenerator.deleteRecursively(dir);
        }
        Path dir = options.workDir().resolve("text-" + corpus.size() + "-" + corpus.seed());
        Path done = dir.resolve(".complete");
        if (!Files.isRegularFile(done)) {
            say("extracting the text of corpus %d with Tika once for grep and the extraction sample", corpus.size());
            BenchCorpusGenerator.deleteRecursively(dir);
            new TikaParseBaseline().extractTo(corpus.dir(), corpus.files(), dir, threads);
            Files.writeString(done, corpus.size() + "\n");
        }
        add(corpus.size(), GREP, "text_documents", corpus.size(), "docs", 0);
        method.add(String.format(Locale.ROOT, "Text for grep and the extraction sample: Tika's text (AutoDetectParser) of "
                + "corpus %d, one .txt per document, because %s.", corpus.size(),
                index == null ? "policylens built no index of it" : "policylens' index of it holds no stored passages"));
        return dir;
    }

    private Path textFileOf(BenchCorpus corpus, Path textDir, BenchCorpus.Entry e) {
        return textDir.resolve(corpus.dir().relativize(e.file()).toString() + ".txt");
    }

    private void measureExtraction(BenchCorpus corpus, Path textDir) throws IOException {
        ExtractionBench bench = new ExtractionBench();
        if (Files.isRegularFile(options.seedArticle())) {
            String article = Files.readString(options.seedArticle(), StandardCharsets.UTF_8);
            ExtractionBench.Result r = bench.run(sut, List.of(new ExtractionBench.Sample(article, "en")),
                    Math.min(2, options.extractionSeconds()), options.extractionSeconds());
            recordExtraction(0, "seed_article", r);
        } else {
            note("seed article %s absent: extraction measured on the corpus sample only", options.seedArticle());
        }
        int sampleSize = Math.min(corpus.size(), options.brief() ? 40 : 200);
        int stride = Math.max(1, corpus.size() / sampleSize);
        List<ExtractionBench.Sample> samples = new ArrayList<>();
        for (int i = 0; i < corpus.size() && samples.size() < sampleSize; i += stride) {
            BenchCorpus.Entry e = corpus.entries().get(i);
            Path text = textFileOf(corpus, textDir, e);
            if (Files.isRegularFile(text)) {
                samples.add(new ExtractionBench.Sample(Files.readString(text, StandardCharsets.UTF_8), e.language()));
            }
        }
        if (!samples.isEmpty()) {
            ExtractionBench.Result r = bench.run(sut, samples, Math.min(2, options.extractionSeconds()),
                    options.extractionSeconds());
            recordExtraction(corpus.size(), "corpus_sample", r);
            add(corpus.size(), EXTRACT, "corpus_sample_documents", samples.size(), "docs", 0);
        }
    }

    private void recordExtraction(int size, String what, ExtractionBench.Result r) {
        add(size, EXTRACT, what + "_chars_per_s", r.charsPerSecond(), "chars/s", 0);
        add(size, EXTRACT, what + "_chars", (double) r.chars() / r.passes(), "chars", 0);
        add(size, EXTRACT, what + "_facts", r.facts(), "facts", 0);
        add(size, EXTRACT, what + "_passes", r.passes(), "passes", 0);
        if (r.failures() > 0) {
            note("extraction threw on %d of the %s texts per pass", r.failures(), what.replace('_', ' '));
        }
        say("extraction (%s): %,.0f chars/s, %d facts per pass, %d passes", what.replace('_', ' '),
                r.charsPerSecond(), r.facts(), r.passes());
    }

    // ---- search ----------------------------------------------------------------------------------------

    private void measureSearch(BenchCorpus corpus, Path index, Path textDir) {
        int size = corpus.size();
        if (index == null) {
            note("search not measured: policylens built no index of corpus %d", size);
            return;
        }
        SearchLatencyBench.Result r;
        try (SystemUnderTest.Searcher searcher = sut.openSearcher(index)) {
            r = new SearchLatencyBench().run(searcher, BenchQueries.all(), options.searchWarmupPasses(), options.searchPasses());
        } catch (Exception e) {
            note("search not measured: opening the searcher failed: %s", oneLine(e));
            return;
        }
        List<Double> all = r.all();
        add(size, SEARCH, "latency_p50_ms", Numbers.percentile(all, 50), "ms", 0);
        add(size, SEARCH, "latency_p99_ms", Numbers.percentile(all, 99), "ms", 0);
        add(size, SEARCH, "latency_mean_ms", all.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN), "ms", 0);
        add(size, SEARCH, "latency_max_ms", all.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN), "ms", 0);
        add(size, SEARCH, "queries", BenchQueries.all().size(), "queries", 0);
        add(size, SEARCH, "timed_searches", all.size(), "searches", 0);
        add(size, SEARCH, "warmup_passes", options.searchWarmupPasses(), "passes", 0);
        add(size, SEARCH, "failed_queries", r.failedQueries(), "queries", 0);
        add(size, SEARCH, "queries_with_hits", r.hits().values().stream().filter(h -> h > 0).count(), "queries", 0);
        for (String kind : BenchQueries.all().stream().map(BenchQueries.Spec::kind).distinct().toList()) {
            add(size, SEARCH, "latency_p50_ms_" + kind, Numbers.percentile(r.ofKind(kind), 50), "ms", 0);
            add(size, SEARCH, "latency_p99_ms_" + kind, Numbers.percentile(r.ofKind(kind), 99), "ms", 0);
        }
        if (r.failedQueries() > 0) {
            note("%d of the %d queries threw in policylens' searcher", r.failedQueries(), BenchQueries.all().size());
        }
        say("search on corpus %d: p50 %.2f ms, p99 %.2f ms over %d searches", size,
                Numbers.percentile(all, 50), Numbers.percentile(all, 99), all.size());

        measureServe(size, index);

        List<Double> grepMs = new ArrayList<>();
        List<Double> searchMs = new ArrayList<>();
        GrepBench grep = new GrepBench();
        for (String term : BenchQueries.GREP_TERMS) {
            GrepBench.Result g = grep.run(term, textDir, options.grepRuns());
            if (!g.error().isEmpty()) {
                note("grep -ril %s: %s", term, g.error());
                continue;
            }
            double search = Numbers.median(r.ofQuery(term));
            add(size, GREP, "median_ms[" + term + "]", g.medianMs(), "ms", 0);
            add(size, GREP, "files_matched[" + term + "]", g.filesMatched(), "files", 0);
            add(size, SEARCH, "median_ms[" + term + "]", search, "ms", 0);
            add(size, SEARCH, "hits[" + term + "]", hitsOf(r, term), "docs", 0);
            grepMs.add(g.medianMs());
            searchMs.add(search);
            say("grep -ril %s: %.1f ms (%d files) vs search %.3f ms", term, g.medianMs(), g.filesMatched(), search);
        }
        if (!grepMs.isEmpty()) {
            double grepMedian = Numbers.median(grepMs);
            double searchMedian = Numbers.median(searchMs);
            add(size, GREP, "median_ms", grepMedian, "ms", 0);
            add(size, SEARCH, "median_ms_grep_terms", searchMedian, "ms", 0);
            add(size, SEARCH, "speedup_vs_grep", grepMedian / searchMedian, "x", 0);
        }
    }

    /** The same queries through serve's JSON API, 8 clients at once on loopback. */
    private void measureServe(int size, Path index) {
        LoadRun.Result r;
        try {
            r = new ServeLatencyBench().run(index);
        } catch (Exception e) {
            note("serve not measured: %s", oneLine(e));
            return;
        }
        add(size, SEARCH, "serve_p50_ms", r.serverP50(), "ms", 0);
        add(size, SEARCH, "serve_p99_ms", r.serverP99(), "ms", 0);
        add(size, SEARCH, "serve_client_p50_ms", r.clientP50(), "ms", 0);
        add(size, SEARCH, "serve_client_p99_ms", r.clientP99(), "ms", 0);
        add(size, SEARCH, "serve_requests", r.requests(), "requests", 0);
        add(size, SEARCH, "serve_errors", r.errors(), "requests", 0);
        if (r.errors() > 0) {
            note("serve: %d of %d requests failed, e.g. %s", r.errors(), r.requests(), r.firstErrors());
        }
        say("serve /api/search on corpus %d (%d clients x %d requests): server p50 %.2f ms, p99 %.2f ms; client p99 %.2f ms",
                size, ServeLatencyBench.CLIENTS, ServeLatencyBench.REQUESTS, r.serverP50(), r.serverP99(), r.clientP99());
    }

    private static int hitsOf(SearchLatencyBench.Result r, String query) {
        return r.hits().entrySet().stream().filter(e -> e.getKey().query().equals(query))
                .mapToInt(Map.Entry::getValue).findFirst().orElse(-1);
    }

    // ---- targets ---------------------------------------------------------------------------------------

    private List<TargetCheck> checkTargets(List<Integer> sizes) {
        List<TargetCheck> targets = new ArrayList<>();
        if (!sizes.isEmpty()) {
            checkGeneratedTargets(sizes, targets);
        }
        measurements.stream().filter(m -> m.repetition() == 0 && m.metric().equals("ratio_to_tika_lucene")
                        && m.system().startsWith(POLICYLENS + "@")).toList()
                .forEach(m -> targets.add(TargetCheck.atLeast("policylens throughput vs Tika + Lucene on real files ("
                                + m.system().substring(POLICYLENS.length() + 1) + ", median of paired runs)", 0.6,
                        m.value(), "x", m.size() + " files; range " + Numbers.format(summaryValue(m.size(), m.system(),
                                "ratio_to_tika_lucene_min")) + "–" + Numbers.format(summaryValue(m.size(), m.system(),
                                "ratio_to_tika_lucene_max")))));
        return targets;
    }

    private void checkGeneratedTargets(List<Integer> sizes, List<TargetCheck> targets) {
        int largest = sizes.get(sizes.size() - 1);
        Map<String, Double> spread = new LinkedHashMap<>();
        for (String system : List.of(TikaParseBaseline.SYSTEM, TikaLuceneBaseline.SYSTEM, POLICYLENS)) {
            List<Double> perSize = sizes.stream().map(s -> summaryValue(s, system, "docs_per_s"))
                    .filter(v -> !Double.isNaN(v)).toList();
            if (perSize.size() >= 2) {
                double max = perSize.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
                double min = perSize.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
                double pct = (max - min) / max * 100;
                add(0, system, "scale_spread_pct", pct, "%", 0);
                spread.put(system, pct);
            }
        }
        targets.add(TargetCheck.atLeast("policylens throughput vs Tika + Lucene (MB/s ratio, largest corpus)", 0.5,
                summaryOrNull(largest, POLICYLENS, "ratio_to_tika_lucene"), "x", "corpus of " + largest + " documents"));
        targets.add(TargetCheck.atLeast("extraction speed on the seed article", 1_000_000,
                summaryOrNull(0, EXTRACT, "seed_article_chars_per_s"), "chars/s",
                "single thread, warm; CoreNLP reference " + Numbers.format(CORENLP_CHARS_PER_SECOND) + " chars/s"));
        targets.add(TargetCheck.atLeast("extraction speed on the corpus sample", 1_000_000,
                summaryOrNull(largest, EXTRACT, "corpus_sample_chars_per_s"), "chars/s", "single thread, warm"));
        targets.add(TargetCheck.atMost("search latency p99", 20, summaryOrNull(largest, SEARCH, "latency_p99_ms"), "ms",
                BenchQueries.all().size() + " queries on the index of " + largest + " documents"));
        targets.add(TargetCheck.atLeast("search speed vs grep -ril", 100, summaryOrNull(largest, SEARCH, "speedup_vs_grep"),
                "x", "median over " + BenchQueries.GREP_TERMS.size() + " terms"));
        Double own = spread.get(POLICYLENS);
        targets.add(TargetCheck.atMost("policylens throughput flat across sizes (docs/s spread)", 20, own, "%",
                "(max − min) / max of median docs/s over sizes " + sizes));
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private void add(int size, String system, String metric, double value, String unit, int rep) {
        measurements.add(new Measurement(size, system, metric, value, unit, rep));
    }

    private java.util.Optional<Double> medianOf(int size, String system, String metric) {
        List<Double> v = values(size, system, metric);
        return v.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(Numbers.median(v));
    }

    private java.util.Optional<Double> maxOf(int size, String system, String metric) {
        return values(size, system, metric).stream().filter(d -> !d.isNaN()).max(Double::compare);
    }

    private List<Double> values(int size, String system, String metric) {
        return measurements.stream().filter(m -> m.size() == size && m.repetition() > 0
                && m.system().equals(system) && m.metric().equals(metric)).map(Measurement::value).toList();
    }

    private double summaryValue(int size, String system, String metric) {
        Double v = summaryOrNull(size, system, metric);
        return v == null ? Double.NaN : v;
    }

    private Double summaryOrNull(int size, String system, String metric) {
        return measurements.stream().filter(m -> m.size() == size && m.repetition() == 0
                && m.system().equals(system) && m.metric().equals(metric)).map(Measurement::value).findFirst().orElse(null);
    }

    private static String unitOf(String metric) {
        Function<String, String> u = m -> switch (m) {
            case "time_s" -> "s";
            case "mb_per_s" -> "MB/s";
            case "docs_per_s" -> "docs/s";
            case "input_mb" -> "MB";
            default -> "docs";
        };
        return u.apply(metric);
    }

    private void note(String format, Object... args) {
        String n = String.format(Locale.ROOT, format, args);
        notes.add(n);
        say("note: %s", n);
    }

    private void say(String format, Object... args) {
        progress.println(String.format(Locale.ROOT, format, args));
        progress.flush();
    }

    private static String oneLine(Throwable e) {
        String m = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return m.replaceAll("\\s+", " ");
    }
}
