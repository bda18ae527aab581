package org.policylens.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.policylens.export.SearchCsvWriter;
import org.policylens.extract.act.ActIds;
import org.policylens.index.CorpusIndex;
import org.policylens.index.DocumentReader;
import org.policylens.index.QuerySyntaxException;
import org.policylens.index.StoredDocument;
import org.policylens.pipeline.VerifyJob;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The web server of {@code policylens serve}, on the JDK's own HTTP server. Pages and {@code /api/} answers come from
 * one {@link ServeApi}. Requests run on a fixed pool ({@code threads} at once, a bounded queue, then back-pressure on
 * the accepting thread); bodies are capped (20 MB), request lines at 8 KB, reading a request
 * at 60 s and a verification at {@value #VERIFY_SECONDS} s, two at a time. Every answer carries a strict
 * Content-Security-Policy (no script at all) and a {@code Server-Timing} header with the time spent on it.
 */
public final class WebServer implements AutoCloseable {
    static final int MAX_UPLOAD = 20 * 1024 * 1024;
    /** An upload's form fields and part headers beside the file itself. */
    private static final int MULTIPART_OVERHEAD = 64 * 1024;
    private static final int MAX_QUERY = 8 * 1024;
    static final int VERIFY_SECONDS = 180;
    private static final int QUEUE = 256;
    static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";

    private final ServeApi api;
    private final ReportPage report;
    private final HttpServer server;
    private final ThreadPoolExecutor workers;
    private final ExecutorService verifications;
    private final byte[] css;

    /** A server on {@code address} (not yet started) over an index, verifying uploads with {@code verifier}. */
    public <I extends CorpusIndex & DocumentReader> WebServer(I index, VerifyJob verifier, InetSocketAddress address,
                                                               int threads) throws IOException {
        this.api = new ServeApi(index, index, verifier, ActIds::canonical);
        this.report = new ReportPage();
        this.css = StyleSheet.bytes();
        configureJdkServer();
        this.server = HttpServer.create(address, 128);
        this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
                named("serve"), new ThreadPoolExecutor.CallerRunsPolicy());
        this.verifications = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new SynchronousQueue<>(),
                named("verify"), new ThreadPoolExecutor.AbortPolicy());
        server.setExecutor(workers);
        server.createContext("/", this::handle);
    }

    /**
     * The JDK server reads these settings once, when its first server is made: at most 60 s to read a request and 300 s
     * to send an answer, and no Nagle delay (the server writes an answer's headers and body apart, and with Nagle and
     * delayed acknowledgements each answer waited 40 ms on loopback). A value set on the command line (-D) wins.
     */
    private static void configureJdkServer() {
        System.getProperties().putIfAbsent("sun.net.httpserver.maxReqTime", "60");
        System.getProperties().putIfAbsent("sun.net.httpserver.maxRspTime", "300");
        System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(1);
        workers.shutdownNow();
        verifications.shutdownNow();
    }

    private void handle(HttpExchange ex) {
        long started = System.nanoTime();
        String path = ex.getRequestURI().getRawPath();
        boolean api = path.startsWith("/api/");
        try (ex) {
            try {
                route(ex, path, started);
            } catch (BadRequestException e) {
                fail(ex, api, e.status(), e.getMessage(), started);
            } catch (QuerySyntaxException e) {
                fail(ex, api, 400, e.getMessage(), started);
            } catch (RuntimeException e) {
                System.err.println("policylens serve: " + ex.getRequestMethod() + " " + path + ": " + e);
                fail(ex, api, 500, "internal error: " + oneLine(e.getMessage()), started);
            }
        } catch (IOException e) {
            // the client went away; nothing to answer
        }
    }

    private void route(HttpExchange ex, String path, long started) throws IOException {
        String method = ex.getRequestMethod();
        String rawQuery = ex.getRequestURI().getRawQuery();
        if (rawQuery != null && rawQuery.length() > MAX_QUERY) {
            throw new BadRequestException(414, "request line longer than " + MAX_QUERY / 1024 + " KB");
        }
        Params q = Params.parse(rawQuery);
        if (method.equals("POST") && (path.equals("/verify") || path.equals("/api/verify"))) {
            verify(ex, path.equals("/api/verify"), q, started);
            return;
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            ex.getResponseHeaders().set("Allow", path.endsWith("verify") ? "GET, HEAD, POST" : "GET, HEAD");
            throw new BadRequestException(405, "method " + method + " not allowed here");
        }
        switch (path) {
            case "/", "/search" -> {
                SearchParams p = SearchParams.of(q);
                String page;
                try {
                    page = Pages.search(p, api.search(p), null);
                } catch (QuerySyntaxException e) {
                    page = Pages.search(p, null, e.getMessage());
                    send(ex, 400, "text/html; charset=utf-8", page, started);
                    return;
                }
                send(ex, 200, "text/html; charset=utf-8", page, started);
            }
            case "/search.csv" -> {
                SearchView v = api.search(SearchParams.of(q));
                java.io.StringWriter csv = new java.io.StringWriter();
                new SearchCsvWriter(false).write(v.hits(), v.params().firstRank(), csv);
                ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"search.csv\"");
                send(ex, 200, "text/csv; charset=utf-8", csv.toString(), started);
            }
            case "/doc" -> send(ex, 200, "text/html; charset=utf-8", Pages.document(document(q)), started);
            case "/act" -> send(ex, 200, "text/html; charset=utf-8", Pages.act(api.act(q.require("id"))), started);
            case "/verify" -> send(ex, 200, "text/html; charset=utf-8", Pages.verifyForm(null), started);
            case "/style.css" -> {
                ex.getResponseHeaders().set("Cache-Control", "max-age=3600");
                send(ex, 200, "text/css; charset=utf-8", css, started);
            }
            case "/api/search" -> json(ex, Json.search(api.search(SearchParams.of(q))), started);
            case "/api/document" -> json(ex, Json.document(document(q)), started);
            case "/api/facts" -> json(ex, Json.facts(document(q)), started);
            case "/api/act" -> json(ex, Json.act(api.act(q.require("id"))), started);
            default -> throw new BadRequestException(404, "no such page: " + oneLine(path));
        }
    }

    private StoredDocument document(Params q) {
        String id = q.require("id");
        return api.document(id).orElseThrow(() -> new BadRequestException(404, "no indexed document with id " + oneLine(id)));
    }

    /**
     * An article as a multipart form (field {@code file} or {@code text}), a urlencoded form (field {@code text}) to the
     * page, or any other body to the API: the article's bytes, named by the {@code name} parameter.
     */
    private void verify(HttpExchange ex, boolean asJson, Params q, long started) throws IOException {
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        byte[] body = readBody(ex, MAX_UPLOAD + MULTIPART_OVERHEAD);
        byte[] article;
        String name;
        if (Multipart.is(type)) {
            Map<String, Multipart.Part> parts = Multipart.parse(type, body);
            Multipart.Part file = parts.get("file");
            Multipart.Part text = parts.get("text");
            if (file != null && file.content().length > 0) {
                article = file.content();
                name = file.fileName() == null ? "" : file.fileName();
            } else if (text != null && !text.text().isBlank()) {
                article = text.content();
                name = "pasted-article.txt";
            } else {
                throw new BadRequestException("give an article: a file or pasted text");
            }
        } else if (!asJson) {
            // the page's form without a file; the API takes any other body as the article itself (curl --data-binary
            // sends files as urlencoded)
            String text = Params.parse(new String(body, StandardCharsets.US_ASCII)).get("text");
            if (text.isBlank()) {
                throw new BadRequestException("give an article: a file or pasted text");
            }
            article = text.getBytes(StandardCharsets.UTF_8);
            name = "pasted-article.txt";
        } else {
            article = body;
            name = q.get("name");
        }
        if (article.length > MAX_UPLOAD) {
            throw new BadRequestException(413, "article larger than 20 MB");
        }
        if (article.length == 0) {
            throw new BadRequestException("empty article");
        }
        VerifyJob.Outcome outcome = runVerification(article, name);
        if (outcome instanceof VerifyJob.Unreadable u) {
            String reason = "cannot read the article: " + oneLine(u.reason());
            if (asJson) {
                fail(ex, true, 422, reason, started);
            } else {
                send(ex, 422, "text/html; charset=utf-8", Pages.verifyForm(reason), started);
            }
            return;
        }
        VerifyJob.Result result = ((VerifyJob.Verified) outcome).result();
        if (asJson) {
            json(ex, Json.verification(result), started);
        } else {
            ex.getResponseHeaders().set("Content-Security-Policy", report.policy());
            send(ex, 200, "text/html; charset=utf-8", report.render(result), started);
        }
    }

    private VerifyJob.Outcome runVerification(byte[] article, String name) {
        Future<VerifyJob.Outcome> job;
        try {
            job = verifications.submit(() -> api.verify(article, name));
        } catch (RejectedExecutionException e) {
            throw new BadRequestException(503, "two verifications are running already; try again in a moment");
        }
        try {
            return job.get(VERIFY_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw new BadRequestException(503, "verification took longer than " + VERIFY_SECONDS + " s");
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new BadRequestException(503, "server stopping");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static byte[] readBody(HttpExchange ex, int limit) throws IOException {
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > limit) {
                    throw new BadRequestException(413, "request body larger than 20 MB");
                }
            } catch (NumberFormatException e) {
                throw new BadRequestException("bad Content-Length");
            }
        }
        try (InputStream in = ex.getRequestBody()) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                throw new BadRequestException(413, "request body larger than 20 MB");
            }
            return body;
        }
    }

    private void json(HttpExchange ex, String body, long started) throws IOException {
        send(ex, 200, "application/json; charset=utf-8", body, started);
    }

    private void fail(HttpExchange ex, boolean api, int status, String message, long started) throws IOException {
        if (api) {
            send(ex, status, "application/json; charset=utf-8", Json.error(status, message), started);
        } else {
            send(ex, status, "text/html; charset=utf-8", Pages.error(status, message), started);
        }
    }

    private void send(HttpExchange ex, int status, String type, String body, long started) throws IOException {
        send(ex, status, type, body.getBytes(StandardCharsets.UTF_8), started);
    }

    private void send(HttpExchange ex, int status, String type, byte[] body, long started) throws IOException {
        var h = ex.getResponseHeaders();
        h.set("Content-Type", type);
        h.putIfAbsent("Content-Security-Policy", java.util.List.of(POLICY));
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("X-Frame-Options", "DENY");
        h.putIfAbsent("Cache-Control", java.util.List.of("no-store"));
        h.set("Server-Timing", String.format(Locale.ROOT, "app;dur=%.2f", (System.nanoTime() - started) / 1e6));
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : (body.length == 0 ? -1 : body.length));
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.replaceAll("\\s+", " ").strip();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
