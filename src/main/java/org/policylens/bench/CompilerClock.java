package org.policylens.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/** The JIT compilers' accumulated time (summed over compiler threads), to tell a warm JVM from one still compiling. */
final class CompilerClock {
    private CompilerClock() {
    }

    /** Milliseconds the JIT has spent compiling since JVM start, or -1 when the JVM does not say. */
    static long millis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
    }

    /** Compile time between two readings over the wall time between them; NaN when unknown. */
    static double share(long startMillis, long endMillis, double wallSeconds) {
        if (startMillis < 0 || endMillis < 0 || wallSeconds <= 0) {
            return Double.NaN;
        }
        return (endMillis - startMillis) / 1000.0 / wallSeconds;
    }
}
