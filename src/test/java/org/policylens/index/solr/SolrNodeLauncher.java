package org.policylens.index.solr;

import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.cloud.ZkTestServer;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.solr.common.cloud.ZkMaintenanceUtils;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The main class of the child JVM that {@link SolrPluginJarIT} starts: one SolrCloud node over an embedded ZooKeeper,
 * its solr home given (so whatever the caller put in its {@code lib} is all the node has of policylens), with the
 * configset uploaded. Uses Solr's classes only, never policylens': the child's class path has none. Prints
 * {@code READY <base url>} once the node is up and stops the node when its standard input closes.
 * <p>
 * Arguments: {@code SOLR_HOME ZK_DATA_DIR CONFIGSET_DIR CONFIG_NAME}.
 */
public final class SolrNodeLauncher {
    private SolrNodeLauncher() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: SolrNodeLauncher SOLR_HOME ZK_DATA_DIR CONFIGSET_DIR CONFIG_NAME");
            System.exit(2);
        }
        Path solrHome = Path.of(args[0]);
        ZkTestServer zk = new ZkTestServer(Path.of(args[1]));
        zk.run();
        try (SolrZkClient client = new SolrZkClient.Builder().withUrl(zk.getZkHost())
                .withTimeout(30, TimeUnit.SECONDS).build()) {
            // the chroot the node runs under, and its node configuration, as MiniSolrCloudCluster sets them up
            client.makePath("/solr/solr.xml",
                    MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML.getBytes(StandardCharsets.UTF_8), true);
        }
        Files.writeString(solrHome.resolve("solr.xml"), MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML);
        try (SolrZkClient client = new SolrZkClient.Builder().withUrl(zk.getZkAddress())
                .withTimeout(30, TimeUnit.SECONDS).build()) {
            ZkMaintenanceUtils.uploadToZK(client, Path.of(args[2]), ZkMaintenanceUtils.CONFIGS_ZKNODE + "/" + args[3],
                    ZkMaintenanceUtils.UPLOAD_FILENAME_EXCLUDE_PATTERN);
        }
        Properties nodeProperties = new Properties();
        nodeProperties.setProperty("zkHost", zk.getZkAddress());
        JettySolrRunner node = new JettySolrRunner(solrHome.toString(), nodeProperties,
                JettyConfig.builder().setContext("/solr").build());
        node.start();
        System.out.println("READY " + node.getBaseUrl());
        System.out.flush();
        try {
            while (System.in.read() >= 0) {
                // the test holds our standard input open while it uses the node
            }
        } finally {
            node.stop();
            zk.shutdown();
        }
        System.exit(0);
    }
}
