package org.policylens.eval;

import org.policylens.extract.act.ActIds;
import org.policylens.index.CorpusIndex;
import org.policylens.index.LuceneCorpusIndex;
import org.policylens.model.Evidence;
import org.policylens.model.IngestOutcome;
import org.policylens.model.Verdict;
import org.policylens.pipeline.IndexJob;
import org.policylens.pipeline.Pipeline;
import org.policylens.pipeline.VerifyJob;
import org.policylens.verify.ClaimedValues;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Verification measured on labelled claims of real articles (see {@code src/test/resources/verify-real/README.md}):
 * indexes the root's {@code corpus/} into a temporary index, verifies every labelled article against it and
 * matches its claims to the labels by type and value in article order (a labelled claim the extractor does not
 * find counts as wrong). Any SUPPORTED or CONTRADICTED verdict citing a file of {@code corpus/copies/} or
 * {@code corpus/distractors/} is a forbidden citation, labelled claim or not.
 */
public final class VerifyEvaluator {
    public static final String COPIES = "copies";
    public static final String DISTRACTORS = "distractors";
    private final Pipeline pipeline;

    public VerifyEvaluator(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Evaluates the label files of the given splits (all when empty). The temporary index is deleted after. */
    public VerifyEvalReport evaluate(Path root, Set<String> splits) {
        List<ClaimLabels> all = ClaimLabels.readAll(root);
        Path temp = null;
        try {
            temp = Files.createTempDirectory("policylens-verify-eval");
            try (CorpusIndex index = LuceneCorpusIndex.open(temp.resolve("index"), ActIds::canonical)) {
                List<IngestOutcome> outcomes = new IndexJob(pipeline, index, 1000)
                        .run(List.of(root.resolve("corpus")), false);
                List<String> failed = new ArrayList<>(outcomes.stream().filter(o -> !(o instanceof IngestOutcome.Indexed)
                        && !(o instanceof IngestOutcome.Unchanged)).map(Object::toString).toList());
                // every labelled article is verified in one run, as `verify` does with a folder of articles: the
                // articles (and their copies) are the claims under test, never each other's evidence
                List<VerifyJob.Outcome> verified = new VerifyJob(pipeline).runAll(
                        all.stream().map(l -> root.resolve(l.article())).toList(), index, Set.of());
                Map<String, VerifyEvalReport.Split> bySplit = new LinkedHashMap<>();
                for (int i = 0; i < all.size(); i++) {
                    ClaimLabels labels = all.get(i);
                    if (!splits.isEmpty() && !splits.contains(labels.split())) {
                        continue;
                    }
                    VerifyEvalReport.Split split = bySplit.computeIfAbsent(labels.split(), VerifyEvalReport.Split::new);
                    if (verified.get(i) instanceof VerifyJob.Unreadable u) {
                        failed.add(u.path() + ": " + u.reason());
                        continue;
                    }
                    score(labels, ((VerifyJob.Verified) verified.get(i)).result(), split);
                }
                return new VerifyEvalReport(List.copyOf(bySplit.values()), failed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot evaluate " + root + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void score(ClaimLabels labels, VerifyJob.Result result, VerifyEvalReport.Split split) {
        List<Verdict> verdicts = result.report().verdicts();
        split.copiesExcluded += result.report().copies().size();
        Set<Verdict> used = new HashSet<>();
        String article = labels.article();
        for (ClaimLabels.Label label : labels.rows()) {
            Verdict match = verdicts.stream()
                    .filter(v -> !used.contains(v))
                    .filter(v -> v.claim().fact().type().name().equals(label.type()))
                    .filter(v -> key(ClaimedValues.format(v.claim().fact())).equals(key(label.value())))
                    .findFirst().orElse(null);
            if (match != null) {
                used.add(match);
            }
            split.add(article, label, match);
        }
        for (Verdict v : verdicts) {
            Evidence e = evidenceOf(v);
            if (e != null && (cites(e, COPIES) || cites(e, DISTRACTORS))) {
                split.forbidden.add(article + ": " + v.label() + " " + v.claim().fact().type() + " "
                        + ClaimedValues.format(v.claim().fact()) + " cites " + e.document().value());
            }
            if (!used.contains(v) && v instanceof Verdict.Supported) {
                split.unlabelledSupported.add(article + ": " + v.claim().fact().type() + " "
                        + ClaimedValues.format(v.claim().fact()) + " (" + v.claim().fact().text() + ") by "
                        + e.document().value());
            }
        }
    }

    static Evidence evidenceOf(Verdict v) {
        if (v instanceof Verdict.Supported s) {
            return s.evidence();
        }
        return v instanceof Verdict.Contradicted c ? c.evidence() : null;
    }

    private static boolean cites(Evidence e, String folder) {
        String d = "/" + e.document().value().replace('\\', '/');
        return d.contains("/" + folder + "/");
    }

    /** Values compare without case, spacing, dashes or quotes ("Digital Uzbekistan – 2030" = "Digital Uzbekistan 2030"). */
    static String key(String value) {
        return value.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}@./]", "");
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            });
        } catch (IOException e) {
            // as above
        }
    }
}
