package org.policylens.timing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wall time spent in each named stage of the pipeline, summed over every thread that ran it (thread-seconds), so a
 * run's cost has a name per stage. Off by default: then {@link #start()} is one field read and {@link #stop} does
 * nothing. Stages are timed per file or per finder call, never inside per-token loops, so switched on it costs a few
 * {@code nanoTime} calls per file. One clock per JVM: {@code bench} and {@code --stage-times} switch it on around
 * the work they measure.
 */
public final class StageClock {
    private static volatile boolean on;
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

    /** A start time for {@link #stop}, or 0 when the clock is off. */
    public static long start() {
        return on ? System.nanoTime() : 0;
    }

    /** Adds the time since {@code start} to {@code stage}; nothing when {@code start} came from a stopped clock. */
    public static void stop(String stage, long start) {
        if (start != 0) {
            add(stage, System.nanoTime() - start);
        }
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

    /** The stages measured so far as a plain-text table: thread-seconds and calls per stage. */
    public static String table() {
        StringBuilder b = new StringBuilder("stage times (thread-seconds, summed over threads; a stage 'a / b' is part of 'a'):\n");
        for (StageTime t : snapshot()) {
            b.append(String.format(java.util.Locale.ROOT, "  %-50s %9.3f s %9d calls%n", t.stage(), t.seconds(), t.calls()));
        }
        return b.toString();
    }

    /** One stage's total: thread-nanoseconds and how many times it ran. */
    public record StageTime(String stage, long nanos, long calls) {
        public double seconds() {
            return nanos / 1e9;
        }
    }
}
