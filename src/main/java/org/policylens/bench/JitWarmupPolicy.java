package org.policylens.bench;

import java.util.List;
import java.util.Locale;

/**
 * When the JIT warm-up before the first size may stop. This pipeline's code (Tika, PDFBox, POI, Lucene, OpenNLP and
 * ours) is large: on 2 cores C2 compiled about 2,000 methods, and on 1,000-document passes the compiler threads stayed
 * busy for about as long as each pass took until past 30,000 documents. policylens' throughput on 10,000-document
 * passes went from 350 to 630 docs/s in the pass where compilation fell from 28 s to 3 s. A fixed handful of passes
 * therefore measured the compiler at the small sizes; the warm-up instead runs until compilation takes at most
 * {@code quietShare} of a pass's wall time, {@code quietPassesInARow} passes in a row, within the caps.
 *
 * @param minPasses         passes always made
 * @param maxPasses         passes never exceeded
 * @param maxSeconds        no pass starts after this much warm-up time
 * @param quietShare        compile time over wall time of a pass at or below which the pass counts as quiet
 * @param quietPassesInARow quiet passes in a row that end the warm-up
 */
record JitWarmupPolicy(int minPasses, int maxPasses, double maxSeconds, double quietShare, int quietPassesInARow) {

    JitWarmupPolicy {
        if (minPasses < 1 || maxPasses < minPasses || quietPassesInARow < 1) {
            throw new IllegalArgumentException("bad warm-up policy: " + minPasses + ".." + maxPasses + " passes, "
                    + quietPassesInARow + " quiet in a row");
        }
    }

    /** Exactly {@code passes} passes, whatever the compiler does (quick runs and smoke tests). */
    static JitWarmupPolicy fixed(int passes) {
        return new JitWarmupPolicy(passes, passes, Double.POSITIVE_INFINITY, 1, 1);
    }

    /**
     * Whether to stop after the passes made so far. {@code compileShares} holds each pass's compile time over its wall
     * time; NaN (the JVM does not report compile time) counts as quiet, so such a JVM stops after {@code minPasses}.
     */
    boolean done(List<Double> compileShares, double elapsedSeconds) {
        int passes = compileShares.size();
        if (passes < minPasses) {
            return false;
        }
        return passes >= maxPasses || elapsedSeconds >= maxSeconds || quiet(compileShares);
    }

    /** When this policy stops, for the report. */
    String describe() {
        if (minPasses == maxPasses) {
            return String.format(Locale.ROOT, "a fixed %d passes", maxPasses);
        }
        return String.format(Locale.ROOT, "until the JIT compiled for at most %.0f %% of a pass's wall time %d passes in a "
                + "row (%d to %d passes%s)", quietShare * 100, quietPassesInARow, minPasses, maxPasses,
                Double.isInfinite(maxSeconds) ? "" : String.format(Locale.ROOT, ", at most %.0f s", maxSeconds));
    }

    /** Whether the last {@code quietPassesInARow} passes were quiet. */
    boolean quiet(List<Double> compileShares) {
        int passes = compileShares.size();
        if (passes < quietPassesInARow) {
            return false;
        }
        for (double share : compileShares.subList(passes - quietPassesInARow, passes)) {
            if (share > quietShare) {
                return false;
            }
        }
        return true;
    }
}
