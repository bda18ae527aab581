package org.policylens.pipeline;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.budget.Budget;
import org.policylens.budget.BudgetExceeded;
import org.policylens.extract.FactExtractor;
import org.policylens.extract.StandardExtractors;
import org.policylens.index.LuceneCorpusIndex;
import org.policylens.ingest.IngestLimits;
import org.policylens.ingest.TikaIngester;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.Fact;
import org.policylens.model.IngestOutcome;
import org.policylens.model.ParseResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One budget per file covers all of its work, and a file out of time or memory fails alone in every command: the
 * other files are indexed or their facts written, and nothing of the failed file is kept.
 */
class FileBudgetTest {
    private static final String TEXT = "Presidential Decree No. PF-6079 of October 5, 2020 set 120 targets for 2030.\n";
    private static final Duration BUDGET = Duration.ofSeconds(3);

    /** The standard extractor, except for files whose name says they loop (checking their budget) or hog memory. */
    private static final class HostileExtractor implements FactExtractor {
        private final FactExtractor standard = StandardExtractors.create();

        @Override
        public List<Fact> extract(Document document) {
            String name = document.id().value();
            if (name.contains("loops")) {
                while (true) {
                    Budget.check();
                }
            }
            if (name.contains("hogs")) {
                List<long[]> hog = new ArrayList<>();
                while (true) {
                    hog.add(new long[1 << 24]); // 128 MB at a time: out of heap in a few steps, well within the budget
                }
            }
            return standard.extract(document);
        }
    }

    /** One extractor for every test, its models loaded before any budget runs (loading is not a file's work). */
    private static final HostileExtractor EXTRACTOR = new HostileExtractor();

