package org.policylens.pipeline;

import org.policylens.budget.Budget;
import org.policylens.ingest.FileWalker;
import org.policylens.ingest.WalkResult;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.Fact;
import org.policylens.model.IngestOutcome;
import org.policylens.model.ParseResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Extracts the facts of files without indexing them, in path order, file by file. Each file's work runs under its
 * own {@link Budget}; a file out of time or memory fails alone, and its facts go to the sink only once it is done,
 * so the output never holds part of a failed file.
 */
public final class FactsJob {
    private final Pipeline pipeline;

    public FactsJob(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** What one file gave: its facts, or the one-line reason it failed. */
    private sealed interface FileFacts permits Extracted, Failed {
    }

    private record Extracted(List<Fact> facts) implements FileFacts {
    }

    private record Failed(String reason) implements FileFacts {
    }

    /** Sends every fact to the sink; returns the files that could not be read. */
    public List<IngestOutcome.Failed> run(List<Path> roots, Consumer<Fact> sink) {
        WalkResult walk = new FileWalker().walk(roots);
        List<IngestOutcome.Failed> failures = new ArrayList<>();
        DocumentIds ids = new DocumentIds(roots);
        walk.failures().forEach(f -> failures.add(new IngestOutcome.Failed(ids.of(f.path()).value(), f.reason())));
        for (Path file : walk.files()) {
            DocumentId id = ids.of(file);
            FileFacts result = Timed.underWatchdog(Budget.startingNow(pipeline.fileBudget()), () -> extract(file, id),
                    Failed::new);
            if (result instanceof Failed f) {
                failures.add(new IngestOutcome.Failed(id.value(), f.reason()));
            } else {
                ((Extracted) result).facts().forEach(sink);
            }
        }
        return failures;
    }

    private FileFacts extract(Path file, DocumentId id) {
        ParseResult result = pipeline.ingester().ingest(file, id);
        if (result instanceof ParseResult.Failed f) {
            return new Failed(f.reason());
        }
        Document document = ((ParseResult.Parsed) result).document();
        return new Extracted(pipeline.extractor().extract(document));
    }
}
