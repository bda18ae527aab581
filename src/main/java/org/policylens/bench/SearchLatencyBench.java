package org.policylens.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Times each benchmark query against an open searcher, single-threaded, after warm-up passes. */
public final class SearchLatencyBench {

    /** Latencies in milliseconds per query, and the hits each query found. */
    public record Result(Map<BenchQueries.Spec, List<Double>> latenciesMs, Map<BenchQueries.Spec, Integer> hits,
                         int failedQueries) {

        public List<Double> all() {
            return latenciesMs.values().stream().flatMap(List::stream).toList();
        }

        public List<Double> ofKind(String kind) {
            return latenciesMs.entrySet().stream().filter(e -> e.getKey().kind().equals(kind))
                    .flatMap(e -> e.getValue().stream()).toList();
        }

        public List<Double> ofQuery(String query) {
            return latenciesMs.entrySet().stream().filter(e -> e.getKey().query().equals(query))
                    .flatMap(e -> e.getValue().stream()).toList();
        }
    }

    public Result run(SystemUnderTest.Searcher searcher, List<BenchQueries.Spec> queries, int warmupPasses, int passes) {
        Map<BenchQueries.Spec, List<Double>> latencies = new LinkedHashMap<>();
        Map<BenchQueries.Spec, Integer> hits = new LinkedHashMap<>();
        int failed = 0;
        for (int pass = 0; pass < warmupPasses; pass++) {
            for (BenchQueries.Spec q : queries) {
                searchQuietly(searcher, q.query());
            }
        }
        for (BenchQueries.Spec q : queries) {
            latencies.put(q, new ArrayList<>(passes));
        }
        for (int pass = 0; pass < passes; pass++) {
            for (BenchQueries.Spec q : queries) {
                long start = System.nanoTime();
                int n = searchQuietly(searcher, q.query());
                latencies.get(q).add((System.nanoTime() - start) / 1e6);
                if (pass == 0) {
                    hits.put(q, n);
                    failed += n < 0 ? 1 : 0;
                }
            }
        }
        return new Result(latencies, hits, failed);
    }

    /** The hit count, or -1 when the searcher threw (a query it cannot run is reported, not fatal). */
    private static int searchQuietly(SystemUnderTest.Searcher searcher, String query) {
        try {
            return searcher.search(query);
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
