package org.policylens.pipeline;

import org.policylens.budget.Budget;
import org.policylens.budget.Watchdog;
import org.policylens.index.BlockTooLargeException;
import org.policylens.index.CorpusIndex;
import org.policylens.index.WriterRestartedException;
import org.policylens.ingest.ContentHash;
import org.policylens.ingest.FileWalker;
import org.policylens.ingest.ParallelIngest;
import org.policylens.ingest.ProgressBar;
import org.policylens.ingest.WalkResult;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.Fact;
import org.policylens.model.IngestOutcome;
import org.policylens.model.ParseResult;
import org.policylens.timing.Stage;
import org.policylens.timing.StageClock;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings an index up to date with some roots: new and changed files are parsed, extracted and
 * (re)indexed, unchanged ones (same content hash) skipped, files gone from a root removed.
 * Parsing, extraction and the index write of each file run on worker threads (the index is thread-safe,
 * and Lucene's analysis is about a third of the work, too much for one writer thread on many cores); each worker
 * has the ingester start parsing its next file while it extracts and indexes the current one.
 * The calling thread collects outcomes and commits as its {@link CommitPolicy} says (by default every 2,000
 * documents or 60 s) and at the end, so a killed run loses at most the uncommitted tail and the next run finishes
 * the job. A document is removed only when its file is gone: files under a path the walk could not read (an
 * unreadable folder, a broken link) keep their entries.
 */
public final class IndexJob {
    /**
     * Outcomes are a path and a report line: thousands fit in a megabyte. A deep queue lets the workers go on while
     * the calling thread commits (a commit flushes every buffered segment, seconds on a large run); with a queue of
     * a few outcomes they stopped within a few documents and left the cores idle for the rest of each commit.
     */
    private static final int OUTCOME_QUEUE = 4096;
    private static final String LOST = "not kept: the index went back to its last commit after another file broke "
            + "its writer; run index again to add it";

    private final Pipeline pipeline;
    private final CorpusIndex index;
    private final CommitPolicy commits;
    /** Per worker (threads of one run): hashes of the files handed to {@link #startEarly} and not processed yet. */
    private final ThreadLocal<Map<Path, String>> hashed = ThreadLocal.withInitial(HashMap::new);

    public IndexJob(Pipeline pipeline, CorpusIndex index, CommitPolicy commits) {
        this.pipeline = pipeline;
        this.index = index;
        this.commits = commits;
    }

    /** Commits every {@code commitEvery} documents or 60 s. */
    public IndexJob(Pipeline pipeline, CorpusIndex index, int commitEvery) {
        this(pipeline, index, CommitPolicy.every(commitEvery));
    }

    /**
     * What a worker did with one file: its id and report line, and the index's {@link CorpusIndex#writerGeneration()}
     * when its block was added.
     */
    private record Item(DocumentId id, IngestOutcome outcome, long generation) {
        Item(DocumentId id, IngestOutcome outcome) {
            this(id, outcome, 0);
        }
    }

    /** Runs the job; outcomes come back sorted by path. */
    public List<IngestOutcome> run(List<Path> roots, boolean showProgress) {
        WalkResult walk = new FileWalker(index.directory().map(List::of).orElse(List.of())).walk(roots);
        List<IngestOutcome> outcomes = new ArrayList<>();
        DocumentIds ids = new DocumentIds(roots);
        Set<String> unreadable = new HashSet<>();
        for (ParseResult.Failed f : walk.failures()) {
            String id = ids.of(f.path()).value();
            unreadable.add(id);
            outcomes.add(new IngestOutcome.Failed(id, f.reason()));
        }
        Map<DocumentId, String> known = index.indexedHashes();
        Set<DocumentId> seen = new HashSet<>();
        int[] pending = {0};
        long[] generation = {index.writerGeneration()};
        List<Integer> sinceCommit = new ArrayList<>();
        long[] lastCommit = {System.nanoTime()};
        try (ProgressBar progress = new ProgressBar(walk.files().size(), System.err, showProgress && System.console() != null)) {
            new ParallelIngest(pipeline.threads(), OUTCOME_QUEUE).run(walk.files(),
                    file -> startEarly(ids.of(file), file, known),
                    file -> process(ids.of(file), file, known), item -> {
                seen.add(item.id());
                if (index.writerGeneration() != generation[0]) {
                    // the writer went back to its last commit: what this run added since then is gone
                    for (int i : sinceCommit) {
                        outcomes.set(i, new IngestOutcome.Failed(outcomes.get(i).path(), LOST));
                    }
                    sinceCommit.clear();
                    pending[0] = 0;
                    generation[0] = index.writerGeneration();
                }
                IngestOutcome outcome = item.outcome();
                if (outcome instanceof IngestOutcome.Indexed && item.generation() != index.writerGeneration()) {
                    // added to a writer that was replaced since, after another file broke it: maybe not committed
                    outcome = new IngestOutcome.Failed(outcome.path(), LOST);
                }
                outcomes.add(outcome);
                if (outcome instanceof IngestOutcome.Indexed) {
                    pending[0]++;
                    sinceCommit.add(outcomes.size() - 1);
                }
                if (commits.due(pending[0], System.nanoTime() - lastCommit[0])) {
                    long t = StageClock.start();
                    index.commit();
                    StageClock.stop(Stage.COMMIT, t);
                    sinceCommit.clear();
                    pending[0] = 0;
                    lastCommit[0] = System.nanoTime();
                }
            }, progress);
        }
        for (DocumentId id : known.keySet()) {
            if (!seen.contains(id) && ids.isUnder(id) && !DocumentIds.isAtOrUnder(id, unreadable)) {
                index.remove(id);
                outcomes.add(new IngestOutcome.Removed(id.value()));
            }
        }
        long t = StageClock.start();
        index.commit();
        StageClock.stop(Stage.COMMIT, t);
        outcomes.sort((a, b) -> a.path().compareTo(b.path()));
        return outcomes;
    }

    /** Lets the ingester start on a file this worker takes next, unless the file is unchanged (nothing to parse). */
    private void startEarly(DocumentId id, Path file, Map<DocumentId, String> known) {
        try {
            long t = StageClock.start();
            String hash = ContentHash.of(file);
            StageClock.stop(Stage.HASH, t);
            hashed.get().put(file, hash);
            if (!hash.equals(known.get(id))) {
                pipeline.ingester().startEarly(file);
            }
        } catch (IOException e) {
            // process() reports it
        }
    }

    private Item process(DocumentId id, Path file, Map<DocumentId, String> known) {
        String hash = hashed.get().remove(file);
        try {
            hash = hash != null ? hash : ContentHash.of(file);
        } catch (IOException | RuntimeException e) {
            return new Item(id, new IngestOutcome.Failed(id.value(), "cannot read file: " + e.getMessage()));
        }
        if (hash.equals(known.get(id))) {
            return new Item(id, new IngestOutcome.Unchanged(id.value()));
        }
        // parse, extraction and the index block share one budget; a block cut short is never added (Lucene drops a
        // block whose entries fail part way), so a file over budget leaves nothing half-indexed
        return Timed.underWatchdog(Budget.startingNow(pipeline.fileBudget()), () -> {
            ParseResult result = pipeline.ingester().ingest(file, id);
            if (result instanceof ParseResult.Failed failed) {
                return new Item(id, new IngestOutcome.Failed(id.value(), failed.reason()));
            }
            Document document = ((ParseResult.Parsed) result).document();
            List<Fact> facts = pipeline.extractor().extract(document);
            Budget.check();
            long generation = index.writerGeneration();
            long t = StageClock.start();
            try {
                index.put(document, facts);
            } catch (BlockTooLargeException | WriterRestartedException e) {
                return new Item(id, new IngestOutcome.Failed(id.value(), e.getMessage()));
            } finally {
                StageClock.stop(Stage.INDEX, t);
            }
            return new Item(id, new IngestOutcome.Indexed(id.value(), document.mediaType(), document.language(),
                    document.text().length(), document.ocrPages()), generation);
        }, reason -> new Item(id, new IngestOutcome.Failed(id.value(), reason)));
    }
}
