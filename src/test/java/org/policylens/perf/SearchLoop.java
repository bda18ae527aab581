package org.policylens.perf;

import org.policylens.bench.BenchQueries;
import org.policylens.bench.PolicylensSystem;
import org.policylens.bench.SystemUnderTest;
import org.policylens.pipeline.Pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A profiling driver (not a test): runs the benchmark's 50 queries against an index in passes and prints
 * p50/p99 and the slowest queries of each pass. Usage: {@code SearchLoop INDEX_DIR PASSES [no-query-cache]}.
 */
public final class SearchLoop {
    private SearchLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path index = Path.of(args[0]);
        int passes = Integer.parseInt(args[1]);
        if (args.length > 2 && args[2].equals("no-query-cache")) {
            org.apache.lucene.search.IndexSearcher.setDefaultQueryCache(null);
        }
        try (SystemUnderTest.Searcher s = new PolicylensSystem(Pipeline.standard(org.policylens.ingest.IngestLimits.DEFAULTS, 1)).openSearcher(index)) {
            List<Double> timed = new ArrayList<>();
            for (int pass = 0; pass < passes; pass++) {
                List<Double> all = new ArrayList<>();
                List<String> slow = new ArrayList<>();
                for (BenchQueries.Spec q : BenchQueries.all()) {
                    long t = System.nanoTime();
                    s.search(q.query());
                    double ms = (System.nanoTime() - t) / 1e6;
                    all.add(ms);
                    if (pass >= passes / 3) {
                        timed.add(ms);
                    }
                    if (ms > 20) {
                        slow.add(String.format("%s=%.0f", q.query(), ms));
                    }
                }
                Collections.sort(all);
                System.out.printf("pass %d: p50 %.2f ms, max %.1f ms, slow %s%n", pass, all.get(all.size() / 2),
                        all.get(all.size() - 1), slow);
            }
            Collections.sort(timed);
            System.out.printf("last %d passes: p50 %.2f ms, p99 %.2f ms, mean %.2f ms%n", passes - passes / 3,
                    timed.get(timed.size() / 2), timed.get((int) Math.ceil(0.99 * timed.size()) - 1),
                    timed.stream().mapToDouble(Double::doubleValue).average().orElse(0));
        }
    }
}
