package org.policylens.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.bench.BenchCorpusGenerator;
import org.policylens.bench.BenchQueries;
import org.policylens.bench.BenchQuery;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 8 clients × 200 requests on loopback (the bench's queries through the API and the search page, document and act
 * pages) while {@code index} runs add batches of generated documents, each run ending in a commit, until the load
 * ends: no request fails, and the server sees every commit. Prints the server-side p50/p99 (shared 2-core machine: not asserted).
 */
class ServeLoadTest {
    private static final int CLIENTS = 8;
    private static final int REQUESTS = 200;
    /** Batches ready for the index runs; they stop when the load is done, so they write for all of it. */
    private static final int BATCHES = 8;
    private static final int BATCH_DOCS = 25;

    @TempDir
    Path dir;

    @Test
    void eightClientsGetNoErrorsWhileAnIndexRunWrites() throws Exception {
        List<Path> batches = new ArrayList<>();
        BenchCorpusGenerator generator = BenchCorpusGenerator.fromDefaultSources();
        for (int b = 0; b < BATCHES; b++) {
            Path batch = dir.resolve("gen-" + b);
            generator.generate(BATCH_DOCS, 1000 + b, batch);
            batches.add(batch);
        }
        try (ServedIndex served = ServedIndex.start(dir.resolve("served"))) {
            List<String> paths = requests(served);
            long before = total(served.get("/api/search?q=").body());
            AtomicReference<Throwable> writerFailed = new AtomicReference<>();
            AtomicBoolean loadDone = new AtomicBoolean();
            AtomicInteger indexed = new AtomicInteger();
            AtomicInteger duringLoad = new AtomicInteger();
            Thread writer = new Thread(() -> {
                try {
                    for (Path batch : batches) {
                        if (loadDone.get()) {
                            break;
                        }
                        ServedIndex.runCli("index", batch.toString(), "--index", served.index.toString());
                        indexed.incrementAndGet();
                        if (!loadDone.get()) {
                            duringLoad.incrementAndGet();
                        }
                    }
                } catch (Throwable t) {
                    writerFailed.set(t);
                }
            }, "index-run");
            writer.start();
            LoadRun.Result result = LoadRun.run(URI.create(served.base + "/"), paths, CLIENTS, REQUESTS);
            loadDone.set(true);
            writer.join();
            System.out.println("serve load (8 clients x 200 requests while index writes; " + duringLoad.get()
                    + " index runs committed during the load): " + result.summary());
            Files.writeString(Path.of("target", "serve-load.txt"), result.summary() + System.lineSeparator());
            assertNull(writerFailed.get(), "the index run failed");
            assertEquals(CLIENTS * REQUESTS, result.requests());
            assertEquals(0, result.errors(), "errors: " + result.firstErrors());

            // every batch's commit is visible to the serving reader, without a restart
            assertTrue(duringLoad.get() >= 1, "no index run committed while the load ran");
            long expected = before;
            for (Path batch : batches.subList(0, indexed.get())) {
                expected += files(batch);
            }
            assertEquals(expected, total(served.get("/api/search?q=").body()));
        }
    }

    /** The bench's 50 queries (text and filters) through the API and the page, plus document and act pages. */
    private static List<String> requests(ServedIndex served) {
        List<String> paths = new ArrayList<>();
        for (BenchQueries.Spec spec : BenchQueries.all()) {
            BenchQuery q = BenchQuery.parse(spec.query());
            StringBuilder qs = new StringBuilder("q=" + enc(q.text()));
            for (Map.Entry<String, String> f : q.filters().entrySet()) {
                qs.append('&').append(f.getKey()).append('=').append(enc(f.getValue()));
            }
            paths.add("api/search?" + qs);
            paths.add("search?" + qs);
        }
        paths.add("doc?id=" + enc("corpus/decrees/pq-357-ict-new-stage.en.docx"));
        paths.add("api/facts?id=" + enc("corpus/decrees/pf-6079-digital-uzbekistan-2030.en.pdf"));
        paths.add("act?id=PF-6079");
        paths.add("api/act?id=" + enc("ПП-357"));
        return paths;
    }

    private static long files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    private static long total(String json) {
        int at = json.indexOf("\"total\":") + 8;
        return Long.parseLong(json.substring(at, json.indexOf(',', at)));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
