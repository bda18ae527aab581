package org.policylens.serve;

import org.policylens.cli.Main;
import org.policylens.extract.act.ActIds;
import org.policylens.index.LuceneCorpusIndex;
import org.policylens.ingest.IngestLimits;
import org.policylens.pipeline.Pipeline;
import org.policylens.pipeline.VerifyJob;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shipped corpus plus one hostile document, indexed by the {@code index} command into a temporary directory and
 * served on a free loopback port, as {@code policylens serve} does.
 */
final class ServedIndex implements AutoCloseable {
    static final String HOSTILE_ID_SUFFIX = "hostile-note.en.txt";
    /** Markup that would run if any page showed document text unescaped. */
    static final String HOSTILE_TEXT = """
            Fact sheet: note on Presidential Decree No. PF-6079 of October 5, 2020

            <script>alert('script ran'); document.title = 'pwned';</script> The decree covers 500 schools.

            <img src=x onerror="alert('onerror ran'); document.title = 'pwned'"> Funding of USD 2 million is planned by 2025.
            """;

    final Path root;
    final Path index;
    final LuceneCorpusIndex opened;
    final WebServer server;
    final String base;
    final HttpClient http = HttpClient.newHttpClient();

    private ServedIndex(Path root, Path index, LuceneCorpusIndex opened, WebServer server) {
        this.root = root;
        this.index = index;
        this.opened = opened;
        this.server = server;
        this.base = "http://127.0.0.1:" + server.port();
    }

    static ServedIndex start(Path dir) throws IOException {
        Path docs = dir.resolve("docs");
        Files.createDirectories(docs);
        Files.writeString(docs.resolve(HOSTILE_ID_SUFFIX), HOSTILE_TEXT, StandardCharsets.UTF_8);
        Path index = dir.resolve("index");
        runCli("index", "corpus", docs.toString(), "--index", index.toString());
        LuceneCorpusIndex opened = LuceneCorpusIndex.openReadOnly(index, ActIds::canonical);
        WebServer server = new WebServer(opened, new VerifyJob(Pipeline.standard(IngestLimits.DEFAULTS, 1)),
                new InetSocketAddress("127.0.0.1", 0), 8);
        server.start();
        return new ServedIndex(dir, index, opened, server);
    }

    static String runCli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", args) + " exited " + code + ": " + err);
        }
        return out.toString();
    }

    String hostileId() {
        return root.resolve("docs").resolve(HOSTILE_ID_SUFFIX).toString().replace('\\', '/');
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    URI uri(String pathAndQuery) {
        return URI.create(base + pathAndQuery);
    }

    @Override
    public void close() throws IOException {
        server.close();
        opened.close();
    }
}
