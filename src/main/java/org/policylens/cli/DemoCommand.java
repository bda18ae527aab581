package org.policylens.cli;

import org.policylens.export.FactsCsvWriter;
import org.policylens.export.FactSink;
import org.policylens.index.CorpusIndex;
import org.policylens.index.IncompatibleIndexException;
import org.policylens.ingest.ContentHash;
import org.policylens.ingest.FileWalker;
import org.policylens.ingest.IngestLimits;
import org.policylens.model.FactType;
import org.policylens.model.IngestOutcome;
import org.policylens.pipeline.CommitPolicy;
import org.policylens.pipeline.IndexJob;
import org.policylens.pipeline.Pipeline;
import org.policylens.pipeline.VerifyJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the whole pipeline on the shipped corpus.",
                "Indexes corpus/ into index/, exports every fact to out/facts.csv, verifies the sample article(s) in corpus/articles/ into out/verification.csv and out/verification.html, and prints a summary."})
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions common;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus", description = "Corpus to index (default: ${DEFAULT-VALUE}).")
    Path corpus;
    @Option(names = "--index", paramLabel = "DIR", defaultValue = "index", description = "Index directory (default: ${DEFAULT-VALUE}).")
    Path indexDir;
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path outDir;
    @Option(names = "--rebuild", description = "Build the index anew, e.g. after an upgrade changed its format: only a policylens index is replaced, nothing else is deleted.")
    boolean rebuild;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(corpus)) {
            throw new UsageException("no corpus directory at " + corpus + " (run demo from the repository root, or give --corpus DIR)");
        }
        long t0 = System.nanoTime();
        Files.createDirectories(outDir);
        Pipeline pipeline = Pipeline.standard(IngestLimits.DEFAULTS, Inputs.threads(null));
        List<Path> articles = articles(corpus.resolve("articles"));
        IndexSummary indexed;
        Map<FactType, Integer> perType = new EnumMap<>(FactType.class);
        List<VerifyJob.Outcome> verified = new ArrayList<>();
        try (CorpusIndex index = openIndex()) {
            List<IngestOutcome> outcomes = new IndexJob(pipeline, index, CommitPolicy.DEFAULT).run(List.of(corpus), true);
            indexed = IndexSummary.of(outcomes);
            indexed.printFailures(err);
            Path factsCsv = outDir.resolve("facts.csv");
            try (Writer w = Files.newBufferedWriter(factsCsv, StandardCharsets.UTF_8);
                 FactSink sink = new FactsCsvWriter(false).open(w)) {
                index.forEachFact(f -> {
                    perType.merge(f.type(), 1, Integer::sum);
                    sink.accept(f);
                });
            }
            // articles are checked against the sources, never against each other (nor their copies)
            verified.addAll(new VerifyJob(pipeline).runAll(articles, index, Set.of()));
        }
        out.printf("Indexed %s: %d new or changed, %d unchanged, %d removed, %d failed%n", corpus,
                indexed.indexed(), indexed.unchanged(), indexed.removed(), indexed.failed());
        out.println("Facts (" + outDir.resolve("facts.csv") + "): " + describe(perType));
        int failed = indexed.failed();
        for (int i = 0; i < verified.size(); i++) {
            VerifyJob.Outcome outcome = verified.get(i);
            if (outcome instanceof VerifyJob.Unreadable u) {
                err.println("policylens: failed: " + Terminal.path(u.path()) + ": " + Terminal.escape(u.reason()));
                failed++;
                continue;
            }
            String suffix = i == 0 ? "" : "-" + stem(articles.get(i));
            Path csv = outDir.resolve("verification" + suffix + ".csv");
            Path html = outDir.resolve("verification" + suffix + ".html");
            VerifyJob.Result result = ((VerifyJob.Verified) outcome).result();
            VerifyCommand.writeReports(List.of(result), csv, html, false);
            VerificationSummary.print(out, result.report(), csv, html);
        }
        if (articles.isEmpty()) {
            out.println("No articles under " + corpus.resolve("articles") + ": nothing to verify.");
        }
        out.printf("Done in %.1f s.%n", (System.nanoTime() - t0) / 1e9);
        return failed > 0 ? ExitCodes.SOME_INPUTS_FAILED : ExitCodes.OK;
    }

    /** The demo's index; one written by an older build is an error that names the demo's own way out. */
    private CorpusIndex openIndex() {
        try {
            return Indexes.openForWriting(indexDir, rebuild);
        } catch (IncompatibleIndexException e) {
            throw new UsageException(e.getMessage().replace("`index --rebuild`", "`policylens demo --rebuild`"));
        }
    }

    private static List<Path> articles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        return new FileWalker().walk(List.of(dir)).files();
    }

    private static String describe(Map<FactType, Integer> perType) {
        StringBuilder sb = new StringBuilder();
        int total = 0;
        for (FactType t : FactType.values()) {
            int n = perType.getOrDefault(t, 0);
            total += n;
            sb.append(t).append(' ').append(n).append(", ");
        }
        return sb.append("total ").append(total).toString();
    }

    private static String stem(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
