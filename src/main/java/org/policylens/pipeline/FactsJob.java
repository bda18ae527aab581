package org.policylens.pipeline;

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

/** Extracts the facts of files without indexing them, in path order, file by file. */
public final class FactsJob {
    private final Pipeline pipeline;

    public FactsJob(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Sends every fact to the sink; returns the files that could not be read. */
    public List<IngestOutcome.Failed> run(List<Path> roots, Consumer<Fact> sink) {
        WalkResult walk = new FileWalker().walk(roots);
        List<IngestOutcome.Failed> failures = new ArrayList<>();
        DocumentIds ids = new DocumentIds(roots);
        walk.failures().forEach(f -> failures.add(new IngestOutcome.Failed(ids.of(f.path()).value(), f.reason())));
        for (Path file : walk.files()) {
            DocumentId id = ids.of(file);
            ParseResult result = pipeline.ingester().ingest(file, id);
            if (result instanceof ParseResult.Failed f) {
                failures.add(new IngestOutcome.Failed(id.value(), f.reason()));
                continue;
            }
            Document document = ((ParseResult.Parsed) result).document();
            pipeline.extractor().extract(document).forEach(sink);
        }
        return failures;
    }
}
