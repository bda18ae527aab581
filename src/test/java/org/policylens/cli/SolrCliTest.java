package org.policylens.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.index.solr.SolrTarget;
import org.policylens.index.solr.SolrTestCluster;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The commands with --solr / --zk print what they print on the local index. */
@Tag("cluster")
@ExtendWith(SolrTestCluster.Resolver.class)
class SolrCliTest {
    private static final String DECREES = Path.of("corpus", "decrees").toString();
    private static final String ARTICLE = Path.of("corpus", "articles", "sample-article-it-education.en.md").toString();

    @Test
    void commandsOnSolrAnswerAsOnTheLocalIndex(SolrTestCluster cluster, @TempDir Path tmp) throws Exception {
        SolrTarget target = cluster.createCollection("cli");
        String url = target.solrUrl().orElseThrow();
        String zk = cluster.cluster.getZkServer().getZkAddress();
        String local = tmp.resolve("index").toString();

        assertEquals(0, CliTest.run("index", DECREES, "--index", local).code());
        CliTest.Run indexed = CliTest.run("index", DECREES, "--solr", url, "--collection", "cli");
        assertEquals(0, indexed.code(), indexed.err());
        assertTrue(indexed.out().startsWith("indexed 10, unchanged 0, removed 0, failed 0"), indexed.out());
        CliTest.Run again = CliTest.run("index", DECREES, "--backend", "solr", "--zk", zk, "--collection", "cli");
        assertTrue(again.out().startsWith("indexed 0, unchanged 10"), again.out() + again.err());

        for (String[] command : new String[][] {
                {"search", "digital economy", "--format", "csv"},
                {"search", "", "--act", "PF-6079", "--format", "json"},
                {"facts", "--index"},
                {"verify", ARTICLE}}) {
            // `facts --index` alone names the default directory: locally the directory is its value
            CliTest.Run onLocal = CliTest.run(command[command.length - 1].equals("--index") ? with(command, local)
                    : with(command, "--index", local));
            CliTest.Run onSolr = CliTest.run(with(command, "--solr", url, "--collection", "cli"));
            assertEquals(0, onLocal.code(), onLocal.err());
            assertEquals(onLocal.code(), onSolr.code(), onSolr.err());
            assertEquals(onLocal.out(), onSolr.out(), String.join(" ", command));
        }

        CliTest.Run rebuilt = CliTest.run("index", DECREES, "--zk", zk, "--collection", "cli", "--rebuild");
        assertTrue(rebuilt.out().startsWith("indexed 10, unchanged 0"), rebuilt.out() + rebuilt.err());
    }

    /** {@code bench --backend solr}: indexing throughput into the collection next to a fresh local index. */
    @Test
    void benchReportsSolrIndexingNextToLocal(SolrTestCluster cluster, @TempDir Path tmp) throws Exception {
        String url = cluster.createCollection("bench-cli").solrUrl().orElseThrow();
        Path out = tmp.resolve("bench");
        CliTest.Run bench = CliTest.run("bench", "--solr", url, "--collection", "bench-cli", "--docs", "20",
                "--out", out.toString());
        assertEquals(0, bench.code(), bench.err());
        String report = java.nio.file.Files.readString(out.resolve("solr-indexing.md"));
        assertTrue(report.contains("| local | 20 |") && report.contains("| solr | 20 |"), report);
    }

    @Test
    void unclearOrMissingSolrTargetsAreUsageErrors(SolrTestCluster cluster) throws Exception {
        String url = cluster.cluster.getJettySolrRunner(0).getBaseUrl().toString();
        CliTest.Run noTarget = CliTest.run("search", "x", "--backend", "solr");
        assertEquals(ExitCodes.USAGE, noTarget.code());
        assertTrue(noTarget.err().contains("--backend solr needs --solr URL or --zk"), noTarget.err());
        CliTest.Run mixed = CliTest.run("search", "x", "--backend", "local", "--solr", url);
        assertEquals(ExitCodes.USAGE, mixed.code());
        CliTest.Run absent = CliTest.run("search", "x", "--solr", url, "--collection", "no-such-collection");
        assertEquals(ExitCodes.USAGE, absent.code());
        assertTrue(absent.err().contains("no-such-collection"), absent.err());
    }

    private static String[] with(String[] command, String... options) {
        String[] out = new String[command.length + options.length];
        System.arraycopy(command, 0, out, 0, command.length);
        System.arraycopy(options, 0, out, command.length, options.length);
        return out;
    }
}
