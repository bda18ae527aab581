package org.policylens.bench;

import java.util.List;

/**
 * Times {@link SystemUnderTest#extract} alone, single-threaded, on texts already in memory: first
 * warm-up calls until the JIT has seen the code, then whole passes over the texts until at least
 * {@code minSeconds} have passed. Characters per second over all measured passes.
 */
public final class ExtractionBench {

    /** A text to extract from, in a language. */
    public record Sample(String text, String language) {
    }

    public record Result(long chars, int facts, int passes, double seconds, int failures) {
        public double charsPerSecond() {
            return chars / seconds;
        }
    }

    public Result run(SystemUnderTest sut, List<Sample> samples, double warmupSeconds, double minSeconds) {
        long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        int warmupPasses = 0;
        while (warmupPasses < 2 || System.nanoTime() < warmupEnd) {
            pass(sut, samples);
            warmupPasses++;
        }
        long chars = 0;
        int facts = 0;
        int passes = 0;
        int failures = 0;
        long start = System.nanoTime();
        long end = start + (long) (minSeconds * 1e9);
        do {
            int[] f = pass(sut, samples);
            facts = f[0];
            failures = f[1];
            passes++;
            for (Sample s : samples) {
                chars += s.text().length();
            }
        } while (System.nanoTime() < end);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(chars, facts, passes, seconds, failures);
    }

    /** Facts found in one pass and calls that threw. */
    private static int[] pass(SystemUnderTest sut, List<Sample> samples) {
        int facts = 0;
        int failures = 0;
        for (Sample s : samples) {
            try {
                facts += sut.extract(s.text(), s.language());
            } catch (RuntimeException e) {
                failures++;
            }
        }
        return new int[] {facts, failures};
    }
}
