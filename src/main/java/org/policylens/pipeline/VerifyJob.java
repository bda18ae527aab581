package org.policylens.pipeline;

import org.policylens.budget.Budget;
import org.policylens.budget.Watchdog;
import org.policylens.index.CorpusIndex;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.Fact;
import org.policylens.model.ParseResult;
import org.policylens.verify.CopyFinder;
import org.policylens.verify.VerificationReport;
import org.policylens.verify.Verifier;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads an article (any format the ingest stage reads), extracts its facts and checks them against the index. */
public final class VerifyJob {
    private final Pipeline pipeline;

    public VerifyJob(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public record Result(Document article, List<Fact> facts, VerificationReport report) {
    }

    /** The verdicts, or the one-line reason the article could not be read. */
    public sealed interface Outcome permits Verified, Unreadable {
    }

    public record Verified(Result result) implements Outcome {
    }

    public record Unreadable(Path path, String reason) implements Outcome {
    }

    public Outcome run(Path article, CorpusIndex index) {
        return run(article, index, Set.of());
    }

    /**
     * Verifies several articles in one run. The articles of a run are the claims under test, not sources: none
     * of them, nor any indexed copy of one (see {@link CopyFinder}), is evidence for another. Outcomes in the
     * order of the paths.
     */
    public List<Outcome> runAll(List<Path> articles, CorpusIndex index, Set<String> excludedSources) {
        CopyFinder copies = new CopyFinder(index);
        List<Outcome> out = new ArrayList<>();
        List<Document> parsed = new ArrayList<>();
        Map<Document, Set<String>> hashes = new IdentityHashMap<>();
        for (Path article : articles) {
            // each article's reading, then its verification, runs under a budget of the file's size
            ParseResult result = Watchdog.<ParseResult>run(Budget.startingNow(pipeline.fileBudget()),
                    () -> pipeline.ingester().ingest(article, idOf(article)),
                    reason -> new ParseResult.Failed(article, reason));
            if (result instanceof ParseResult.Failed f) {
                out.add(new Unreadable(article, f.reason()));
                parsed.add(null);
                continue;
            }
            Document d = ((ParseResult.Parsed) result).document();
            parsed.add(d);
            out.add(null);
            Set<String> own = new HashSet<>();
            if (!d.contentHash().isBlank()) {
                own.add(d.contentHash());
            }
            copies.copiesOf(d).forEach(c -> own.add(c.contentHash()));
            hashes.put(d, own);
        }
        // the facts of every article first: a copy of one that its signature misses is known by restating them
        List<List<Fact>> factsOf = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            Document d = parsed.get(i);
            int at = i;
            // an article out of time or memory while extracting is unreadable (null facts), as it is verifying
            List<Fact> facts = d == null ? List.of() : Watchdog.<List<Fact>>run(
                    Budget.startingNow(pipeline.fileBudget()), () -> pipeline.extractor().extract(d), reason -> {
                        out.set(at, new Unreadable(articles.get(at), reason));
                        return null;
                    });
            factsOf.add(facts);
        }
        for (int i = 0; i < parsed.size(); i++) {
            Document d = parsed.get(i);
            List<Fact> facts = factsOf.get(i);
            if (d == null || facts == null) {
                continue;
            }
            List<List<Fact>> others = new ArrayList<>();
            for (int j = 0; j < parsed.size(); j++) {
                if (j != i && factsOf.get(j) != null && !factsOf.get(j).isEmpty()) {
                    others.add(factsOf.get(j));
                }
            }
            Set<String> exclude = new HashSet<>(excludedSources);
            hashes.forEach((other, h) -> {
                if (other != d) {
                    exclude.addAll(h);
                }
            });
            exclude.removeAll(hashes.get(d)); // its own copies are excluded (and reported) by the verifier
            Path article = articles.get(i);
            out.set(i, Watchdog.<Outcome>run(Budget.startingNow(pipeline.fileBudget()),
                    () -> new Verified(new Result(d, facts, new Verifier(index, exclude, copies, others).report(d, facts))),
                    reason -> new Unreadable(article, reason)));
        }
        return out;
    }

    private static DocumentId idOf(Path article) {
        return new DocumentId(article.normalize().toString().replace('\\', '/'));
    }

    /** As {@link #run(Path, CorpusIndex)}, never taking evidence from documents with the given content hashes. */
    public Outcome run(Path article, CorpusIndex index, Set<String> excludedSources) {
        return run(article, idOf(article), index, excludedSources, new CopyFinder(index));
    }

    /** As {@link #run(Path, CorpusIndex, Set)}, naming the article {@code id} (an upload's name, not its temporary file). */
    public Outcome run(Path article, DocumentId id, CorpusIndex index, Set<String> excludedSources) {
        return run(article, id, index, excludedSources, new CopyFinder(index));
    }

    /**
     * As above, with a copy finder shared by the articles of one run (it reads the index's signatures once).
     * Reading, extraction and verification share the article's budget; out of time or memory, it is unreadable.
     */
    public Outcome run(Path article, DocumentId id, CorpusIndex index, Set<String> excludedSources, CopyFinder copies) {
        return Watchdog.<Outcome>run(Budget.startingNow(pipeline.fileBudget()), () -> {
            ParseResult parsed = pipeline.ingester().ingest(article, id);
            if (parsed instanceof ParseResult.Failed f) {
                return new Unreadable(article, f.reason());
            }
            Document document = ((ParseResult.Parsed) parsed).document();
            List<Fact> facts = pipeline.extractor().extract(document);
            return new Verified(new Result(document, facts,
                    new Verifier(index, excludedSources, copies).report(document, facts)));
        }, reason -> new Unreadable(article, reason));
    }
}
