package org.policylens.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Runs one task per file on a fixed pool of threads and adds up what the tasks report. */
final class ParallelFiles {

    /** A per-file job: returns the characters of text it handled, or a negative number on failure. */
    interface FileTask {
        long apply(Path file) throws Exception;
    }

    record Totals(int succeeded, int failed, long chars) {
    }

    private ParallelFiles() {
    }

    static Totals run(List<Path> files, int threads, FileTask task) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong chars = new AtomicLong();
        try {
            List<Future<?>> futures = new ArrayList<>(files.size());
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    long n;
                    try {
                        n = task.apply(file);
                    } catch (Exception | LinkageError e) {
                        // a document that fails is counted, not fatal: the run goes on
                        n = -1;
                    }
                    if (n < 0) {
                        failed.incrementAndGet();
                    } else {
                        ok.incrementAndGet();
                        chars.addAndGet(n);
                    }
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    failed.incrementAndGet();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Totals(ok.get(), failed.get(), chars.get());
    }

    static int allCores() {
        return Runtime.getRuntime().availableProcessors();
    }
}
