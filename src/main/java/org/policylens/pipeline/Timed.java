package org.policylens.pipeline;

import org.policylens.budget.Budget;
import org.policylens.budget.Watchdog;
import org.policylens.timing.Stage;
import org.policylens.timing.StageClock;

import java.util.function.Function;
import java.util.function.Supplier;

/** A file's work under its {@link Watchdog}, with the work and the hand-off to the watchdog's thread timed apart. */
final class Timed {
    private Timed() {
    }

    static <T> T underWatchdog(Budget budget, Supplier<T> work, Function<String, T> failure) {
        long outer = StageClock.start();
        if (outer == 0) {
            return Watchdog.run(budget, work, failure);
        }
        long[] inner = new long[1];
        T result = Watchdog.run(budget, () -> {
            long t = System.nanoTime();
            try {
                return work.get();
            } finally {
                inner[0] = System.nanoTime() - t;
            }
        }, failure);
        StageClock.add(Stage.WHOLE_FILE, inner[0]);
        StageClock.add(Stage.WATCHDOG, System.nanoTime() - outer - inner[0]);
        return result;
    }
}
