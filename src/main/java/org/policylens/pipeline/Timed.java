package org.policylens.pipeline;

import org.policylens.budget.Budget;
import org.policylens.budget.Watchdog;
import org.policylens.timing.Stage;
import org.policylens.timing.StageClock;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A file's work under its {@link Watchdog}, with the work (on the watchdog's thread) and the hand-off (what the
 * calling worker spends meanwhile, waiting) timed apart.
 */
final class Timed {
    private Timed() {
    }

    static <T> T underWatchdog(Budget budget, Supplier<T> work, Function<String, T> failure) {
        long outer = StageClock.start();
        if (outer == 0) {
            return Watchdog.run(budget, work, failure);
        }
        T result = Watchdog.run(budget, () -> {
            long t = StageClock.start();
            try {
                return work.get();
            } finally {
                StageClock.stop(Stage.WHOLE_FILE, t);
            }
        }, failure);
        StageClock.stop(Stage.WATCHDOG, outer);
        return result;
    }
}
