package org.policylens.cli;

import org.policylens.export.FactExporter;
import org.policylens.export.FactSink;
import org.policylens.export.FactsCsvWriter;
import org.policylens.export.FactsJsonlWriter;
import org.policylens.index.CorpusIndex;
import org.policylens.model.DocumentId;
import org.policylens.model.Fact;
import org.policylens.ingest.IngestLimits;
import org.policylens.ingest.OcrOptions;
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
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

@Command(name = "facts", mixinStandardHelpOptions = true,
        description = {"Extract the facts of files, or export those of an index.",
                "Facts are DATE, NUMBER, MONEY, PERCENT, ACT and PROGRAM, normalized as the README says. Without --index the files are read but not indexed."})
final class FactsCommand implements Callable<Integer> {
    enum Format { csv, jsonl }

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

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read.")
        List<Path> paths;
        @Option(names = "--index", paramLabel = "DIR", arity = "0..1", fallbackValue = "index",
                description = "Export the facts stored in this index instead (DIR defaults to index; with --backend solr, the collection's).")
        Path indexDir;
    }

    @Option(names = "--csv", paramLabel = "FILE", description = "Where to write the facts (default: standard output).")
    Path output;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", description = "csv or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;
    @Option(names = "--excel", description = "CSV for spreadsheets: a UTF-8 byte-order mark, and formula-like cells escaped with a leading '.")
    boolean excel;
    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", description = "Give up on a file whose whole work (parse, extraction, indexing) takes longer (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (excel && format == Format.jsonl) {
            throw new UsageException("--excel applies to CSV only");
        }
        OcrOptions ocrOptions = ocr.toOptions();   // checked before anything is written
        FactExporter exporter = format == Format.jsonl ? new FactsJsonlWriter() : new FactsCsvWriter(excel);
        // every argument is checked and the index opened before the first byte of output
        CorpusIndex index = null;
        Pipeline pipeline = null;
        if (source.indexDir != null) {
            index = Indexes.openForReading(source.indexDir, backend);
        } else {
            Inputs.requireExisting(source.paths);
            pipeline = Pipeline.standard(IngestLimits.DEFAULTS.withTimeout(Inputs.timeout(timeoutSeconds)),
                    ocrOptions, Inputs.threads(null), isolation.parsing());
        }
        Set<DocumentId> documents = new HashSet<>();
        long[] facts = {0};
        List<IngestOutcome.Failed> failures = List.of();
        try (CorpusIndex stored = index; Pipeline reading = pipeline) {
            if (output != null) {
                OutputFiles.createParent(output);
            }
            try (Writer target = output == null ? new NonClosingWriter(out) : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
                 FactSink sink = exporter.open(target)) {
                Consumer<Fact> counting = f -> {
                    documents.add(f.document());
                    facts[0]++;
                    sink.accept(f);
                };
                if (stored != null) {
                    stored.forEachFact(counting);
                } else {
                    failures = new FactsJob(pipeline).run(source.paths, counting);
                }
            }
        }
        for (IngestOutcome.Failed f : failures) {
            err.println("policylens: failed: " + Terminal.escape(f.path()) + ": " + Terminal.escape(f.reason()));
        }
        err.flush();
        if (output != null) {
            out.printf("%d facts from %d document(s) written to %s%n", facts[0], documents.size(), output);
        }
        return failures.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
    }
}
