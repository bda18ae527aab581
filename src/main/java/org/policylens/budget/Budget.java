package org.policylens.budget;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The time one file may take for all of its work: parse, language, annotation, extraction and its index block.
 *
 * <p>Java cannot stop a thread safely, so the work stops itself: loops over sentences, matches, passages and index
 * entries call {@link #check()} at cheap points, which throws {@link BudgetExceeded} once the deadline has passed or
 * the {@link Watchdog} has expired the budget. The budget is held by the thread doing the work ({@link #call}), so
 * the stages need no extra parameter; a thread with no budget (tests, bench, search) never stops.
 */
public final class Budget {
    private static final ThreadLocal<Budget> CURRENT = new ThreadLocal<>();

    private final Duration limit;
    private final long deadlineNanos;
    private final AtomicBoolean expired = new AtomicBoolean();

    private Budget(Duration limit, long startNanos) {
        this.limit = Objects.requireNonNull(limit, "limit");
        this.deadlineNanos = startNanos + limit.toNanos();
    }

    /** A budget of {@code limit} from now. */
    public static Budget startingNow(Duration limit) {
        return new Budget(limit, System.nanoTime());
    }

    /** A budget of {@code limit} that started at {@code startNanos} ({@link System#nanoTime()}). */
    public static Budget startedAt(Duration limit, long startNanos) {
        return new Budget(limit, startNanos);
    }

    public Duration limit() {
        return limit;
    }

    /** Nanoseconds left, zero when spent. */
    public long remainingNanos() {
        return expired.get() ? 0 : Math.max(0, deadlineNanos - System.nanoTime());
    }

    public boolean isSpent() {
        return expired.get() || System.nanoTime() - deadlineNanos >= 0;
    }

    /** Marks the budget spent now, whatever the clock says: the next {@link #check()} of its work throws. */
    public void expire() {
        expired.set(true);
    }

    /** The one-line reason a file over this budget fails with. */
    public String reason() {
        return "processing exceeded " + seconds(limit) + " s";
    }

    /** Runs {@code work} on this thread with this budget as the current one (restoring the previous after). */
    public <T> T call(Supplier<T> work) {
        Budget previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** The budget of the work this thread is doing, or null. */
    public static Budget current() {
        return CURRENT.get();
    }

    /** Throws {@link BudgetExceeded} when the current thread's budget is spent; free when it has none. */
    public static void check() {
        Budget b = CURRENT.get();
        if (b != null && b.isSpent()) {
            b.expire();
            throw new BudgetExceeded(b.reason());
        }
    }

    static long seconds(Duration d) {
        long ms = d.toMillis();
        return Math.max(1, (ms + 500) / 1000);
    }
}
