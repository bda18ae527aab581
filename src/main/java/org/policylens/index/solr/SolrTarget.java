package org.policylens.index.solr;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a SolrCloud collection is: reached through a node's URL ({@code http://host:8983/solr}), which serves the
 * cluster state over HTTP, or through ZooKeeper ({@code host:port[,host:port...][/chroot]}); exactly one is given.
 */
public record SolrTarget(Optional<String> solrUrl, Optional<String> zkHost, String collection) {
    public SolrTarget {
        if (solrUrl.isPresent() == zkHost.isPresent()) {
            throw new IllegalArgumentException("give either a Solr URL or a ZooKeeper address, not both or neither");
        }
        if (collection == null || collection.isBlank()) {
            throw new IllegalArgumentException("a SolrCloud collection name is needed");
        }
    }

    public static SolrTarget ofUrl(String url, String collection) {
        return new SolrTarget(Optional.of(url), Optional.empty(), collection);
    }

    public static SolrTarget ofZooKeeper(String zkHost, String collection) {
        return new SolrTarget(Optional.empty(), Optional.of(zkHost), collection);
    }

    /** A cluster-aware client: updates go straight to each shard's leader, and it follows leader changes. */
    SolrClient client() {
        if (solrUrl.isPresent()) {
            return new CloudHttp2SolrClient.Builder(List.of(solrUrl.get().replaceAll("/+$", ""))).build();
        }
        String zk = zkHost.get().trim();
        int slash = zk.indexOf('/');
        String hosts = slash < 0 ? zk : zk.substring(0, slash);
        Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(zk.substring(slash));
        return new CloudHttp2SolrClient.Builder(Arrays.asList(hosts.split(",")), chroot).build();
    }

    @Override
    public String toString() {
        return "SolrCloud collection " + collection + " at " + solrUrl.orElseGet(() -> "zk:" + zkHost.get());
    }
}
