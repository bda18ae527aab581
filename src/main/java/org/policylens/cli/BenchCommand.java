package org.policylens.cli;

import org.policylens.bench.BenchCommandOptions;
import org.policylens.bench.BenchRunner;
import org.policylens.bench.PolicylensSystem;
import org.policylens.bench.SolrIndexingBench;
import org.policylens.index.solr.SolrTarget;
import org.policylens.ingest.IngestLimits;
import org.policylens.ingest.OcrOptions;
import org.policylens.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure speed, memory and scale against the baselines.",
                "Baselines: Tika parse only, and Tika + Lucene StandardAnalyzer, on a generated corpus and, paired run by run, on ../shared/corpus-real when present (or only on --corpus DIR). The report names each stage's time. Every system first makes untimed JIT warm-up passes over 1000 documents until the JIT compilers are mostly idle (at most 7 minutes). Writes report.md, results.csv, results.json and throughput.png. The default run takes about 12 minutes on 2 cores (JAVA_OPTS=-Xmx512m bin/policylens bench checks the 100k run in 512 MB of heap); --quick about one.",
                "With --backend solr (--solr URL or --zk HOST:PORT, --collection NAME): indexing throughput into that SolrCloud collection, which is emptied first, next to a fresh local index, on --docs N generated documents (default 1000); writes solr-indexing.md."})
final class BenchCommand implements Callable<Integer> {
    /** Documents of the Solr indexing comparison without --docs. */
    private static final int SOLR_DEFAULT_DOCS = 1_000;

    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions common;
    @Mixin
    BackendOptions backend;
    @Mixin
    IsolationOption isolation;

    @Option(names = "--docs", paramLabel = "N", description = "One corpus size instead of 1000, 10000 and 100000.")
    Integer docs;
    @Option(names = "--quick", description = "Sizes 200 and 1000, one repetition: a smoke run.")
    boolean quick;
    @Option(names = "--out", paramLabel = "DIR", description = "Where the report goes (default: out/bench).")
    Path out;
    @Option(names = "--repetitions", paramLabel = "N", description = {"Timed runs per system and size, all sizes alike",
            "(default: min(3, 10000 / size), at least 1: 3 at 1000 documents, 1 at 10000 and above)."})
    Integer repetitions;
    @Option(names = "--seed", paramLabel = "N", description = "Seed of the generated corpus.")
    Long seed;
    @Option(names = "--corpus", paramLabel = "DIR", description = {"Measure this folder of real files instead (repeatable):",
            "the three systems paired run by run on the same files, ratios and a time-by-stage table. Without it the "
                    + "report also measures ../shared/corpus-real when that folder exists."})
    List<Path> corpora = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (docs != null && docs < 1) {
            throw new UsageException("--docs must be at least 1");
        }
        for (Path dir : corpora) {
            if (!Files.isDirectory(dir)) {
                throw new UsageException("--corpus " + dir + ": not a folder");
            }
        }
        BenchCommandOptions options = BenchCommandOptions.of(docs, quick, out, repetitions, seed, corpora);
        try (Pipeline pipeline = Pipeline.standard(IngestLimits.DEFAULTS, OcrOptions.DEFAULTS, Inputs.threads(null),
                isolation.parsing())) {
            Optional<SolrTarget> solr = backend.solr();
            if (solr.isPresent()) {
                // indexing throughput into the SolrCloud collection (emptied first) next to a fresh local index
                int size = docs != null ? docs : SOLR_DEFAULT_DOCS;
                SolrIndexingBench.run(solr.get(), size, options.seed(), options.out(), pipeline, spec.commandLine().getOut());
                spec.commandLine().getOut().println("report: " + options.out().resolve("solr-indexing.md"));
                return ExitCodes.OK;
            }
            BenchRunner.run(options, new PolicylensSystem(pipeline), spec.commandLine().getOut());
        }
        spec.commandLine().getOut().println("report: " + options.out().resolve("report.md"));
        return ExitCodes.OK;
    }
}