    @BeforeAll
    static void loadModels(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("warm.txt"), TEXT);
        Document d = ((ParseResult.Parsed) new TikaIngester().ingest(file, new DocumentId("warm.txt"))).document();
        EXTRACTOR.extract(d);
    }

    private static Pipeline pipeline(Duration budget) {
        IngestLimits limits = IngestLimits.DEFAULTS.withTimeout(budget);
        // one worker: the memory hog must not starve a neighbour that is indexing at the same moment
        return new Pipeline(new TikaIngester(limits), EXTRACTOR, 1, budget);
    }

    private static Path corpus(Path dir, String hostile) throws IOException {
        for (String name : List.of("a.txt", "b.txt", hostile)) {
            Files.writeString(dir.resolve(name), TEXT);
        }
        return dir;
    }

    private static Map<String, String> byPath(List<? extends IngestOutcome> outcomes) {
        Map<String, String> out = new TreeMap<>();
        for (IngestOutcome o : outcomes) {
            out.put(Path.of(o.path()).getFileName().toString(),
                    o instanceof IngestOutcome.Failed f ? f.reason() : o.getClass().getSimpleName());
        }
        return out;
    }

    /** Indexes a, b and the hostile file; returns the outcomes by file name after checking a and b alone are indexed. */
    private static Map<String, String> index(Path tmp, String hostile, Duration budget) throws IOException {
        Path docs = corpus(Files.createDirectory(tmp.resolve("docs")), hostile);
        try (LuceneCorpusIndex index = LuceneCorpusIndex.open(tmp.resolve("index"))) {
            Map<String, String> outcomes = byPath(new IndexJob(pipeline(budget), index, 100).run(List.of(docs), false));
            assertEquals("Indexed", outcomes.get("a.txt"));
            assertEquals("Indexed", outcomes.get("b.txt"));
            Set<String> indexed = new TreeSet<>();
            index.indexedHashes().keySet().forEach(id -> indexed.add(Path.of(id.value()).getFileName().toString()));
            assertEquals(Set.of("a.txt", "b.txt"), indexed);
            Set<String> withFacts = new TreeSet<>();
            index.forEachFact(f -> withFacts.add(Path.of(f.document().value()).getFileName().toString()));
            assertEquals(Set.of("a.txt", "b.txt"), withFacts);
            return outcomes;
        }
    }

    /** Extracts the facts of a, b and the hostile file; returns the failures after checking a's and b's facts came. */
    private static Map<String, String> facts(Path tmp, String hostile, Duration budget) throws IOException {
        Set<String> withFacts = new TreeSet<>();
        List<IngestOutcome.Failed> failures = new FactsJob(pipeline(budget)).run(List.of(corpus(tmp, hostile)),
                f -> withFacts.add(Path.of(f.document().value()).getFileName().toString()));
        assertEquals(Set.of("a.txt", "b.txt"), withFacts);
        return byPath(failures);
    }

    @Test
    void indexKeepsEveryOtherFileWhenOneIsOutOfTime(@TempDir Path tmp) throws IOException {
        assertEquals("processing exceeded 3 s", index(tmp, "loops.txt", BUDGET).get("loops.txt"));
    }

    @Test
    void indexKeepsEveryOtherFileWhenOneIsOutOfMemory(@TempDir Path tmp) throws IOException {
        String reason = index(tmp, "hogs.txt", Duration.ofMinutes(5)).get("hogs.txt");
        assertTrue(reason.startsWith("out of memory while processing (file is too large for -Xmx"), reason);
    }

    @Test
    void factsKeepsEveryOtherFilesFactsWhenOneIsOutOfTime(@TempDir Path tmp) throws IOException {
        assertEquals(Map.of("loops.txt", "processing exceeded 3 s"), facts(tmp, "loops.txt", BUDGET));
    }

    @Test
    void factsKeepsEveryOtherFilesFactsWhenOneIsOutOfMemory(@TempDir Path tmp) throws IOException {
        Map<String, String> failed = facts(tmp, "hogs.txt", Duration.ofMinutes(5));
        assertEquals(Set.of("hogs.txt"), failed.keySet());
        assertTrue(failed.get("hogs.txt").startsWith("out of memory while processing"), failed.get("hogs.txt"));
    }

    @Test
    void verifyReportsAnArticleOutOfTimeAsUnreadable(@TempDir Path tmp) throws IOException {
        Path article = Files.writeString(tmp.resolve("loops.md"), TEXT);
        try (LuceneCorpusIndex index = LuceneCorpusIndex.open(tmp.resolve("index"))) {
            VerifyJob.Outcome outcome = new VerifyJob(pipeline(BUDGET)).run(article, index);
            assertEquals(new VerifyJob.Unreadable(article, "processing exceeded 3 s"), outcome);
        }
    }

    @Test
    void anIndexBlockCutShortLeavesTheIndexAsItWas(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("a.txt"), TEXT);
        Document document = ((ParseResult.Parsed) new TikaIngester().ingest(file,
                new DocumentId("a.txt"))).document();
        List<Fact> facts = StandardExtractors.create().extract(document);
        assertTrue(facts.size() >= 3, facts.toString());
        try (LuceneCorpusIndex index = LuceneCorpusIndex.open(tmp.resolve("index"))) {
            index.put(document, facts.subList(0, 1));
            index.commit();
            // the budget runs out while the block's entries are being written, after the first two facts
            List<Fact> expiring = new AbstractList<>() {
                @Override
                public Fact get(int i) {
                    if (i >= 2) {
                        Budget.current().expire();
                    }
                    return facts.get(i);
                }

                @Override
                public int size() {
                    return facts.size();
                }
            };
            Budget budget = Budget.startingNow(Duration.ofMinutes(1));
            assertThrows(BudgetExceeded.class, () -> budget.call(() -> {
                index.put(document, expiring);
                return null;
            }));
            index.commit();
            List<Fact> kept = new ArrayList<>();
            index.forEachFact(kept::add);
            assertEquals(1, kept.size(), "the earlier version stays whole: " + kept);
            assertFalse(index.indexedHashes().isEmpty());
        }
    }
}
