package org.policylens.index.solr;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.bench.BenchCorpus;
import org.policylens.bench.BenchCorpusGenerator;
import org.policylens.bench.BenchQueries;
import org.policylens.bench.BenchQuery;
import org.policylens.extract.act.ActIds;
import org.policylens.index.CorpusIndex;
import org.policylens.index.LuceneCorpusIndex;
import org.policylens.index.SearchHit;
import org.policylens.index.SearchRequest;
import org.policylens.index.SearchResults;
import org.policylens.ingest.IngestLimits;
import org.policylens.model.Fact;
import org.policylens.model.IngestOutcome;
import org.policylens.pipeline.IndexJob;
import org.policylens.pipeline.Pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same corpus (the shipped corpus/ plus 300 generated documents in every format and language) indexed by the
 * same pipeline into the local Lucene index and into a SolrCloud collection of 2 shards × 2 replicas on 2 nodes:
 * both backends must give the same answers. Verdicts are compared on corpus/ alone (SolrWebServerTest, SolrCliTest):
 * without ../shared the generator makes its documents from the sample article itself, hundreds of near-copies whose
 * evidence ties on score, and a tie is broken by index order, which differs between the backends.
 */
@Tag("cluster")
@ExtendWith(SolrTestCluster.Resolver.class)
class SolrSameAnswersTest {
    private static final int GENERATED = 300;
    private static Pipeline pipeline;
    private static LuceneCorpusIndex local;
    private static SolrCorpusIndex solr;

    @BeforeAll
    static void indexBoth(SolrTestCluster cluster, @TempDir Path tmp) throws Exception {
        BenchCorpus generated = BenchCorpusGenerator.fromDefaultSources().generate(GENERATED, 20, tmp.resolve("generated"));
        List<Path> roots = List.of(Path.of("corpus"), generated.dir());
        pipeline = Pipeline.standard(IngestLimits.DEFAULTS, 2);
        local = LuceneCorpusIndex.open(tmp.resolve("index"), ActIds::canonical);
        int localIndexed = indexed(new IndexJob(pipeline, local, 5000).run(roots, false));
        solr = SolrCorpusIndex.open(cluster.createCollection("same"), ActIds::canonical, false);
        int solrIndexed = indexed(new IndexJob(pipeline, solr, 5000).run(roots, false));
        assertEquals(localIndexed, solrIndexed);
        assertTrue(localIndexed > GENERATED, "indexed " + localIndexed);
    }

    private static int indexed(List<IngestOutcome> outcomes) {
        return (int) outcomes.stream().filter(o -> o instanceof IngestOutcome.Indexed).count();
    }

    @AfterAll
    static void close() throws Exception {
        if (local != null) {
            local.close();
        }
        if (solr != null) {
            solr.close();
        }
    }

    @Test
    void sameDocumentsAndSignatures() {
        assertEquals(local.indexedHashes(), solr.indexedHashes());
        assertEquals(signatures(local), signatures(solr));
    }

    /** Each document's content hash and signature, by id (the order of the list is no part of the contract). */
    private static Map<String, String> signatures(CorpusIndex index) {
        Map<String, String> out = new java.util.TreeMap<>();
        index.signatures().forEach(s -> out.put(s.id().value(),
                s.contentHash() + " " + java.util.Arrays.toString(s.signature().toBytes())));
        return out;
    }

    @Test
    void sameFactsExport() {
        assertEquals(facts(local), facts(solr));
    }

    static List<Fact> facts(CorpusIndex index) {
        List<Fact> out = new ArrayList<>();
        index.forEachFact(out::add);
        return out;
    }

    /** The bench's 50 queries: the same hit counts and facet counts, and the same top 10 (overlap at least 0.9). */
    @Test
    void sameSearchAnswers() {
        List<String> report = new ArrayList<>();
        double overlapSum = 0;
        int queries = 0;
        for (BenchQueries.Spec spec : BenchQueries.all()) {
            SearchRequest request = request(spec.query());
            SearchResults a = local.search(request);
            SearchResults b = solr.search(request);
            assertEquals(a.totalHits(), b.totalHits(), spec.query());
            assertEquals(a.facets(), b.facets(), spec.query());
            double overlap = overlap(a.hits(), b.hits());
            assertTrue(overlap >= 0.9, spec.query() + ": top-10 overlap " + overlap + "\nlocal " + a.hits()
                    + "\nsolr  " + b.hits());
            overlapSum += overlap;
            queries++;
            report.add(spec.query() + " " + a.totalHits() + " " + overlap);
        }
        System.out.printf("solr vs local: %d queries, mean top-10 overlap %.3f%n", queries, overlapSum / queries);
    }

    /** The same hit shows the same passage, marked alike, on the same page. */
    @Test
    void sameBestPassages() {
        for (BenchQueries.Spec spec : BenchQueries.all()) {
            SearchRequest request = request(spec.query());
            Map<String, SearchHit> solrHits = new java.util.HashMap<>();
            solr.search(request).hits().forEach(h -> solrHits.put(h.document().value(), h));
            for (SearchHit a : local.search(request).hits()) {
                SearchHit b = solrHits.get(a.document().value());
                if (b != null) {
                    assertEquals(a.passage(), b.passage(), spec.query());
                    assertEquals(List.of(a.title(), a.documentType(), a.language(), a.date(), a.page()),
                            List.of(b.title(), b.documentType(), b.language(), b.date(), b.page()), spec.query());
                    assertEquals(a.score(), b.score(), a.score() * 1e-4, spec.query());
                }
            }
        }
    }

    /** As the bench builds its requests: leading {@code key:value} filters, then the query text. */
    static SearchRequest request(String query) {
        BenchQuery q = BenchQuery.parse(query);
        Map<String, String> f = q.filters();
        return SearchRequest.builder(q.filterOnly() ? "*:*" : q.text(), 10)
                .language(f.get("lang")).documentType(f.get("type")).act(f.get("act")).program(f.get("program"))
                .dates(f.get("from"), f.get("to")).build();
    }

    /** Shared documents over the larger list's size; 1 when both are empty. */
    static double overlap(List<SearchHit> a, List<SearchHit> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> ids = new HashSet<>();
        a.forEach(h -> ids.add(h.document().value()));
        long shared = b.stream().filter(h -> ids.contains(h.document().value())).count();
        return (double) shared / Math.max(a.size(), b.size());
    }
}
