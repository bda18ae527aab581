package org.policylens.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the benchmark ran on, for the report. */
public record MachineInfo(int cores, String javaVersion, String javaVm, long maxHeapBytes, String os,
                          String cpuModel, long totalMemoryBytes) {

    public static MachineInfo current() {
        return new MachineInfo(Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"),
                Runtime.getRuntime().maxMemory(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                procField(Path.of("/proc/cpuinfo"), "model name").orElse("unknown"),
                procField(Path.of("/proc/meminfo"), "MemTotal").map(MachineInfo::kibToBytes).orElse(-1L));
    }

    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cores", Integer.toString(cores));
        m.put("java_version", javaVersion);
        m.put("java_vm", javaVm);
        m.put("max_heap_mb", Long.toString(maxHeapBytes / (1024 * 1024)));
        m.put("os", os);
        m.put("cpu", cpuModel);
        m.put("memory_mb", totalMemoryBytes < 0 ? "unknown" : Long.toString(totalMemoryBytes / (1024 * 1024)));
        // other processes compete for the cores: the load tells how far the figures can be trusted
        m.put("load_average", loadAverage());
        return m;
    }

    /** The 1, 5 and 15 minute load averages from /proc/loadavg, or "unknown". */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static java.util.Optional<String> procField(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(key)) {
                    int colon = line.indexOf(':');
                    return java.util.Optional.of(line.substring(colon + 1).strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or /proc is hidden: the report says "unknown"
        }
        return java.util.Optional.empty();
    }

    static long kibToBytes(String value) {
        try {
            return Long.parseLong(value.replace("kB", "").strip()) * 1024;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
