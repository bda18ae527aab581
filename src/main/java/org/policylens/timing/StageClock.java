package org.policylens.timing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * CPU time spent in each named stage of the pipeline, summed over every thread that ran it, so a run's cost has a
 * name per stage. CPU, not wall time: on cores shared with other threads (parse threads, other files, other
 * processes) wall time counts the waits for a core as the stage's cost. A stage that hands parts of its work to
 * {@link #lend helpers} (other threads, see {@code SharedWork}) is charged their CPU as well, so an enclosing stage
 * is never cheaper than the stages it holds; a stage spent waiting for another thread (the parse, the watchdog's
 * hand-off) costs what the waiting itself takes. Where the JVM cannot measure thread CPU time the clock falls back
 * to wall time. Off by default: then {@link #start()} is one field read and {@link #stop} does nothing. Stages are
 * timed per file or per finder call, never inside per-token loops, so switched on it costs a few thread-CPU-time
 * reads (a system call each, under a microsecond) per file. One clock per JVM: {@code bench} and
 * {@code -Dpolicylens.stageTimes} switch it on around the work they measure.
 */
public final class StageClock {
    private static volatile boolean on;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU = cpuTimeMeasurable();
    /** CPU time helpers spent on this thread's work: a stage's time on this thread includes it. */
    private static final ThreadLocal<long[]> LENT = ThreadLocal.withInitial(() -> new long[1]);
    private static final Map<String, LongAdder> NANOS = new ConcurrentHashMap<>();
    private static final Map<String, LongAdder> CALLS = new ConcurrentHashMap<>();

    private StageClock() {
    }

    /** Switches timing on or off; what was measured stays until {@link #reset()}. */
    public static void enable(boolean enabled) {
        on = enabled;
    }

    public static boolean enabled() {
        return on;
    }

    public static void reset() {
        NANOS.clear();
        CALLS.clear();
    }

    private static boolean cpuTimeMeasurable() {
        try {
            if (!THREADS.isCurrentThreadCpuTimeSupported()) {
                return false;
            }
            if (!THREADS.isThreadCpuTimeEnabled()) {
                THREADS.setThreadCpuTimeEnabled(true);
            }
            return THREADS.getCurrentThreadCpuTime() >= 0;
        } catch (UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** True when stages are timed in CPU time (false: wall time, where thread CPU time cannot be read). */
    public static boolean cpuTime() {
        return CPU;
    }

    /** A start time for {@link #stop}, or 0 when the clock is off. */
    public static long start() {
        return on ? Math.max(1, now()) : 0;
    }

    /** Adds the time since {@code start} to {@code stage}; nothing when {@code start} came from a stopped clock. */
    public static void stop(String stage, long start) {
        if (start != 0) {
            add(stage, since(start));
        }
    }

    /** The time since {@code start} (from {@link #start()}, on this thread), or 0 when it came from a stopped clock. */
    public static long since(long start) {
        return start == 0 ? 0 : now() - start;
    }

    /**
     * Charges the calling thread with {@code nanos} that helper threads spent on its work (as measured there by
     * {@link #start()} and {@link #since}), so the stages now running on this thread include it.
     */
    public static void lend(long nanos) {
        if (CPU && nanos > 0) { // wall time: the caller's own clock ran all along
            LENT.get()[0] += nanos;
        }
    }

    /** This thread's clock: its CPU time plus what helpers lent it (or wall time where CPU time is not measurable). */
    private static long now() {
        return CPU ? THREADS.getCurrentThreadCpuTime() + LENT.get()[0] : System.nanoTime();
    }

    /** Adds {@code nanos} to {@code stage} (for times measured elsewhere). */
    public static void add(String stage, long nanos) {
        NANOS.computeIfAbsent(stage, k -> new LongAdder()).add(nanos);
        CALLS.computeIfAbsent(stage, k -> new LongAdder()).increment();
    }

    /** What each stage took so far, in the order of {@link Stage}, then any other names alphabetically. */
    public static List<StageTime> snapshot() {
        Map<String, StageTime> byName = new LinkedHashMap<>();
        for (Map.Entry<String, LongAdder> e : NANOS.entrySet()) {
            LongAdder calls = CALLS.get(e.getKey());
            byName.put(e.getKey(), new StageTime(e.getKey(), e.getValue().sum(), calls == null ? 0 : calls.sum()));
        }
        List<StageTime> ordered = new ArrayList<>();
        for (String name : Stage.ORDER) {
            StageTime t = byName.remove(name);
            if (t != null) {
                ordered.add(t);
            }
        }
        byName.values().stream().sorted(java.util.Comparator.comparing(StageTime::stage)).forEach(ordered::add);
        return ordered;
    }

    /** What the clock measures, for a table's heading. */
    public static String unit() {
        return CPU ? "CPU seconds" : "wall seconds (no thread CPU time on this JVM)";
    }

    /** The stages measured so far as a plain-text table: seconds and calls per stage. */
    public static String table() {
        StringBuilder b = new StringBuilder("stage times (" + unit()
                + ", summed over threads; a stage 'a / b' is part of 'a'):\n");
        for (StageTime t : snapshot()) {
            b.append(String.format(java.util.Locale.ROOT, "  %-50s %9.3f s %9d calls%n", t.stage(), t.seconds(), t.calls()));
        }
        return b.toString();
    }

    /** One stage's total: nanoseconds summed over threads and how many times it ran. */
    public record StageTime(String stage, long nanos, long calls) {
        public double seconds() {
            return nanos / 1e9;
        }
    }
}
