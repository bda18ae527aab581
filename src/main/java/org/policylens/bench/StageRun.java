package org.policylens.bench;

/** One timed run of a system over a corpus: what it processed, how long it took, its memory peaks. */
public record StageRun(String system, int documents, int failures, long inputBytes, long chars,
                       double seconds, MemoryMonitor.Peak memory) {

    public double megabytesPerSecond() {
        return inputBytes / (1024.0 * 1024.0) / seconds;
    }

    public double documentsPerSecond() {
        return documents / seconds;
    }
}
