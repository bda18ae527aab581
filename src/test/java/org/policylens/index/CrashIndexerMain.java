package org.policylens.index;

import org.policylens.model.Document;

import java.nio.file.Path;
import java.util.Map;

/**
 * Test-only child process: indexes synthetic documents {@code 0..total-1} into DIR, skipping those already
 * indexed with the same hash (like incremental indexing), committing every N documents and printing
 * {@code committed <count>} after each commit, then {@code done}. Args: DIR TOTAL N.
 */
public final class CrashIndexerMain {
    private CrashIndexerMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int total = Integer.parseInt(args[1]);
        int every = Integer.parseInt(args[2]);
        try (LuceneCorpusIndex index = LuceneCorpusIndex.open(dir)) {
            Map<org.policylens.model.DocumentId, String> known = index.indexedHashes();
            int pending = 0;
            int written = 0;
            for (int i = 0; i < total; i++) {
                Document d = SyntheticDocs.document(i);
                if (d.contentHash().equals(known.get(d.id()))) {
                    continue;
                }
                index.put(d, SyntheticDocs.facts(d, i));
                written++;
                if (++pending == every) {
                    index.commit();
                    pending = 0;
                    System.out.println("committed " + written);
                    System.out.flush();
                }
            }
            index.commit();
            System.out.println("done " + written);
            System.out.flush();
        }
    }
}
