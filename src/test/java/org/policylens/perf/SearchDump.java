package org.policylens.perf;

import org.policylens.bench.BenchQueries;
import org.policylens.bench.BenchQuery;
import org.policylens.extract.act.ActIds;
import org.policylens.index.LuceneCorpusIndex;
import org.policylens.index.SearchRequest;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A checking driver (not a test): writes the full results (hits, scores, passages, facets) of the benchmark's
 * queries to a file, so that two builds can be compared with diff. Usage: {@code SearchDump INDEX_DIR OUT}.
 */
public final class SearchDump {
    private SearchDump() {
    }

    public static void main(String[] args) throws Exception {
        try (LuceneCorpusIndex index = LuceneCorpusIndex.openReadOnly(Path.of(args[0]), ActIds::canonical);
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            for (BenchQueries.Spec spec : BenchQueries.all()) {
                BenchQuery q = BenchQuery.parse(spec.query());
                Map<String, String> f = q.filters();
                SearchRequest request = SearchRequest.builder(q.filterOnly() ? "*:*" : q.text(), 10)
                .language(f.get("lang")).documentType(f.get("type")).act(f.get("act")).program(f.get("program"))
                .dates(f.get("from"), f.get("to")).build();
                out.println("== " + spec.query());
                try {
                    var r = index.search(request);
                    out.println("total " + r.totalHits() + " facets " + r.facets());
                    r.hits().forEach(out::println);
                } catch (RuntimeException e) {
                    out.println("threw " + e);
                }
            }
        }
    }
}
