package org.policylens.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A read-only index searching while a writer indexes sees whole commits only, and never blocks on a lock. */
class ConcurrentReadWriteTest {
    private static final int TOTAL = 1200;
    private static final int EVERY = 200;

    @TempDir
    Path dir;

    @Test
    void readerSeesOnlyCommittedStates() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        AtomicBoolean writing = new AtomicBoolean(true);
        try (LuceneCorpusIndex writer = LuceneCorpusIndex.open(dir);
             LuceneCorpusIndex reader = LuceneCorpusIndex.openReadOnly(dir)) {
            Future<?> write = pool.submit(() -> {
                try {
                    // two threads share the writer: put is thread-safe
                    List<Future<?>> halves = new ArrayList<>();
                    for (int batch = 0; batch < TOTAL / EVERY; batch++) {
                        int first = batch * EVERY;
                        halves.clear();
                        for (int half = 0; half < 2; half++) {
                            int from = first + half * EVERY / 2;
                            halves.add(pool.submit(() -> {
                                for (int i = from; i < from + EVERY / 2; i++) {
                                    var d = SyntheticDocs.document(i);
                                    writer.put(d, SyntheticDocs.facts(d, i));
                                }
                            }));
                        }
                        for (Future<?> h : halves) {
                            h.get();
                        }
                        writer.commit();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    writing.set(false);
                }
            });
            List<Long> seen = new ArrayList<>();
            long previous = 0;
            while (writing.get()) {
                long hits = reader.search(SearchRequest.of("common synthetic", 5)).totalHits();
                assertEquals(0, hits % EVERY, "saw a half-committed state: " + hits);
                assertTrue(hits >= previous, "went back in time");
                previous = hits;
                seen.add(hits);
                Thread.sleep(5); // leave the shared cores to the writer
            }
            write.get(60, TimeUnit.SECONDS);
            assertEquals(TOTAL, reader.search(SearchRequest.of("common synthetic", 5)).totalHits());
            assertEquals(TOTAL, reader.indexedHashes().size());
            assertTrue(seen.size() > 1, "reader searched while writing: " + seen.size());
        } finally {
            pool.shutdownNow();
        }
    }
}
