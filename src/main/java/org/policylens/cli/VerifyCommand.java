package org.policylens.cli;

import org.policylens.export.HtmlReportWriter;
import org.policylens.export.VerificationCsvWriter;
import org.policylens.export.VerificationJsonWriter;
import org.policylens.index.CorpusIndex;
import org.policylens.ingest.ContentHash;
import org.policylens.ingest.FileWalker;
import org.policylens.ingest.IngestLimits;
import org.policylens.ingest.WalkResult;
import org.policylens.model.ParseResult;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check articles' facts against the indexed sources.",
                "Each fact is SUPPORTED, CONTRADICTED or NOT_FOUND, with its best evidence passage and the reason. "
                        + "Indexed copies of an article (other formats, other versions) and the other articles of "
                        + "the run are never evidence. Also checks each article against itself (dangling [n] "
                        + "markers, acts cited inconsistently)."})
final class VerifyCommand implements Callable<Integer> {
    enum Format { text, json }

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

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "ARTICLE",
            description = "Articles or folders of articles, in any format policylens reads.")
    List<Path> articles;
    @Option(names = "--index", paramLabel = "DIR", defaultValue = "index", description = "Index of the sources (default: ${DEFAULT-VALUE}).")
    Path indexDir;
    @Option(names = "--csv", paramLabel = "FILE", description = "Write the verdicts of every article as one CSV.")
    Path csv;
    @Option(names = "--html", paramLabel = "FILE", description = "Write a readable HTML report (one section per article).")
    Path html;
    @Option(names = "--excel", description = "CSV for spreadsheets (byte-order mark, formula-like cells escaped).")
    boolean excel;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "What to print: text (a summary per article) or json (every verdict). Default: ${DEFAULT-VALUE}.")
    Format format;
    @Option(names = "--exclude", paramLabel = "FILE", arity = "1..*",
            description = "Indexed files that must not count as evidence (other articles, drafts); matched by content.")
    List<Path> excluded = List.of();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Inputs.requireExisting(articles);
        Inputs.requireExisting(excluded);
        Set<String> excludedHashes = new HashSet<>();
        for (Path p : excluded) {
            excludedHashes.add(ContentHash.of(p));
        }
        WalkResult walked = new FileWalker().walk(articles);
        int failed = 0;
        for (ParseResult.Failed f : walked.failures()) {
            err.println("policylens: failed: " + Terminal.path(f.path()) + ": " + Terminal.escape(f.reason()));
            failed++;
        }
        if (walked.files().isEmpty()) {
            throw new UsageException("no article files in " + articles);
        }
        List<VerifyJob.Outcome> outcomes;
        try (CorpusIndex index = Indexes.openForReading(indexDir, backend);
             Pipeline pipeline = Pipeline.standard(IngestLimits.DEFAULTS, ocr.toOptions(), 1, isolation.parsing())) {
            outcomes = new VerifyJob(pipeline).runAll(walked.files(), index, excludedHashes);
        }
        List<VerifyJob.Result> results = new ArrayList<>();
        for (VerifyJob.Outcome outcome : outcomes) {
            if (outcome instanceof VerifyJob.Unreadable u) {
                err.println("policylens: failed: " + Terminal.path(u.path()) + ": " + Terminal.escape(u.reason()));
                failed++;
            } else {
                results.add(((VerifyJob.Verified) outcome).result());
            }
        }
        writeReports(results, csv, html, excel);
        if (format == Format.json) {
            new VerificationJsonWriter().write(results.stream().map(VerifyJob.Result::report).toList(), out);
        } else {
            for (VerifyJob.Result r : results) {
                VerificationSummary.print(out, r.report(), null, null);
            }
            VerificationSummary.printOutputs(out, csv, html);
        }
        err.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
    }

    static void writeReports(List<VerifyJob.Result> results, Path csv, Path html, boolean excel) throws java.io.IOException {
        if (csv != null) {
            OutputFiles.createParent(csv);
            new VerificationCsvWriter(excel).write(results.stream().map(VerifyJob.Result::report).toList(), csv);
        }
        if (html != null) {
            OutputFiles.createParent(html);
            new HtmlReportWriter().write(results.stream()
                    .map(r -> new HtmlReportWriter.Article(r.article(), r.report())).toList(), html);
        }
    }
}
