package org.policylens.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one task per file on a fixed number of worker threads and hands every result to a sink.
 *
 * <p>Workers put results into a bounded queue that the calling thread drains, so at most
 * {@code threads + queueCapacity} results are in memory at once however many files there are, and the
 * sink is only ever called from the calling thread, one result at a time (it needs no locking of its own).
 * Results arrive in completion order, not input order. The task should report bad input as a value;
 * if it throws, the run stops and the exception is rethrown from {@link #run}.
 */
public final class ParallelIngest {
    private final int threads;
    private final int queueCapacity;

    /** One worker per available core. */
    public ParallelIngest() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public ParallelIngest(int threads) {
        this(threads, 2 * threads);
    }

    public ParallelIngest(int threads, int queueCapacity) {
        if (threads < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException("threads and queueCapacity must be positive");
        }
        this.threads = threads;
        this.queueCapacity = queueCapacity;
    }

    public int threads() {
        return threads;
    }

    public <R> void run(List<Path> paths, Function<Path, ? extends R> task, Consumer<? super R> sink) {
        run(paths, task, sink, null);
    }

    /**
     * Applies {@code task} to every path and passes each result to {@code sink}; advances {@code progress}
     * (may be null) by the file's size after each result. Returns when all paths are done.
     */
    public <R> void run(List<Path> paths, Function<Path, ? extends R> task, Consumer<? super R> sink,
                        ProgressBar progress) {
        run(paths, path -> { }, task, sink, progress);
    }

    /**
     * As {@link #run(List, Function, Consumer, ProgressBar)}, but each worker claims the file it will take next
     * before it applies the task to the current one, and hands it to {@code startEarly} (a hint; what it throws is
     * ignored; a worker's first file is hinted too, so each worker hints at all its files in the order it takes them):
     * work on the next file, such as a parse on another thread, then overlaps the task. What that work
     * holds in memory (one parsed file per worker) comes on top of the queued results.
     */
    public <R> void run(List<Path> paths, Consumer<Path> startEarly, Function<Path, ? extends R> task,
                        Consumer<? super R> sink, ProgressBar progress) {
        if (paths.isEmpty()) {
            return;
        }
        int workers = Math.min(threads, paths.size());
        BlockingQueue<Outcome<R>> results = new ArrayBlockingQueue<>(queueCapacity);
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "ingest-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int w = 0; w < workers; w++) {
                pool.execute(() -> work(paths, startEarly, task, results, next, stop));
            }
            for (int received = 0; received < paths.size(); received++) {
                Outcome<R> outcome = results.take();
                if (outcome.error() != null) {
                    throw outcome.error();
                }
                sink.accept(outcome.result());
                if (progress != null) {
                    progress.advance(sizeOf(outcome.path()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while ingesting", e);
        } finally {
            stop.set(true);
            pool.shutdownNow();
            try {
                pool.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private record Outcome<R>(Path path, R result, RuntimeException error) {
    }

    private static <R> void work(List<Path> paths, Consumer<Path> startEarly, Function<Path, ? extends R> task,
                                 BlockingQueue<Outcome<R>> results, AtomicInteger next, AtomicBoolean stop) {
        try {
            int first = next.getAndIncrement();
            if (first < paths.size()) {
                hint(startEarly, paths.get(first)); // every file of a worker is hinted, in the order it takes them
            }
            for (int i = first, following; !stop.get() && i < paths.size(); i = following) {
                following = next.getAndIncrement();
                if (following < paths.size()) {
                    hint(startEarly, paths.get(following));
                }
                Path path = paths.get(i);
                Outcome<R> outcome;
                try {
                    outcome = new Outcome<>(path, task.apply(path), null);
                } catch (RuntimeException e) {
                    outcome = new Outcome<>(path, null, e);
                    stop.set(true);
                } catch (Error e) {   // e.g. OutOfMemoryError: still report it so the caller never waits forever
                    outcome = new Outcome<>(path, null, new IllegalStateException("worker failed on " + path, e));
                    stop.set(true);
                }
                results.put(outcome);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();   // the run was stopped; nothing left to report
        }
    }

    private static void hint(Consumer<Path> startEarly, Path path) {
        try {
            startEarly.accept(path);
        } catch (RuntimeException e) {
            // only a hint: the task still does all the work when its file's turn comes
        }
    }

    private static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
