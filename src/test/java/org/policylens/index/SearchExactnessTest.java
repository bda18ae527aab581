package org.policylens.index;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policylens.model.ActRef;
import org.policylens.model.Document;
import org.policylens.model.Fact;
import org.policylens.model.ProgramRef;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search's top documents (found with score-bound skipping) and its counts and facets (found in a second,
 * non-scoring pass) against a brute force that scores every matching passage of a several-segment index.
 */
class SearchExactnessTest {
    private static final String[] WORDS = {"budget", "tax", "order", "security", "agency", "health", "education",
            "reform", "region", "ministry", "export", "service", "digital", "programme", "fund", "report"};
    private static final String[] LANGUAGES = {"en", "ru", "uz-Latn"};
    private static final String[] TYPES = {"decree", "law", "resolution"};
    private static final String[] PROGRAMS = {"Digital Kazakhstan", "One Million Programmers"};
    private static final int DOCUMENTS = 400;
    private static final float EPSILON = 1e-4f;

    @TempDir
    static Path dir;
    private static LuceneCorpusIndex index;
    /** Document id to its expected facet values: language, type, programs. */
    private static final Map<String, List<String>> FACETS = new HashMap<>();
    /** Document id to the act it cites, for the documents that cite one. */
    private static final Map<String, String> ACTS = new HashMap<>();

