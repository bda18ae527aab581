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
import org.policylens.index.FactHit;
import org.policylens.index.FactQuery;
import org.policylens.index.LuceneCorpusIndex;
import org.policylens.index.SearchHit;
import org.policylens.index.SearchRequest;
import org.policylens.index.SearchResults;
import org.policylens.ingest.IngestLimits;
import org.policylens.model.ActRef;
import org.policylens.model.DateValue;
import org.policylens.model.Fact;
import org.policylens.model.Money;
import org.policylens.model.Percent;
import org.policylens.model.ProgramRef;
import org.policylens.model.Quantity;
import org.policylens.model.Value;
import org.policylens.model.IngestOutcome;
import org.policylens.model.Verdict;
import org.policylens.pipeline.IndexJob;
import org.policylens.pipeline.Pipeline;
import org.policylens.pipeline.VerifyJob;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same corpus (the shipped corpus/ plus 300 generated documents in every format and language) indexed by the
 * same pipeline into the local Lucene index and into a SolrCloud collection of 2 shards × 2 replicas on 2 nodes:
 * both backends must give the same answers. Without ../shared the generator makes its documents from the sample
 * article itself, hundreds of near-copies whose evidence ties on score: both backends break such ties by document id,
 * then text order (never by index order, which differs between them), so the verdicts are still the same.
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

    /** bench's text dump: passage entries paged with a cursor (several pages of them), each document once, in text order. */
    @Test
    void sameDocumentPassages() {
        Map<String, org.policylens.index.DocumentPassages> expected = documentPassages(local);
        long passages = expected.values().stream().mapToLong(d -> d.passages().size()).sum();
        assertTrue(passages > 2 * SolrCorpusIndex.PAGE_SIZE, "passages: " + passages);
        assertEquals(expected, documentPassages(solr));
    }

    private static Map<String, org.policylens.index.DocumentPassages> documentPassages(CorpusIndex index) {
        Map<String, org.policylens.index.DocumentPassages> out = new java.util.TreeMap<>();
        index.forEachDocumentPassages(d -> assertEquals(null, out.put(d.id().value(), d), "twice: " + d.id()));
        return out;
    }

    /** The export streams fact entries page by page with a cursor: the corpus holds several pages of them. */
    @Test
    void sameFactsExport() {
        List<Fact> expected = facts(local);
        assertTrue(expected.size() > 2 * SolrCorpusIndex.PAGE_SIZE, "facts: " + expected.size());
        assertEquals(expected, facts(solr));
    }

    /**
     * Fact retrieval as verification runs it, on a sample of the indexed facts: each one's type and value filter
     * (act, programme, amount window and unit, overlapping dates), ranked by its sentence through the sentence block
     * join. Both backends return the same facts in the same order (equal scores by document id, then text order).
     */
    @Test
    void sameFactHits() {
        List<Fact> all = facts(local);
        int step = Math.max(1, all.size() / 150);
        int queries = 0;
        for (int i = 0; i < all.size(); i += step) {
            Fact f = all.get(i);
            FactQuery q = filtersOf(f);
            List<FactHit> a = local.findFacts(q);
            List<FactHit> b = solr.findFacts(q);
            assertTrue(a.stream().anyMatch(h -> h.fact().document().equals(f.document())) || a.size() == q.limit(),
                    "the fact's own document answers " + q);
            assertEquals(hitKeys(a), hitKeys(b), q.toString());
            for (int h = 0; h < a.size(); h++) {
                assertEquals(a.get(h).score(), b.get(h).score(), a.get(h).score() * 1e-4, q.toString());
            }
            queries++;
        }
        assertTrue(queries >= 100, "queries " + queries);
        System.out.printf("solr vs local: %d filtered fact queries over %d facts, same hits%n", queries, all.size());
    }

    /** A query for facts like {@code f}: its type, a filter on its value, ranked by its sentence. */
    private static FactQuery filtersOf(Fact f) {
        FactQuery.Builder q = FactQuery.ranking(f.sentenceText(), 20).type(Optional.of(f.type()));
        Value v = f.value();
        if (v instanceof ActRef act) {
            q.actId(act.id());
        } else if (v instanceof ProgramRef program) {
            q.program(program.name());
        } else if (v instanceof DateValue date) {
            q.dates(Optional.of(date.first()), Optional.of(date.last()));
        } else {
            BigDecimal amount = v instanceof Money m ? m.amount() : v instanceof Quantity n ? n.amount()
                    : ((Percent) v).amount();
            BigDecimal low = amount.multiply(new BigDecimal("0.9"));
            BigDecimal high = amount.multiply(new BigDecimal("1.1"));
            q.amounts(low.min(high), low.max(high)).unit(v.unit().isEmpty() ? Optional.empty() : Optional.of(v.unit()));
        }
        return q.build();
    }

    private static List<String> hitKeys(List<FactHit> hits) {
        return hits.stream().map(h -> h.fact().document().value() + " " + h.fact().span() + " " + h.fact().value()
                + " p" + h.page() + " " + h.documentTitle() + " " + h.contentHash()).toList();
    }

    static List<Fact> facts(CorpusIndex index) {
        List<Fact> out = new ArrayList<>();
        index.forEachFact(out::add);
        return out;
    }

    /** The bench's 50 queries and three act filters: the same hit and facet counts, the same top 10 (overlap ≥ 0.9). */
    @Test
    void sameSearchAnswers() {
        List<String> report = new ArrayList<>();
        Map<String, Long> hitsByQuery = new java.util.LinkedHashMap<>();
        double overlapSum = 0;
        int queries = 0;
        for (String query : queries()) {
            SearchRequest request = request(query);
            SearchResults a = local.search(request);
            SearchResults b = solr.search(request);
            assertEquals(a.totalHits(), b.totalHits(), query);
            assertEquals(a.facets(), b.facets(), query);
            double overlap = overlap(a.hits(), b.hits());
            assertTrue(overlap >= 0.9, query + ": top-10 overlap " + overlap + "\nlocal " + a.hits()
                    + "\nsolr  " + b.hits());
            overlapSum += overlap;
            queries++;
            report.add(query + " " + a.totalHits() + " " + overlap);
            hitsByQuery.put(query, a.totalHits());
        }
        System.out.printf("solr vs local: %d queries, mean top-10 overlap %.3f%n", queries, overlapSum / queries);
        // the block-join filters are exercised, not only compared empty: each kind finds documents
        for (String filter : List.of("act:", "program:", "from:")) {
            assertTrue(hitsByQuery.entrySet().stream().anyMatch(e -> e.getKey().contains(filter) && e.getValue() > 0),
                    filter + " " + hitsByQuery);
        }
        System.out.println("solr vs local: " + report);
    }

    /** The same hit shows the same passage, marked alike (Solr's unified highlighter, Lucene's locally), on the same page. */
    @Test
    void sameBestPassages() {
        int compared = 0;
        int marked = 0;
        for (String query : queries()) {
            SearchRequest request = request(query);
            Map<String, SearchHit> solrHits = new java.util.HashMap<>();
            solr.search(request).hits().forEach(h -> solrHits.put(h.document().value(), h));
            for (SearchHit a : local.search(request).hits()) {
                SearchHit b = solrHits.get(a.document().value());
                if (b != null) {
                    assertEquals(a.passage(), b.passage(), query);
                    compared++;
                    marked += a.passage().contains("[[") ? 1 : 0;
                    assertEquals(List.of(a.title(), a.documentType(), a.language(), a.date(), a.page()),
                            List.of(b.title(), b.documentType(), b.language(), b.date(), b.page()), query);
                    assertEquals(a.score(), b.score(), a.score() * 1e-4, query);
                }
            }
        }
        assertTrue(marked > compared / 2, marked + " of " + compared + " passages marked");
        System.out.printf("solr vs local: %d best passages alike, %d of them marked%n", compared, marked);
    }

    @Test
    void sameVerdicts() {
        Path article = Path.of("corpus", "articles", "sample-article-it-education.en.md");
        List<String> a = verdicts(new VerifyJob(pipeline).run(article, local));
        List<String> b = verdicts(new VerifyJob(pipeline).run(article, solr));
        assertTrue(a.size() > 5, a.toString());
        assertEquals(a, b);
    }

    private static List<String> verdicts(VerifyJob.Outcome outcome) {
        VerifyJob.Verified verified = assertInstanceOf(VerifyJob.Verified.class, outcome);
        List<String> out = new ArrayList<>();
        for (Verdict v : verified.result().report().verdicts()) {
            if (v instanceof Verdict.Supported s) {
                out.add("SUPPORTED " + s.claim() + " " + s.evidence() + " " + s.reason());
            } else if (v instanceof Verdict.Contradicted c) {
                out.add("CONTRADICTED " + c.claim() + " " + c.evidence() + " " + c.reason());
            } else if (v instanceof Verdict.NotFound n) {
                out.add("NOT_FOUND " + n.claim() + " " + n.reason());
            }
        }
        return out;
    }

    /** As the bench builds its requests: leading {@code key:value} filters, then the query text. */
    /**
     * The bench's 50 queries, and block-join filters on acts of the shipped corpus/ (the bench's acts come from
     * ../shared, absent on a bare clone, where their filters find nothing in either backend).
     */
    private static List<String> queries() {
        List<String> all = new ArrayList<>(BenchQueries.all().stream().map(BenchQueries.Spec::query).toList());
        all.addAll(List.of("act:PF-6079", "act:PQ-357 IT", "act:VMQ-17 from:2015"));
        return all;
    }

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
