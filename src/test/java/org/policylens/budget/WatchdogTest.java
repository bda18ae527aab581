package org.policylens.budget;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WatchdogTest {
    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    private static String run(Duration limit, java.util.function.Supplier<String> work) {
        return Watchdog.run(Budget.startingNow(limit), work, reason -> "failed: " + reason);
    }

    @Test
    void workWithinItsBudgetReturnsItsResult() {
        assertEquals("done", run(ONE_SECOND, () -> {
            Budget.check();
            return "done";
        }));
    }

    @Test
    void workThatChecksItsBudgetStopsAtTheDeadline() {
        long start = System.nanoTime();
        String result = run(ONE_SECOND, () -> {
            while (true) {
                Budget.check();
            }
        });
        assertEquals("failed: processing exceeded 1 s", result);
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos());
    }

    @Test
    void workThatIgnoresItsBudgetIsAbandonedAfterTheGrace() {
        AtomicBoolean release = new AtomicBoolean();
        long start = System.nanoTime();
        String result = run(ONE_SECOND, () -> {
            while (!release.get()) {
                Thread.onSpinWait(); // never checks, never sleeps: deaf to interrupts too
            }
            return "late";
        });
        release.set(true);
        assertEquals("failed: processing exceeded 1 s", result);
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos());
    }

    @Test
    void runningOutOfMemoryFailsTheFileAloneWithOneLine() {
        String result = run(Duration.ofMinutes(1), () -> {
            List<long[]> hog = new ArrayList<>();
            while (true) {
                hog.add(new long[1 << 24]); // 128 MB at a time: out of heap in a few steps, well within the budget
            }
        });
        assertTrue(result.startsWith("failed: out of memory while processing (file is too large for -Xmx"), result);
        assertEquals(-1, result.indexOf('\n'));
        // the heap is whole again for the next file
        assertEquals("next", run(ONE_SECOND, () -> new long[1 << 20].length > 0 ? "next" : ""));
    }

    @Test
    void withoutABudgetChecksNeverStopTheWork() {
        Budget.check();
        assertEquals(null, Budget.current());
    }

    @Test
    void bugsStillSurfaceAsExceptions() {
        try {
            run(ONE_SECOND, () -> {
                throw new IllegalStateException("a bug");
            });
        } catch (IllegalStateException e) {
            assertEquals("a bug", e.getMessage());
            return;
        }
        throw new AssertionError("the bug was swallowed");
    }
}
