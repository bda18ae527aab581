package org.policylens.budget;

import java.lang.management.ManagementFactory;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Enforces a file's {@link Budget}: the work runs on a thread of its own with the budget current, the caller waits
 * at most the budget, then expires it (the work's next {@link Budget#check()} throws) and waits a short grace for the
 * work to stop by itself. Work that ignores its budget (a third-party parser in a loop) is abandoned: its thread is a
 * daemon and its result, if it ever comes, is dropped. A file that runs out of time or of memory becomes a one-line
 * failure and the caller goes on with the next file.
 */
public final class Watchdog {
    /** How long expired work may take to reach its next check before it is abandoned. */
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "file-work-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private Watchdog() {
    }

    /**
     * The result of {@code work} run under {@code budget}, or {@code failure} applied to the one-line reason when it
     * ran out of time or memory. Exceptions other than those (bugs) are rethrown.
     */
    public static <T> T run(Budget budget, Supplier<T> work, Function<String, T> failure) {
        Future<T> future = WORKERS.submit(() -> guarded(budget, work, failure));
        try {
            try {
                return future.get(budget.remainingNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                budget.expire();
                try {
                    return future.get(GRACE_NANOS, TimeUnit.NANOSECONDS);
                } catch (TimeoutException ignored) {
                    future.cancel(true); // abandoned: it may never look at its budget again
                    return failure.apply(budget.reason());
                }
            }
        } catch (InterruptedException e) {
            budget.expire();
            future.cancel(true);
            Thread.currentThread().interrupt();
            return failure.apply("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Runs the work with its budget current; time and memory trouble become the failure value on this thread. */
    private static <T> T guarded(Budget budget, Supplier<T> work, Function<String, T> failure) {
        try {
            return budget.call(work);
        } catch (BudgetExceeded e) {
            return failure.apply(e.getMessage());
        } catch (OutOfMemoryError e) {
            // the file's garbage is unreachable once this frame is left: the next file has the whole heap again
            return failure.apply(outOfMemory());
        } catch (StackOverflowError e) {
            return failure.apply("too deeply nested to process");
        }
    }

    /** The reason a file that exhausted the heap fails with, naming the heap it had. */
    public static String outOfMemory() {
        return "out of memory while processing (file is too large for " + heapAdvice() + ")";
    }

    /** The heap this JVM has, as its flag, and how to give it more. */
    public static String heapAdvice() {
        return heapFlag() + ": give Java more heap, e.g. JAVA_OPTS=-Xmx2g";
    }

    /** The last -Xmx the JVM was given (the one that counts), else the heap it reports. */
    public static String heapFlag() {
        String flag = null;
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-Xmx")) {
                flag = arg;
            }
        }
        return flag != null ? flag : "-Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m";
    }
}
