package org.policylens.cli;

import org.policylens.export.IngestReportWriter;
import org.policylens.index.CorpusIndex;
import org.policylens.ingest.IngestLimits;
import org.policylens.model.IngestOutcome;
import org.policylens.pipeline.CommitPolicy;
import org.policylens.pipeline.IndexJob;
import org.policylens.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Ingest files and directories (recursively) into the index.",
                "Incremental: unchanged files (same content hash) are skipped, changed ones replaced, files gone from an indexed root removed. Failed files are listed and the run goes on."})
final class IndexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions common;
    @Mixin
    BackendOptions backend;
    @Mixin
    OcrCliOptions ocr;
    @Mixin
    IsolationOption isolation;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to index.")
    List<Path> paths;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "index", description = "Index directory (default: ${DEFAULT-VALUE}).")
    Path indexDir;

    @Option(names = "--report", paramLabel = "FILE", description = "Write the ingest report CSV (path,status,media_type,language,chars,error).")
    Path report;

    @Option(names = "--rebuild", description = "Build the index anew in place of the old one: only a policylens index is replaced, nothing else is deleted.")
    boolean rebuild;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", description = "Give up on a file whose whole work (parse, extraction, indexing) takes longer (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--excel", description = "Report CSV for spreadsheets: a UTF-8 byte-order mark, and formula-like cells escaped with a leading '.")
    boolean excel;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Inputs.requireExisting(paths);
        if (excel && report == null) {
            throw new UsageException("--excel applies to the --report CSV: give --report FILE");
        }
        long t0 = System.nanoTime();
        List<IngestOutcome> outcomes;
        try (Pipeline pipeline = Pipeline.standard(IngestLimits.DEFAULTS.withTimeout(Inputs.timeout(timeoutSeconds)),
                ocr.toOptions(), Inputs.threads(threads), isolation.parsing());
             CorpusIndex index = Indexes.openForWriting(indexDir, rebuild, backend)) {
            outcomes = new IndexJob(pipeline, index, CommitPolicy.DEFAULT).run(paths, true);
        }
        if (report != null) {
            new IngestReportWriter(excel).write(report, outcomes);
        }
        IndexSummary summary = IndexSummary.of(outcomes);
        summary.printFailures(err);
        out.printf("indexed %d, unchanged %d, removed %d, failed %d in %.1f s (index: %s)%n",
                summary.indexed(), summary.unchanged(), summary.removed(), summary.failed(),
                (System.nanoTime() - t0) / 1e9, backend.describe(indexDir));
        if (report != null) {
            out.println("report: " + report);
        }
        return summary.failed() > 0 ? ExitCodes.SOME_INPUTS_FAILED : ExitCodes.OK;
    }
}
