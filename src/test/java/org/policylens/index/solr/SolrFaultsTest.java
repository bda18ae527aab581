package org.policylens.index.solr;

import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.bench.BenchCorpus;
import org.policylens.bench.BenchCorpusGenerator;
import org.policylens.extract.act.ActIds;
import org.policylens.index.CorpusIndex;
import org.policylens.index.FactHit;
import org.policylens.index.FactQuery;
import org.policylens.index.LuceneCorpusIndex;
import org.policylens.index.SearchRequest;
import org.policylens.index.SearchResults;
import org.policylens.index.SignedDocument;
import org.policylens.ingest.IngestLimits;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.Fact;
import org.policylens.model.IngestOutcome;
import org.policylens.pipeline.IndexJob;
import org.policylens.pipeline.Pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A node of the 2-node cluster stops while documents are being indexed: the run finishes or fails, a re-run
 * completes it, and the collection then holds exactly what a clean local build holds, before and after the node
 * comes back. Then files change and go: both backends replace and remove alike.
 */
@Tag("cluster")
@ExtendWith(SolrTestCluster.Resolver.class)
class SolrFaultsTest {
    private static final int DOCUMENTS = 120;

    @Test
    void nodeLostMidIndexingThenReRunLosesNothing(SolrTestCluster cluster, @TempDir Path tmp) throws Exception {
        BenchCorpus corpus = BenchCorpusGenerator.fromDefaultSources().generate(DOCUMENTS, 33, tmp.resolve("corpus"));
        List<Path> roots = List.of(corpus.dir());
        Pipeline pipeline = Pipeline.standard(IngestLimits.DEFAULTS, 2);
        SolrTarget target = cluster.createCollection("faults");
        try (LuceneCorpusIndex local = LuceneCorpusIndex.open(tmp.resolve("index"), ActIds::canonical)) {
            new IndexJob(pipeline, local, 5000).run(roots, false);

            JettySolrRunner stopped = cluster.cluster.getJettySolrRunner(1);
            AtomicInteger puts = new AtomicInteger();
            try (SolrCorpusIndex solr = SolrCorpusIndex.open(target, ActIds::canonical, false)) {
                CorpusIndex stopsANode = new Delegating(solr, n -> {
                    if (n == DOCUMENTS / 3) {
                        try {
                            cluster.cluster.stopJettySolrRunner(stopped);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }, puts);
                try {
                    new IndexJob(pipeline, stopsANode, 20).run(roots, false);
                    System.out.println("first run completed with node 1 down after " + DOCUMENTS / 3 + " documents");
                } catch (RuntimeException e) {
                    System.out.println("first run ended with: " + e);
                }
            } catch (RuntimeException e) {
                System.out.println("first run's close ended with: " + e);
            }
            assertTrue(puts.get() > DOCUMENTS / 3, "the node stopped part way: " + puts.get() + " documents put");
            assertTrue(!stopped.isRunning(), "node 1 is down");

            try (SolrCorpusIndex solr = SolrCorpusIndex.open(target, ActIds::canonical, false)) {
                List<IngestOutcome> rerun = new IndexJob(pipeline, solr, 5000).run(roots, false);
                assertTrue(rerun.stream().noneMatch(o -> o instanceof IngestOutcome.Failed), rerun.toString());
                assertSame(local, solr);
            }

            cluster.cluster.startJettySolrRunner(stopped);
            cluster.cluster.waitForActiveCollection(target.collection(), 60, TimeUnit.SECONDS, 2, 4);
            try (SolrCorpusIndex solr = SolrCorpusIndex.open(target, ActIds::canonical, false)) {
                for (int i = 0; i < 4; i++) { // reads go to either replica of each shard: ask a few times
                    assertSame(local, solr);
                }

                // a file rewritten with other text (fewer facts) and a file gone: replaced and removed in both
                List<Path> files = corpus.files();
                Path changed = files.get(0);
                Path gone = files.get(1);
                Files.writeString(changed, "Replaced text: the zyxwvut programme was adopted on 12 March 2021.\n");
                Files.delete(gone);
                new IndexJob(pipeline, local, 5000).run(roots, false);
                new IndexJob(pipeline, solr, 5000).run(roots, false);
                assertSame(local, solr);
                SearchResults replaced = solr.search(SearchRequest.of("zyxwvut", 10));
                assertEquals(1, replaced.totalHits());
                // scores may differ a little: deleted entries count in term statistics until merged away, and the
                // collection deleted more (each retried batch replaced what it had already added)
                assertEquals(local.search(SearchRequest.of("zyxwvut", 10)).hits().get(0).passage(),
                        replaced.hits().get(0).passage());
            }
        }
    }

    private static void assertSame(CorpusIndex local, CorpusIndex solr) {
        Map<DocumentId, String> hashes = local.indexedHashes();
        assertEquals(hashes, solr.indexedHashes());
        assertEquals(SolrSameAnswersTest.facts(local), SolrSameAnswersTest.facts(solr));
        SearchResults all = solr.search(SearchRequest.of("", 1000));
        assertEquals(hashes.size(), all.totalHits());
    }

    /** Passes every call on; tells {@code afterPut} how many documents were put so far. */
    private record Delegating(CorpusIndex index, Consumer<Integer> afterPut, AtomicInteger puts) implements CorpusIndex {
        @Override
        public Map<DocumentId, String> indexedHashes() {
            return index.indexedHashes();
        }

        @Override
        public List<SignedDocument> signatures() {
            return index.signatures();
        }

        @Override
        public void put(Document document, List<Fact> facts) {
            index.put(document, facts);
            afterPut.accept(puts.incrementAndGet());
        }

        @Override
        public void remove(DocumentId id) {
            index.remove(id);
        }

        @Override
        public void commit() {
            index.commit();
        }

        @Override
        public SearchResults search(SearchRequest request) {
            return index.search(request);
        }

        @Override
        public List<FactHit> findFacts(FactQuery query) {
            return index.findFacts(query);
        }

        @Override
        public void forEachFact(Consumer<Fact> sink) {
            index.forEachFact(sink);
        }

        @Override
        public void forEachDocumentPassages(Consumer<org.policylens.index.DocumentPassages> sink) {
            index.forEachDocumentPassages(sink);
        }

        @Override
        public void close() {
        }
    }
}
