package org.policylens.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times {@code grep -ril WORD dir} over the extracted plain text of a corpus: what finding the
 * documents that contain a word costs without an index. Runs in a UTF-8 locale so {@code -i} folds
 * Cyrillic case too.
 */
public final class GrepBench {

    /** Median wall time of the runs in milliseconds and the files grep listed; NaN when grep failed. */
    public record Result(String term, double medianMs, int filesMatched, String error) {
    }

    public Result run(String term, Path textDir, int runs) {
        List<Double> times = new ArrayList<>();
        int matched = -1;
        for (int i = 0; i < runs; i++) {
            try {
                ProcessBuilder pb = new ProcessBuilder("grep", "-ril", "--", term, textDir.toString());
                pb.environment().put("LC_ALL", "C.UTF-8");
                pb.redirectErrorStream(false);
                File out = File.createTempFile("bench-grep", ".txt");
                try {
                    pb.redirectOutput(out).redirectError(ProcessBuilder.Redirect.DISCARD);
                    long start = System.nanoTime();
                    Process p = pb.start();
                    int code = p.waitFor();
                    times.add((System.nanoTime() - start) / 1e6);
                    if (code > 1) {
                        return new Result(term, Double.NaN, -1, "grep exited with " + code);
                    }
                    matched = (int) java.nio.file.Files.lines(out.toPath()).count();
                } finally {
                    out.delete();
                }
            } catch (IOException e) {
                return new Result(term, Double.NaN, -1, "grep could not run: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Result(term, Double.NaN, -1, "interrupted");
            }
        }
        return new Result(term, Numbers.median(times), matched, "");
    }
}
