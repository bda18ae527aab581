package org.policylens.cli;

import org.policylens.export.FactSink;
import org.policylens.index.CorpusIndex;
import org.policylens.ingest.IngestLimits;
import org.policylens.model.IngestOutcome;
import org.policylens.pipeline.FactsJob;
import org.policylens.pipeline.Pipeline;
import picocli.CommandLine.ArgGroup;
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

@Command(name = "facts", mixinStandardHelpOptions = true,
        description = {"Extract facts (DATE, NUMBER, MONEY, PERCENT, ACT, PROGRAM) from files without indexing,",
                "or export every fact stored in an index (--index DIR)."})
final class FactsCommand implements Callable<Integer> {
    enum Format { csv, jsonl }

    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions common;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read.")
        List<Path> paths;
        @Option(names = "--index", paramLabel = "DIR", description = "Export the facts stored in this index instead.")
        Path indexDir;
    }

    @Option(names = "--csv", paramLabel = "FILE", description = "Where to write the facts (default: standard output).")
    Path output;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", description = "csv or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;
    @Option(names = "--excel", description = "CSV for spreadsheets: a UTF-8 byte-order mark, and formula-like cells escaped with a leading '.")
    boolean excel;
    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", description = "Give up on a file whose parsing takes longer (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FactsJob.Counts counts;
        try (FactSink sink = FactSink.open(output, out, format == Format.jsonl, excel)) {
            if (source.indexDir != null) {
                try (CorpusIndex index = Indexes.openForReading(source.indexDir)) {
                    index.forEachFact(sink::accept);
                }
                counts = new FactsJob.Counts(sink.documents(), sink.count(), List.of());
            } else {
                Inputs.requireExisting(source.paths);
                Pipeline pipeline = Pipeline.standard(IngestLimits.DEFAULTS.withTimeout(java.time.Duration.ofSeconds(timeoutSeconds)), Inputs.threads(null));
                counts = new FactsJob(pipeline).run(source.paths, sink);
            }
        }
        for (IngestOutcome.Failed f : counts.failures()) {
            err.println("policylens: failed: " + f.path() + ": " + f.reason());
        }
        err.flush();
        if (output != null) {
            out.printf("%d facts from %d document(s) written to %s%n", counts.facts(), counts.documents(), output);
        }
        return counts.failures().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
    }
}
