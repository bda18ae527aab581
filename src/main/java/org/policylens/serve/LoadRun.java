package org.policylens.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded load on a running server: {@code clients} threads each send {@code requestsPerClient} GETs, cycling
 * through the given paths from a different start, one at a time. Server-side times come from each answer's
 * {@code Server-Timing} header, client-side times are measured around each exchange.
 */
public final class LoadRun {
    private static final Pattern DURATION = Pattern.compile("dur=([0-9.]+)");

    /**
     * Latencies in milliseconds; {@code errors} counts answers other than 200 and failed exchanges; {@code byPage}
     * has the server-side figures of each page (the path without its query), in the order first met.
     */
    public record Result(int requests, int errors, List<String> firstErrors, double serverP50, double serverP99,
                         double clientP50, double clientP99, double seconds, List<Page> byPage) {
        public String summary() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                    "%d requests, %d errors in %.1f s; server p50 %.2f ms, p99 %.2f ms; client p50 %.2f ms, p99 %.2f ms",
                    requests, errors, seconds, serverP50, serverP99, clientP50, clientP99));
            for (Page p : byPage) {
                b.append(String.format(Locale.ROOT, "%n  %-12s %5d requests: server p50 %.2f ms, p99 %.2f ms",
                        p.path(), p.requests(), p.p50(), p.p99()));
            }
            return b.toString();
        }
    }

    public record Page(String path, int requests, double p50, double p99) {
    }

    private LoadRun() {
    }

    public static Result run(URI base, List<String> paths, int clients, int requestsPerClient) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<Double> server = Collections.synchronizedList(new ArrayList<>());
        Map<String, List<Double>> byPage = Collections.synchronizedMap(new LinkedHashMap<>());
        List<Double> client = Collections.synchronizedList(new ArrayList<>());
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c * paths.size() / clients;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < requestsPerClient; i++) {
                        String path = paths.get((offset + i) % paths.size());
                        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).build();
                        long t = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            client.add((System.nanoTime() - t) / 1e6);
                            Matcher m = DURATION.matcher(r.headers().firstValue("Server-Timing").orElse(""));
                            if (m.find()) {
                                double ms = Double.parseDouble(m.group(1));
                                server.add(ms);
                                byPage.computeIfAbsent(page(path), k -> Collections.synchronizedList(new ArrayList<>())).add(ms);
                            }
                            if (r.statusCode() != 200) {
                                errors.add(r.statusCode() + " " + path);
                            }
                        } catch (IOException e) {
                            errors.add(e + " " + path);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    errors.add(String.valueOf(e.getCause()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<String> first = new ArrayList<>(errors.subList(0, Math.min(5, errors.size())));
        List<Page> pages = new ArrayList<>();
        synchronized (byPage) {
            byPage.forEach((page, times) -> pages.add(new Page(page, times.size(), percentile(times, 50), percentile(times, 99))));
        }
        return new Result(clients * requestsPerClient, errors.size(), first, percentile(server, 50), percentile(server, 99),
                percentile(client, 50), percentile(client, 99), seconds, pages);
    }

    private static String page(String path) {
        int q = path.indexOf('?');
        return "/" + (q < 0 ? path : path.substring(0, q));
    }

    /** Nearest-rank percentile; 0 for no values. */
    static double percentile(List<Double> values, int p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
