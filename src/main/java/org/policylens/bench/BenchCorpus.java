package org.policylens.bench;

import java.nio.file.Path;
import java.util.List;

/** A generated benchmark corpus: its folder, how it was made, and its files in generation order. */
public record BenchCorpus(Path dir, int size, long seed, List<Entry> entries) {

    /** One generated file. */
    public record Entry(Path file, BenchFormat format, String language, long bytes) {
    }

    public BenchCorpus {
        entries = List.copyOf(entries);
    }

    public List<Path> files() {
        return entries.stream().map(Entry::file).toList();
    }

    public long totalBytes() {
        return entries.stream().mapToLong(Entry::bytes).sum();
    }
}
