package org.policylens.pipeline;

import org.policylens.index.CorpusIndex;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.Fact;
import org.policylens.model.ParseResult;
import org.policylens.verify.VerificationReport;
import org.policylens.verify.Verifier;

import java.nio.file.Path;
import java.util.List;
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

    /** As {@link #run(Path, CorpusIndex)}, never taking evidence from documents with the given content hashes. */
    public Outcome run(Path article, CorpusIndex index, Set<String> excludedSources) {
        return run(article, new DocumentId(article.normalize().toString().replace('\\', '/')), index, excludedSources);
    }

    /** As {@link #run(Path, CorpusIndex, Set)}, naming the article {@code id} (an upload's name, not its temporary file). */
    public Outcome run(Path article, DocumentId id, CorpusIndex index, Set<String> excludedSources) {
        ParseResult parsed = pipeline.ingester().ingest(article, id);
        if (parsed instanceof ParseResult.Failed f) {
            return new Unreadable(article, f.reason());
        }
        Document document = ((ParseResult.Parsed) parsed).document();
        List<Fact> facts = pipeline.extractor().extract(document);
        return new Verified(new Result(document, facts, new Verifier(index, excludedSources).report(document, facts)));
    }
}
