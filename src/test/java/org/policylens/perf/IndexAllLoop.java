package org.policylens.perf;

import org.policylens.bench.PolicylensSystem;
import org.policylens.ingest.IngestLimits;
import org.policylens.pipeline.Pipeline;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/**
 * A profiling driver (not a test): runs the benchmark's policylens stage (IndexJob on all cores) over a folder
 * several times in one JVM and prints wall time and process CPU per pass, to tell work from idle or contention.
 * Usage: {@code IndexAllLoop DIR PASSES INDEX_DIR}.
 */
public final class IndexAllLoop {
    private IndexAllLoop() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = PerfFiles.documents(Path.of(args[0]));
        PolicylensSystem system = new PolicylensSystem(
                Pipeline.standard(IngestLimits.DEFAULTS, Runtime.getRuntime().availableProcessors()));
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int pass = 0; pass < Integer.parseInt(args[1]); pass++) {
            Path dir = Path.of(args[2]);
            PerfFiles.delete(dir);
            long gc0 = gcMillis();
            long jit0 = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            long classes0 = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            int n = system.indexAll(files, dir);
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit0;
            System.out.printf("pass %d: %d docs, %.2f s wall (%.1f docs/s), %.2f cpu-s (%.2f cores), gc %.2f s, jit %.2f s, classes loaded %d%n",
                    pass, n, wall, n / wall, cpu, cpu / wall, (gcMillis() - gc0) / 1e3, jit / 1e3,
                    ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() - classes0);
        }
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }
}
