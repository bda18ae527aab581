package org.policylens.index.solr;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.bench.SolrIndexingBench;
import org.policylens.ingest.IngestLimits;
import org.policylens.pipeline.Pipeline;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code bench --backend solr} on the test cluster: the same generated documents indexed locally and into the
 * collection, both rates reported. A smoke size by default; {@code -Dpolicylens.solr.bench.docs=N} measures more.
 */
@Tag("cluster")
@ExtendWith(SolrTestCluster.Resolver.class)
class SolrIndexingBenchTest {
    @Test
    void reportsSolrThroughputNextToLocal(SolrTestCluster cluster, @TempDir Path out) throws Exception {
        int docs = Integer.getInteger("policylens.solr.bench.docs", 60);
        SolrTarget target = cluster.createCollection("bench");
        PrintWriter progress = new PrintWriter(System.out, true);
        List<SolrIndexingBench.Run> runs = SolrIndexingBench.run(target, docs, 20_260_302L, out,
                Pipeline.standard(IngestLimits.DEFAULTS, 2), progress);
        assertEquals(List.of("local", "solr"), runs.stream().map(SolrIndexingBench.Run::backend).toList());
        for (SolrIndexingBench.Run run : runs) {
            assertEquals(docs, run.documents(), run.toString());
            assertTrue(run.documentsPerSecond() > 0, run.toString());
        }
        String report = Files.readString(out.resolve("solr-indexing.md"));
        assertTrue(report.contains("| solr | " + docs + " |"), report);
        System.out.println(report);
    }
}
