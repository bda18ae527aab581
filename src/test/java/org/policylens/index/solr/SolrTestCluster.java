package org.policylens.index.solr;

import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * One embedded SolrCloud of two nodes (with its own ZooKeeper) for all cluster-tagged tests of a run, with the
 * policylens configset uploaded from the repository; shut down when the run ends.
 */
public final class SolrTestCluster implements AutoCloseable {
    static final String CONFIG = "policylens";
    static final Path CONFIGSET = Path.of("solr", "configsets", "policylens", "conf");

    public final MiniSolrCloudCluster cluster;
    private final Path base;

    private SolrTestCluster() throws Exception {
        base = Files.createTempDirectory("policylens-solrcloud");
        cluster = new MiniSolrCloudCluster.Builder(2, base).addConfig(CONFIG, CONFIGSET).build();
    }

    /** The run's cluster, started on first use. */
    static SolrTestCluster get(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SolrTestCluster.class, k -> {
                    try {
                        return new SolrTestCluster();
                    } catch (Exception e) {
                        throw new IllegalStateException("cannot start the test SolrCloud: " + e, e);
                    }
                }, SolrTestCluster.class);
    }

    /** Gives a test (or its {@code @BeforeAll}) the run's cluster as a parameter. */
    public static final class Resolver implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == SolrTestCluster.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return get(context);
        }
    }

    /** A new collection of the policylens configset: 2 shards of 2 replicas each, spread over both nodes. */
    public SolrTarget createCollection(String name) throws Exception {
        CollectionAdminRequest.createCollection(name, CONFIG, 2, 2).process(cluster.getSolrClient());
        cluster.waitForActiveCollection(name, 30, TimeUnit.SECONDS, 2, 4);
        return SolrTarget.ofUrl(cluster.getJettySolrRunner(0).getBaseUrl().toString(), name);
    }

    /**
     * Stops the nodes after the run's last cluster test. Jetty gives a node a fixed time to stop, which a loaded 2-core
     * machine can exceed: that is reported, not failed, since every test has already passed or failed by then.
     */
    @Override
    public void close() {
        try {
            cluster.shutdown();
        } catch (Exception e) {
            System.err.println("test SolrCloud: shutdown did not finish cleanly: " + e);
        }
        try {
            org.apache.commons.io.file.PathUtils.deleteDirectory(base);
        } catch (java.io.IOException e) {
            System.err.println("test SolrCloud: cannot delete " + base + ": " + e);
        }
    }
}
