package org.policylens.cli;

import org.policylens.eval.EvalReport;
import org.policylens.eval.Evaluator;
import org.policylens.eval.GoldFile;
import org.policylens.eval.VerifyEvalReport;
import org.policylens.eval.VerifyEvaluator;
import org.policylens.extract.StandardExtractors;
import org.policylens.ingest.IngestLimits;
import org.policylens.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score the fact extractor against the annotated gold files, or (--verify) verification against labelled claims.",
                "Extraction: precision, recall and F1 per fact type and language, with misses and false positives.",
                "The real-document gold (gold/real/dev, gold/real/heldout; '# lines: all') is read through the ingester",
                "and reported per split, language and origin.",
                "--verify DIR: indexes DIR/corpus into a temporary index, verifies the labelled articles and reports "
                        + "precision and recall of SUPPORTED and CONTRADICTED and accuracy per split, and any verdict citing "
                        + "a copy of an article or a distractor."})
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions common;

    @Option(names = "--gold", paramLabel = "DIR", defaultValue = "src/test/resources/gold", description = "Gold files (default: ${DEFAULT-VALUE}).")
    Path goldDir;
    @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared", description = "Where the annotated sources live (default: ${DEFAULT-VALUE}).")
    Path sharedRoot;
    @Option(names = "--show", paramLabel = "N", defaultValue = "10", description = "Misses and false positives to list per passage (default: ${DEFAULT-VALUE}).")
    int show;
    @Option(names = "--heldout-totals", description = "For the held-out real documents (and with --verify the held-out claims) print only the score "
            + "tables, no misses, false positives or wrong verdicts.")
    boolean heldoutTotals;

    @Option(names = "--verify", paramLabel = "DIR", description = "Evaluate verification on the labelled claims under DIR (e.g. src/test/resources/verify-real).")
    Path verifyDir;
    @Option(names = "--split", paramLabel = "NAME", split = ",", description = "With --verify: only these splits (dev, heldout); default all.")
    List<String> splits = List.of();

    @Override
    public Integer call() throws Exception {
        if (verifyDir != null) {
            if (!Files.isDirectory(verifyDir.resolve("labels")) || !Files.isDirectory(verifyDir.resolve("corpus"))) {
                throw new UsageException("no labels/ and corpus/ under " + verifyDir);
            }
            VerifyEvalReport report = new VerifyEvaluator(Pipeline.standard(IngestLimits.DEFAULTS, 2))
                    .evaluate(verifyDir, Set.copyOf(splits));
            spec.commandLine().getOut().println(report.render(show, heldoutTotals));
            return report.failures().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
        }
        if (!Files.isDirectory(goldDir)) {
            throw new UsageException("no gold directory at " + goldDir + " (run from the repository root, or give --gold DIR)");
        }
        if (!Files.isDirectory(sharedRoot)) {
            throw new UsageException("the annotated sources are not at " + sharedRoot + " (give --shared DIR)");
        }
        List<GoldFile> golds = GoldFile.readTree(goldDir);
        EvalReport report = new Evaluator(StandardExtractors.create()).evaluate(golds, sharedRoot);
        spec.commandLine().getOut().println(report.render(show, heldoutTotals));
        return ExitCodes.OK;
    }
}
