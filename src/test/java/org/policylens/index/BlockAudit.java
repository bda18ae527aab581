package org.policylens.index;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Reads every live entry of an index and checks that each source document's block is whole. */
record BlockAudit(int documents, int duplicateDocuments, int passages, int facts, Set<String> incomplete,
                  Set<String> orphans) {

    static BlockAudit of(Path dir) throws IOException {
        try (Directory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            Map<String, int[]> expected = new HashMap<>(); // id -> {passages, facts}
            Map<String, int[]> found = new HashMap<>();
            int documents = 0;
            int duplicates = 0;
            int passages = 0;
            int facts = 0;
            for (var leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live != null && !live.get(i)) {
                        continue;
                    }
                    org.apache.lucene.document.Document e = stored.document(i);
                    String id = e.get(IndexSchema.DOC_ID);
                    switch (e.get(IndexSchema.KIND)) {
                        case IndexSchema.KIND_DOC -> {
                            documents++;
                            int[] counts = {FactCodec.intOf(e, IndexSchema.PASSAGE_COUNT),
                                    FactCodec.intOf(e, IndexSchema.FACT_COUNT)};
                            if (expected.put(id, counts) != null) {
                                duplicates++;
                            }
                        }
                        case IndexSchema.KIND_PASSAGE -> {
                            passages++;
                            found.computeIfAbsent(id, k -> new int[2])[0]++;
                        }
                        case IndexSchema.KIND_SENTENCE -> found.computeIfAbsent(id, k -> new int[2]);
                        default -> {
                            facts++;
                            found.computeIfAbsent(id, k -> new int[2])[1]++;
                        }
                    }
                }
            }
            Set<String> incomplete = new HashSet<>();
            expected.forEach((id, counts) -> {
                int[] f = found.getOrDefault(id, new int[2]);
                if (f[0] != counts[0] || f[1] != counts[1]) {
                    incomplete.add(id);
                }
            });
            Set<String> orphans = new HashSet<>(found.keySet());
            orphans.removeAll(expected.keySet());
            return new BlockAudit(documents, duplicates, passages, facts, incomplete, orphans);
        }
    }
}
