package org.policylens.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** What the profiling drivers read and reset: a corpus folder's documents, and an index folder per pass. */
final class PerfFiles {
    private PerfFiles() {
    }

    /** The regular files under {@code root}, sorted, without the generator's .tsv manifest. */
    static List<Path> documents(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".tsv")).sorted().toList();
        }
    }

    /** Deletes {@code dir} and everything in it, if it exists, so a pass starts from an empty index. */
    static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
