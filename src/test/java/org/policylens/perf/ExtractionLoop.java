package org.policylens.perf;

import org.policylens.extract.FactExtractor;
import org.policylens.extract.StandardExtractors;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A profiling driver (not a test): extracts the given text files in a loop on one thread and prints chars/s
 * every few seconds. Usage: {@code ExtractionLoop SECONDS LANG FILE...}; run it under JFR to find hot spots.
 */
public final class ExtractionLoop {
    private ExtractionLoop() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = Double.parseDouble(args[0]);
        String language = args[1];
        List<Document> docs = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            // FILE, or LANG=FILE to override the language for one file
            String[] langFile = args[i].contains("=") ? args[i].split("=", 2) : new String[] {language, args[i]};
            Path p = Path.of(langFile[1]);
            docs.add(new Document(new DocumentId(p.toString()), p, "text/plain", langFile[0],
                    Files.readString(p, StandardCharsets.UTF_8), List.of(), List.of(), Map.of()));
        }
        FactExtractor extractor = StandardExtractors.create();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long chars = 0;
        long facts = 0;
        long windowStart = System.nanoTime();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = mx.getCurrentThreadCpuTime();
        while (System.nanoTime() < end) {
            for (Document d : docs) {
                facts += extractor.extract(d).size();
                chars += d.text().length();
            }
            long now = System.nanoTime();
            if (now - windowStart > 3_000_000_000L) {
                long cpu = mx.getCurrentThreadCpuTime();
                // CPU time as well: on a shared, loaded machine wall time mostly measures the neighbours
                System.out.printf("%,.0f chars/s wall, %,.0f chars/cpu-s (%d facts so far)%n",
                        chars / ((now - windowStart) / 1e9), chars / ((cpu - cpuStart) / 1e9), facts);
                chars = 0;
                windowStart = now;
                cpuStart = cpu;
            }
        }
    }
}
