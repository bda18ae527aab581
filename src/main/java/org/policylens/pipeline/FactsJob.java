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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Extracts the facts of files without indexing them, in path order, on the pipeline's threads. Each file's work
 * runs under its own {@link Budget}; a file out of time or memory fails alone, and its facts go to the sink only once
 * it is done, so the output never holds part of a failed file.
 */
public final class FactsJob {
    /** Files a worker may be ahead of the one being written. */
    private static final int AHEAD_PER_THREAD = 4;
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

    /**
     * Sends every fact to the sink, file by file in path order; returns the files that could not be read. Files are
     * extracted on {@link Pipeline#threads()} threads, at most a few per thread ahead of the file being written, so
     * the facts held at once stay those of a few files.
     */
    public List<IngestOutcome.Failed> run(List<Path> roots, Consumer<Fact> sink) {
        WalkResult walk = new FileWalker().walk(roots);
        List<IngestOutcome.Failed> failures = new ArrayList<>();
        DocumentIds ids = new DocumentIds(roots);
        walk.failures().forEach(f -> failures.add(new IngestOutcome.Failed(ids.of(f.path()).value(), f.reason())));
        List<Path> files = walk.files();
        int threads = Math.max(1, Math.min(pipeline.threads(), files.size()));
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "facts-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            int window = threads * AHEAD_PER_THREAD;
            Deque<Future<FileFacts>> pending = new ArrayDeque<>();
            int submitted = 0;
            for (int written = 0; written < files.size(); written++) {
                while (submitted < files.size() && submitted < written + window) {
                    Path file = files.get(submitted++);
                    DocumentId id = ids.of(file);
                    pending.add(workers.submit(() -> Timed.underWatchdog(Budget.startingNow(pipeline.fileBudget()),
                            () -> extract(file, id), Failed::new)));
                }
                FileFacts result = take(pending.removeFirst());
                if (result instanceof Failed f) {
                    failures.add(new IngestOutcome.Failed(ids.of(files.get(written)).value(), f.reason()));
                } else {
                    ((Extracted) result).facts().forEach(sink);
                }
            }
        } finally {
            workers.shutdownNow();
        }
        return failures;
    }

    private static FileFacts take(Future<FileFacts> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
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
