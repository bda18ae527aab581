package org.policylens.cli;

import org.policylens.export.HtmlReportWriter;
import org.policylens.export.VerificationCsvWriter;
import org.policylens.index.CorpusIndex;
import org.policylens.ingest.ContentHash;
import org.policylens.ingest.IngestLimits;
import org.policylens.pipeline.Pipeline;
import org.policylens.pipeline.VerifyJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check an article's facts against the indexed sources.",
                "Each fact is SUPPORTED, CONTRADICTED or NOT_FOUND, with its best evidence passage. Also checks the article against itself (dangling [n] markers, acts cited inconsistently)."})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions common;
    @Mixin
    OcrCliOptions ocr;

    @Parameters(index = "0", paramLabel = "ARTICLE", description = "The article, in any format policylens reads.")
    Path article;
    @Option(names = "--index", paramLabel = "DIR", defaultValue = "index", description = "Index of the sources (default: ${DEFAULT-VALUE}).")
    Path indexDir;
    @Option(names = "--csv", paramLabel = "FILE", description = "Write the verdicts as CSV.")
    Path csv;
    @Option(names = "--html", paramLabel = "FILE", description = "Write a readable HTML report.")
    Path html;
    @Option(names = "--excel", description = "CSV for spreadsheets (byte-order mark, formula-like cells escaped).")
    boolean excel;
    @Option(names = "--exclude", paramLabel = "FILE", arity = "1..*",
            description = "Indexed files that must not count as evidence (other articles, drafts); matched by content.")
    List<Path> excluded = List.of();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Inputs.requireExisting(List.of(article));
        Inputs.requireExisting(excluded);
        Set<String> excludedHashes = new HashSet<>();
        for (Path p : excluded) {
            excludedHashes.add(ContentHash.of(p));
        }
        VerifyJob.Outcome outcome;
        try (CorpusIndex index = Indexes.openForReading(indexDir)) {
            outcome = new VerifyJob(Pipeline.standard(IngestLimits.DEFAULTS, ocr.toOptions(), 1)).run(article, index, excludedHashes);
        }
        if (outcome instanceof VerifyJob.Unreadable u) {
            err.println("policylens: failed: " + Terminal.path(u.path()) + ": " + Terminal.escape(u.reason()));
            return ExitCodes.SOME_INPUTS_FAILED;
        }
        VerifyJob.Result result = ((VerifyJob.Verified) outcome).result();
        writeReports(result, csv, html, excel);
        VerificationSummary.print(out, result.report(), csv, html);
        return ExitCodes.OK;
    }

    static void writeReports(VerifyJob.Result result, Path csv, Path html, boolean excel) throws java.io.IOException {
        if (csv != null) {
            OutputFiles.createParent(csv);
            new VerificationCsvWriter(excel).write(result.report(), csv);
        }
        if (html != null) {
            OutputFiles.createParent(html);
            new HtmlReportWriter().write(result.article(), result.report(), html);
        }
    }
}
