package org.policylens.cli;

import org.policylens.extract.act.ActIds;
import org.policylens.index.CorpusIndex;
import org.policylens.index.LuceneCorpusIndex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Opens the Lucene index the way the commands need it, with user-facing errors. */
final class Indexes {
    private Indexes() {
    }

    static CorpusIndex openForWriting(Path dir, boolean rebuild) throws IOException {
        if (rebuild && Files.isDirectory(dir)) {
            deleteContents(dir);
        }
        return LuceneCorpusIndex.open(dir, ActIds::canonical);
    }

    /** Throws {@link org.policylens.index.NoIndexException} (a usage error) when there is no index. */
    static CorpusIndex openForReading(Path dir) throws IOException {
        return LuceneCorpusIndex.openReadOnly(dir, ActIds::canonical);
    }

    private static void deleteContents(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir) && !p.getFileName().toString().equals(".gitkeep")) {
                    Files.delete(p);
                }
            }
        }
    }
}