    @BeforeAll
    static void build() {
        Random random = new Random(7);
        index = LuceneCorpusIndex.open(dir.resolve("index"), TestDocs.ACTS);
        for (int i = 0; i < DOCUMENTS; i++) {
            StringBuilder text = new StringBuilder();
            int paragraphs = 1 + random.nextInt(6);
            for (int p = 0; p < paragraphs; p++) {
                int words = 20 + random.nextInt(150);
                for (int w = 0; w < words; w++) {
                    // a skewed vocabulary: common words in most passages, rare ones in few
                    text.append(WORDS[(int) Math.min(WORDS.length - 1, Math.abs(random.nextGaussian()) * 5)]).append(' ');
                }
                text.append(".\n");
            }
            String id = String.format("gen/doc-%04d.txt", i);
            String language = LANGUAGES[i % LANGUAGES.length];
            String type = TYPES[(i / 3) % TYPES.length];
            Document d = TestDocs.doc(id, language, type, "Act " + i + " on " + WORDS[i % WORDS.length], text.toString());
            List<Fact> facts = new ArrayList<>();
            String program = PROGRAMS[i % PROGRAMS.length];
            if (i % 4 == 0) {
                int at = text.indexOf("budget");
                if (at >= 0) {
                    facts.add(TestDocs.fact(d, "budget", new ProgramRef(program)));
                }
            }
            FACETS.put(id, facts.isEmpty() ? List.of(language, type) : List.of(language, type, program));
            if (i % 5 == 0 && text.indexOf("tax") >= 0) {
                String act = "PF-" + (100 + i % 3);
                facts.add(TestDocs.fact(d, "tax", new ActRef(act)));
                facts.sort(java.util.Comparator.comparing(Fact::span));
                ACTS.put(id, act);
            }
            index.put(d, facts);
            if (i % 70 == 69) {
                index.commit(); // several segments, searched in parallel slices
            }
        }
        index.commit();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "budget", "report", "fund", "budget tax", "\"budget tax\"", "reform OR report",
            "+order -budget", "dig*", "title:export", "budget AND security AND \"tax order\""})
    void topDocumentsCountsAndFacetsEqualTheBruteForce(String query) throws IOException {
        for (int limit : new int[] {1, 10, 50}) {
            SearchResults got = index.search(SearchRequest.builder(query, limit).build());
            Map<String, Float> best = bruteForceBestPassage(query);
            List<Map.Entry<String, Float>> ranked = new ArrayList<>(best.entrySet());
            ranked.sort(Map.Entry.<String, Float>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));

            assertEquals(best.size(), got.totalHits(), query);
            assertEquals(Math.min(limit, best.size()), got.hits().size(), query);
            float previous = Float.MAX_VALUE;
            for (SearchHit hit : got.hits()) {
                Float expected = best.get(hit.document().value());
                assertTrue(expected != null, query + ": " + hit.document() + " does not match");
                assertEquals(expected, hit.score(), EPSILON, query + ": best passage of " + hit.document());
                assertTrue(hit.score() <= previous + EPSILON, query + ": hits out of order");
                previous = hit.score();
            }
            if (!got.hits().isEmpty()) {
                // nothing better was skipped: the brute force's k-th best is no better than the last hit
                float kth = ranked.get(got.hits().size() - 1).getValue();
                assertTrue(kth <= previous + EPSILON, query + ": a better document was skipped");
            }
            assertEquals(expectedFacets(best.keySet()), withoutYear(got.facets()), query);
        }
    }

    /**
     * Slices that share their score bounds (one segment each, searched in parallel) find the same documents, scores
     * and passages as one collector over every segment: the filter-only search, where every document ties, checks that
     * a shared bound never skips a tie that wins on its id.
     */
    @ParameterizedTest
    @ValueSource(strings = {"", "budget", "\"budget tax\"", "reform OR report", "budget AND security"})
    void slicesSharingBoundsFindWhatOneCollectorFinds(String query) throws Exception {
        Query text = new SearchQueryParser(id -> id).parse(query);
        Query q = new BooleanQuery.Builder().add(text, Occur.MUST)
                .add(new TermQuery(new Term(IndexSchema.KIND, query.isEmpty() ? IndexSchema.KIND_DOC : IndexSchema.KIND_PASSAGE)),
                        Occur.FILTER).build();
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try (var d = FSDirectory.open(dir.resolve("index")); DirectoryReader reader = DirectoryReader.open(d)) {
            assertTrue(reader.leaves().size() > 2, "several segments");
            IndexSearcher sliced = new IndexSearcher(reader, threads) {
                @Override
                protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                    return leaves.stream().map(leaf -> new LeafSlice(new ArrayList<>(List.of(leaf)))).toArray(LeafSlice[]::new);
                }
            };
            IndexSearcher whole = new IndexSearcher(reader);
            for (int limit : new int[] {1, 10, 50}) {
                assertEquals(whole.search(q, TopDocumentsCollector.manager(limit)).stream().map(SearchExactnessTest::hit).toList(),
                        sliced.search(q, TopDocumentsCollector.manager(limit)).stream().map(SearchExactnessTest::hit).toList(),
                        query + ", limit " + limit);
            }
        } finally {
            threads.shutdown();
        }
    }

    private static String hit(TopDocumentsCollector.Best b) {
        return b.documentId().utf8ToString() + "@" + b.doc() + "=" + b.score();
    }

    /** Every matching passage scored, grouped by document: its best passage score. */
    private static Map<String, Float> bruteForceBestPassage(String query) throws IOException {
        Query text = new SearchQueryParser(id -> id).parse(query);
        Query q = new BooleanQuery.Builder().add(text, Occur.MUST)
                .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_PASSAGE)), Occur.FILTER).build();
        Map<String, Float> best = new HashMap<>();
        try (var d = FSDirectory.open(dir.resolve("index")); DirectoryReader reader = DirectoryReader.open(d)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<int[]> docs = new ArrayList<>();
            List<Float> scores = new ArrayList<>();
            searcher.search(q, new SimpleCollector() {
                private Scorable scorer;
                private int base;

                @Override
                protected void doSetNextReader(LeafReaderContext context) {
                    base = context.docBase;
                }

                @Override
                public void setScorer(Scorable scorer) {
                    this.scorer = scorer;
                }

                @Override
                public void collect(int doc) throws IOException {
                    docs.add(new int[] {base + doc});
                    scores.add(scorer.score());
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE;
                }
            });
            var stored = searcher.storedFields();
            for (int i = 0; i < docs.size(); i++) {
                String id = stored.document(docs.get(i)[0]).get(IndexSchema.DOC_ID);
                best.merge(id, scores.get(i), Math::max);
            }
        }
        return best;
    }

    private static Map<String, Map<String, Long>> expectedFacets(Iterable<String> ids) {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        out.put("language", new TreeMap<>());
        out.put("type", new TreeMap<>());
        out.put("program", new TreeMap<>());
        out.put("act", new TreeMap<>());
        for (String id : ids) {
            if (ACTS.containsKey(id)) {
                out.get("act").merge(ACTS.get(id), 1L, Long::sum);
            }
            List<String> values = FACETS.get(id);
            out.get("language").merge(values.get(0), 1L, Long::sum);
            out.get("type").merge(values.get(1), 1L, Long::sum);
            if (values.size() > 2) {
                out.get("program").merge(values.get(2), 1L, Long::sum);
            }
        }
        return out;
    }

    private static Map<String, Map<String, Long>> withoutYear(Map<String, Map<String, Long>> facets) {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        facets.forEach((name, counts) -> {
            if (!name.equals("year")) {
                out.put(name, new TreeMap<>(counts));
            }
        });
        return out;
    }
}
