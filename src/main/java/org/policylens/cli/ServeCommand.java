package org.policylens.cli;

import org.policylens.extract.act.ActIds;
import org.policylens.index.CorpusIndex;
import org.policylens.index.LuceneCorpusIndex;
import org.policylens.index.solr.SolrCorpusIndex;
import org.policylens.index.solr.SolrTarget;
import org.policylens.ingest.IngestLimits;
import org.policylens.pipeline.Pipeline;
import org.policylens.pipeline.VerifyJob;
import org.policylens.serve.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a search web page and a JSON API over the index.",
                "Pages: search with facets, documents with their facts, acts with a timeline, article verification. "
                        + "The API is under /api/. Searches see each new commit of a concurrent `index` run."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions common;
    @Mixin
    BackendOptions backend;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "index", description = "Index directory (default: ${DEFAULT-VALUE}).")
    Path indexDir;
    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host;
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;
    @Option(names = "--threads", paramLabel = "N", defaultValue = "8", description = "Requests handled at once (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new UsageException("--port must be from 0 to 65535");
        }
        if (threads < 1 || threads > 256) {
            throw new UsageException("--threads must be from 1 to 256");
        }
        PrintWriter out = spec.commandLine().getOut();
        Optional<SolrTarget> solr = backend.solr();
        CorpusIndex index = solr.<CorpusIndex>map(t -> SolrCorpusIndex.open(t, ActIds::canonical, false))
                .orElseGet(() -> LuceneCorpusIndex.openReadOnly(indexDir, ActIds::canonical));
        WebServer server;
        try {
            VerifyJob verifier = new VerifyJob(Pipeline.standard(IngestLimits.DEFAULTS, 1));
            InetSocketAddress address = new InetSocketAddress(host, port);
            server = index instanceof SolrCorpusIndex s ? new WebServer(s, verifier, address, threads)
                    : new WebServer((LuceneCorpusIndex) index, verifier, address, threads);
        } catch (BindException e) {
            index.close();
            throw new UsageException("cannot listen on " + host + ":" + port + ": " + e.getMessage());
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                index.close();
            } catch (java.io.IOException ignored) {
                // stopping anyway
            }
            stopped.countDown();
        }, "serve-stop"));
        server.start();
        String shown = host.contains(":") ? "[" + host + "]" : host;
        out.printf("serving http://%s:%d/ (index: %s); Ctrl-C stops%n", shown, server.port(), backend.describe(indexDir));
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
