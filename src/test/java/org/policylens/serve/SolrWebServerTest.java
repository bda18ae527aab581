package org.policylens.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.extract.act.ActIds;
import org.policylens.index.LuceneCorpusIndex;
import org.policylens.index.solr.SolrCorpusIndex;
import org.policylens.index.solr.SolrTarget;
import org.policylens.index.solr.SolrTestCluster;
import org.policylens.ingest.IngestLimits;
import org.policylens.pipeline.Pipeline;
import org.policylens.pipeline.VerifyJob;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code serve} over a SolrCloud collection answers over HTTP as it does over the local index: the shipped corpus
 * indexed by the {@code index} command into both, one web server on each, the same requests to both.
 */
@Tag("cluster")
@ExtendWith(SolrTestCluster.Resolver.class)
class SolrWebServerTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LuceneCorpusIndex localIndex;
    private static SolrCorpusIndex solrIndex;
    private static WebServer local;
    private static WebServer solr;

    @BeforeAll
    static void serveBoth(SolrTestCluster cluster, @TempDir Path tmp) throws Exception {
        SolrTarget target = cluster.createCollection("serve");
        Path index = tmp.resolve("index");
        ServedIndex.runCli("index", "corpus", "--index", index.toString());
        ServedIndex.runCli("index", "corpus", "--solr", target.solrUrl().orElseThrow(), "--collection", "serve");
        localIndex = LuceneCorpusIndex.openReadOnly(index, ActIds::canonical);
        solrIndex = SolrCorpusIndex.open(target, ActIds::canonical, false);
        VerifyJob verifier = new VerifyJob(Pipeline.standard(IngestLimits.DEFAULTS, 1));
        local = new WebServer(localIndex, verifier, new InetSocketAddress("127.0.0.1", 0), 4);
        solr = new WebServer(solrIndex, verifier, new InetSocketAddress("127.0.0.1", 0), 4);
        local.start();
        solr.start();
    }

    @AfterAll
    static void stop() throws IOException {
        try {
            if (local != null) {
                local.close();
            }
            if (solr != null) {
                solr.close();
            }
        } finally {
            if (localIndex != null) {
                localIndex.close();
            }
            if (solrIndex != null) {
                solrIndex.close();
            }
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Hits, totals and every facet's counts, with the act facet and the year filter, page 1 and 2. */
    @Test
    void sameSearchAnswers() throws Exception {
        for (String query : List.of(
                "q=" + enc("IT Park"),
                "q=" + enc("IT Park") + "&lang=ru",
                "q=" + enc("IT Park") + "&act=PQ-357",
                "q=" + enc("IT Park") + "&year=2019",
                "q=" + enc("digital economy") + "&type=decree",
                "q=" + enc("Ёшлар билим"),
                "q=" + enc("\"higher education\" OR schools") + "&page=2",
                "q=&act=PF-6079")) {
            JsonNode a = json(local, "/api/search?" + query);
            JsonNode b = json(solr, "/api/search?" + query);
            assertTrue(a.get("total").asLong() > 0 && a.get("facets").get("act").size() > 0, query + ": " + a);
            assertSameScores(a, b, query);
            assertEquals(a, b, query);
        }
        String page = "/search?q=" + enc("IT Park") + "&year=2019";
        assertEquals(get(local, page).body(), get(solr, page).body(), "the search page");
    }

    /** The first hits' documents, as JSON and as the page, with their facts; and an act's citations and timeline. */
    @Test
    void sameDocumentsFactsAndActs() throws Exception {
        JsonNode hits = json(local, "/api/search?q=" + enc("IT Park")).get("hits");
        assertTrue(hits.size() >= 3, hits.toString());
        for (int i = 0; i < 3; i++) {
            String id = enc(hits.get(i).get("document").asText());
            JsonNode doc = json(local, "/api/document?id=" + id);
            assertTrue(doc.get("text").asText().length() > 100 && doc.get("facts").size() > 0, doc.toString());
            assertEquals(doc, json(solr, "/api/document?id=" + id), id);
            assertEquals(json(local, "/api/facts?id=" + id), json(solr, "/api/facts?id=" + id), id);
            assertEquals(get(local, "/doc?id=" + id).body(), get(solr, "/doc?id=" + id).body(), id);
        }
        for (String act : List.of("PF-6079", "УП-6079", "PQ-357")) {
            JsonNode a = json(local, "/api/act?id=" + enc(act));
            JsonNode b = json(solr, "/api/act?id=" + enc(act));
            assertTrue(a.get("citations").size() > 0, a.toString());
            assertSameScores(a, b, act);
            assertEquals(a, b, act);
        }
    }

    /** The fact search behind verification: the sample article's verdicts and their evidence, through the API. */
    @Test
    void sameVerification() throws Exception {
        Path article = Path.of("corpus", "articles", "sample-article-it-education.en.md");
        JsonNode a = verify(local, article);
        JsonNode b = verify(solr, article);
        assertTrue(a.get("counts").get("supported").asInt() > 0 && a.get("counts").get("contradicted").asInt() > 0,
                a.get("counts").toString());
        assertSameScores(a, b, "verify");
        assertEquals(a, b);
    }

    private static JsonNode verify(WebServer server, Path article) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/api/verify?name=draft.md"))
                .POST(HttpRequest.BodyPublishers.ofFile(article)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return MAPPER.readTree(r.body());
    }

    /** Bad queries and unknown documents: the same status and the same one-line error from both. */
    @Test
    void sameErrors() throws Exception {
        for (String path : List.of(
                "/api/search?q=" + enc("\"unclosed"),
                "/api/search?q=" + enc("AND OR"),
                "/search?q=" + enc("AND OR"),
                "/api/search?q=x&from=soon",
                "/api/document?id=" + enc("corpus/no-such-document.txt"),
                "/api/facts?id=" + enc("../../etc/passwd"),
                "/doc?id=corpus")) {
            HttpResponse<String> a = get(local, path);
            HttpResponse<String> b = get(solr, path);
            assertTrue(a.statusCode() == 400 || a.statusCode() == 404, path + " " + a.statusCode());
            assertEquals(a.statusCode(), b.statusCode(), path);
            assertEquals(a.body(), b.body(), path);
        }
    }

    /**
     * Every {@code score} in {@code a} equals its twin in {@code b} to 1e-4 (both backends score with BM25, but
     * Solr sums shard statistics in another order), and is then blanked in both so the trees compare whole.
     */
    private static void assertSameScores(JsonNode a, JsonNode b, String what) {
        if (a instanceof ObjectNode oa && b instanceof ObjectNode ob) {
            if (oa.has("score") && ob.has("score")) {
                double sa = oa.get("score").asDouble();
                assertEquals(sa, ob.get("score").asDouble(), Math.abs(sa) * 1e-4, what);
                oa.remove("score");
                ob.remove("score");
            }
            oa.fieldNames().forEachRemaining(f -> {
                if (ob.has(f)) {
                    assertSameScores(oa.get(f), ob.get(f), what);
                }
            });
        } else if (a instanceof ArrayNode aa && b instanceof ArrayNode ab) {
            for (int i = 0; i < Math.min(aa.size(), ab.size()); i++) {
                assertSameScores(aa.get(i), ab.get(i), what);
            }
        }
    }

    private static JsonNode json(WebServer server, String pathAndQuery) throws Exception {
        HttpResponse<String> r = get(server, pathAndQuery);
        assertEquals(200, r.statusCode(), pathAndQuery + ": " + r.body());
        return MAPPER.readTree(r.body());
    }

    private static HttpResponse<String> get(WebServer server, String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
