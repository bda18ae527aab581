package org.policylens.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

import org.policylens.timing.StageClock;

/**
 * Runs the independent parts of one file's work on every core: the calling thread and up to {@code cores - 1} helpers
 * take parts in turn until none is left, so a part never waits for a free thread (when the helpers are busy with
 * other files the caller does it all itself) and nothing can deadlock (parts never wait for each other). The caller's
 * {@link Budget} is current on the helpers too, so an expired file stops everywhere; the first throwable of any part
 * is rethrown on the caller once every started part has ended.
 */
public final class SharedWork {
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService HELPERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "shared-work-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private SharedWork() {
    }

    /** Cores this JVM may use: one means the work runs on the calling thread alone. */
    public static int cores() {
        return CORES;
    }

    /** Results of {@code part.apply(0 .. parts-1)}, in index order, computed on up to {@link #cores()} threads. */
    public static <T> List<T> map(int parts, IntFunction<T> part) {
        Object[] results = new Object[parts];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Budget budget = Budget.current();
        Runnable worker = () -> {
            int i;
            while (failure.get() == null && (i = next.getAndIncrement()) < parts) {
                try {
                    int k = i;
                    results[k] = budget == null ? part.apply(k) : budget.call(() -> part.apply(k));
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        // with the stage clock on, the helpers' CPU time is charged to the caller's stages (they ran its work)
        AtomicLong helped = new AtomicLong();
        Runnable helper = !StageClock.enabled() ? worker : () -> {
            long t = StageClock.start();
            try {
                worker.run();
            } finally {
                helped.addAndGet(StageClock.since(t));
            }
        };
        List<Future<?>> helpers = new ArrayList<>();
        for (int h = 1; h < Math.min(CORES, parts); h++) {
            helpers.add(HELPERS.submit(helper));
        }
        worker.run();
        for (Future<?> f : helpers) {
            try {
                f.get(); // the helper's parts have ended (its failures are in `failure`)
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure.compareAndSet(null, e);
            } catch (java.util.concurrent.ExecutionException e) {
                failure.compareAndSet(null, e.getCause());
            }
        }
        StageClock.lend(helped.get());
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) java.util.Arrays.asList(results);
        return list;
    }
}
