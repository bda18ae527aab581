package org.policylens.cli;

import org.policylens.index.solr.SolrTarget;
import picocli.CommandLine.Option;

import java.util.Optional;

/**
 * Where the index lives: the local Lucene directory (the default) or a SolrCloud collection made with the
 * policylens configset (README: Running on SolrCloud).
 */
final class BackendOptions {
    enum Backend { local, solr }

    @Option(names = "--backend", paramLabel = "BACKEND",
            description = "local (a Lucene index directory, the default) or solr (a SolrCloud collection: --solr or --zk, and --collection).")
    Backend backend;
    @Option(names = "--solr", paramLabel = "URL", description = "A SolrCloud node, e.g. http://localhost:8983/solr (implies --backend solr).")
    String solrUrl;
    @Option(names = "--zk", paramLabel = "HOST:PORT[/CHROOT]", description = "The SolrCloud's ZooKeeper, e.g. zk1:2181,zk2:2181/solr (implies --backend solr).")
    String zkHost;
    @Option(names = "--collection", paramLabel = "NAME", defaultValue = "policylens",
            description = "The SolrCloud collection (default: ${DEFAULT-VALUE}).")
    String collection;

    /** The SolrCloud collection to use, or empty for the local index; a usage error for a half-given or mixed choice. */
    Optional<SolrTarget> solr() {
        boolean located = solrUrl != null || zkHost != null;
        if (backend == Backend.local && located) {
            throw new UsageException("--solr and --zk choose a SolrCloud: they do not go with --backend local");
        }
        if (backend != Backend.solr && !located) {
            return Optional.empty();
        }
        if (solrUrl != null && zkHost != null) {
            throw new UsageException("give either --solr URL or --zk HOST:PORT, not both");
        }
        if (!located) {
            throw new UsageException("--backend solr needs --solr URL or --zk HOST:PORT[/CHROOT]");
        }
        if (collection == null || collection.isBlank()) {
            throw new UsageException("--collection must name a SolrCloud collection");
        }
        return Optional.of(solrUrl != null ? SolrTarget.ofUrl(solrUrl.trim(), collection.trim())
                : SolrTarget.ofZooKeeper(zkHost.trim(), collection.trim()));
    }

    /** Where the index is, for messages. */
    String describe(java.nio.file.Path localDir) {
        return solr().map(SolrTarget::toString).orElse(localDir.toString());
    }
}
