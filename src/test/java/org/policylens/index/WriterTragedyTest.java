package org.policylens.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.model.DocumentId;
import org.policylens.model.Fact;

import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Out of memory inside Lucene's writer is a tragic event: Lucene closes the writer for good. The index opens a new one
 * on its last commit and goes on; before, every later file failed with "this IndexWriter is closed".
 */
class WriterTragedyTest {
    @TempDir
    Path dir;

    @Test
    void aWriterBrokenByOutOfMemoryIsReplacedAndWhatWasCommittedStays() throws Exception {
        try (LuceneCorpusIndex index = LuceneCorpusIndex.open(dir.resolve("idx"))) {
            var committed = SyntheticDocs.document(1);
            index.put(committed, SyntheticDocs.facts(committed, 1));
            index.commit();
            var uncommitted = SyntheticDocs.document(2);
            index.put(uncommitted, SyntheticDocs.facts(uncommitted, 2));
            var breaking = SyntheticDocs.document(3);
            WriterRestartedException e = assertThrows(WriterRestartedException.class,
                    () -> index.put(breaking, outOfMemoryWhileIndexed(SyntheticDocs.facts(breaking, 3))));
            assertTrue(e.getMessage().startsWith("out of memory while indexing (file is too large for -Xmx"),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith("; the index went back to its last commit"), e.getMessage());
            assertEquals(1, index.writerGeneration());
            var after = SyntheticDocs.document(4);
            index.put(after, SyntheticDocs.facts(after, 4));
            index.commit();
            assertEquals(List.of(new DocumentId(SyntheticDocs.id(1)), new DocumentId(SyntheticDocs.id(4))),
                    List.copyOf(index.indexedHashes().keySet()));
        }
        try (LuceneCorpusIndex reopened = LuceneCorpusIndex.openReadOnly(dir.resolve("idx"))) {
            assertEquals(2, reopened.indexedHashes().size(), "the new writer's commits are the index's");
        }
    }

    /**
     * Facts whose entry Lucene asks for while it adds the block throw {@link OutOfMemoryError} there, as the heap
     * running out inside the writer does; before that (estimating, building the block's tail) they read normally.
     */
    private static List<Fact> outOfMemoryWhileIndexed(List<Fact> facts) {
        return new AbstractList<>() {
            @Override
            public Fact get(int i) {
                if (i == facts.size() - 1) {
                    throw new OutOfMemoryError("Java heap space");
                }
                return facts.get(i);
            }

            @Override
            public int size() {
                return facts.size();
            }

            @Override
            public Iterator<Fact> iterator() {
                return facts.iterator();
            }
        };
    }
}
