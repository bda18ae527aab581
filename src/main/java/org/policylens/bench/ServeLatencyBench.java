package org.policylens.bench;

import org.policylens.extract.act.ActIds;
import org.policylens.index.LuceneCorpusIndex;
import org.policylens.ingest.IngestLimits;
import org.policylens.pipeline.Pipeline;
import org.policylens.pipeline.VerifyJob;
import org.policylens.serve.LoadRun;
import org.policylens.serve.WebServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bench's queries through {@code serve}'s JSON API on loopback: {@value #CLIENTS} clients × {@value #REQUESTS}
 * requests after an untimed round, server-side times from the answers' {@code Server-Timing}.
 */
final class ServeLatencyBench {
    static final int CLIENTS = 8;
    static final int REQUESTS = 200;
    private static final int WARMUP_REQUESTS = 50;

    /** {@code api/search?q=…&lang=…} for each query, its filters as the API's parameters (the same names). */
    static List<String> searchPaths(List<BenchQueries.Spec> queries) {
        List<String> paths = new ArrayList<>();
        for (BenchQueries.Spec spec : queries) {
            BenchQuery q = BenchQuery.parse(spec.query());
            StringBuilder path = new StringBuilder("api/search?q=").append(enc(q.text()));
            for (Map.Entry<String, String> f : q.filters().entrySet()) {
                path.append('&').append(f.getKey()).append('=').append(enc(f.getValue()));
            }
            paths.add(path.toString());
        }
        return paths;
    }

    LoadRun.Result run(Path index) throws IOException, InterruptedException {
        try (LuceneCorpusIndex opened = LuceneCorpusIndex.openReadOnly(index, ActIds::canonical);
             WebServer server = new WebServer(opened, new VerifyJob(Pipeline.standard(IngestLimits.DEFAULTS, 1)),
                     new InetSocketAddress("127.0.0.1", 0), CLIENTS)) {
            server.start();
            URI base = URI.create("http://127.0.0.1:" + server.port() + "/");
            List<String> paths = searchPaths(BenchQueries.all());
            LoadRun.run(base, paths, CLIENTS, WARMUP_REQUESTS);
            return LoadRun.run(base, paths, CLIENTS, REQUESTS);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
