package org.policylens.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Watches memory while one stage runs: peak heap in use, sampled every few milliseconds in a daemon
 * thread (sampling can miss a short spike between two samples), and peak resident set size from
 * {@code /proc/self/status} VmHWM. VmHWM is a process-wide high-water mark; before each stage the
 * monitor tries to reset it ({@code echo 5 > /proc/self/clear_refs}, Linux ≥ 4.0) and reports whether
 * that worked, because without the reset the figure is the peak since the JVM started.
 */
public final class MemoryMonitor implements AutoCloseable {

    private static final long SAMPLE_MILLIS = 5;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private final boolean rssReset;
    private volatile boolean running = true;
    private volatile long peakHeap;

    /** Peak figures of one stage, in bytes; rss is -1 when /proc is not readable. */
    public record Peak(long heapBytes, long rssBytes, boolean rssResetForStage) {
        public double heapMb() {
            return heapBytes / (1024.0 * 1024.0);
        }

        public double rssMb() {
            return rssBytes < 0 ? Double.NaN : rssBytes / (1024.0 * 1024.0);
        }
    }

    private MemoryMonitor() {
        rssReset = resetRssHighWaterMark();
        peakHeap = memory.getHeapMemoryUsage().getUsed();
        sampler = new Thread(this::sample, "bench-memory-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    public static MemoryMonitor start() {
        return new MemoryMonitor();
    }

    private void sample() {
        while (running) {
            peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops sampling and returns the peaks seen since start. */
    public Peak stop() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long heap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
        return new Peak(heap, rssHighWaterMark(), rssReset);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }

    static boolean resetRssHighWaterMark() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** VmHWM of this process in bytes, or -1. */
    static long rssHighWaterMark() {
        return MachineInfo.procField(Path.of("/proc/self/status"), "VmHWM").map(MachineInfo::kibToBytes).orElse(-1L);
    }
}
