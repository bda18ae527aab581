package org.policylens.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server over HTTP, without a browser: the API, the pages' escaping, the limits and the headers. */
class WebServerTest {
    @TempDir
    static Path dir;
    static ServedIndex served;

    @BeforeAll
    static void start() throws IOException {
        served = ServedIndex.start(dir);
    }

    @AfterAll
    static void stop() throws IOException {
        served.close();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void aCyrillicUzbekQueryFindsTheLatinDocumentThroughTheApi() throws Exception {
        HttpResponse<String> r = served.get("/api/search?q=" + enc("Ёшлар билим"));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(r.body().contains("vmq-617-youth-knowledge.uz-latn.odt"), r.body());
    }

    @Test
    void aFacetFilterNarrowsTheHitsAndTheSearchPageLinksIt() throws Exception {
        String all = served.get("/api/search?q=" + enc("IT Park")).body();
        String narrowed = served.get("/api/search?q=" + enc("IT Park") + "&lang=ru").body();
        long totalAll = total(all);
        long totalRu = total(narrowed);
        assertTrue(totalRu > 0 && totalRu < totalAll, all + "\n" + narrowed);
        assertFalse(narrowed.contains("\"language\":\"en\""), narrowed);
        String page = served.get("/search?q=" + enc("IT Park")).body();
        assertTrue(page.contains("href=\"/search?q=IT+Park&amp;lang=ru\""), page);
        assertTrue(page.contains("<ul class=\"facet\" data-facet=\"act\">"), "the act facet");
        assertTrue(all.contains("\"act\":{") && all.contains("\"PQ-357\":"), all);
        assertTrue(page.contains("href=\"/search?q=IT+Park&amp;act=PQ-357\""), page);
        String byAct = served.get("/api/search?q=" + enc("IT Park") + "&act=PQ-357").body();
        assertTrue(total(byAct) >= 1 && total(byAct) < totalAll, byAct);
        String yearPage = served.get("/api/search?q=" + enc("IT Park") + "&year=2019").body();
        assertTrue(total(yearPage) >= 1 && total(yearPage) < totalAll, yearPage);
    }

    private static long total(String json) {
        int at = json.indexOf("\"total\":") + 8;
        int end = at;
        while (Character.isDigit(json.charAt(end))) {
            end++;
        }
        return Long.parseLong(json.substring(at, end));
    }

    @Test
    void documentTextIsEscapedEverywhereAndEveryAnswerHasTheStrictPolicy() throws Exception {
        String id = served.hostileId();
        for (String path : List.of("/doc?id=" + enc(id), "/search?q=schools", "/act?id=PF-6079")) {
            HttpResponse<String> r = served.get(path);
            assertEquals(200, r.statusCode(), path);
            String body = r.body();
            assertFalse(body.toLowerCase().contains("<script"), path + " lets a script tag through");
            assertFalse(body.contains("<img"), path + " lets an img tag through");
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
        String doc = served.get("/doc?id=" + enc(id)).body();
        assertTrue(doc.contains("&lt;script&gt;alert("), "the markup shows as text");
        assertTrue(doc.contains("<mark class=\"fact f-act\""), "facts are marked by type");
        String json = served.get("/api/document?id=" + enc(id)).body();
        assertTrue(json.contains("<script>alert('script ran')"), "the API gives the text as it is, in JSON");
    }

    @Test
    void theDocumentApiRebuildsTheTextSoEveryFactOffsetPointsAtItsWords() throws Exception {
        String id = "corpus/decrees/pq-357-ict-new-stage.en.docx";
        String json = served.get("/api/document?id=" + enc(id)).body();
        assertTrue(json.contains("\"type\":\"ACT\",\"text\":\"Presidential Resolution No. PQ-357\""), json);
        var stored = served.opened.document(new org.policylens.model.DocumentId(id)).orElseThrow();
        assertFalse(stored.facts().isEmpty());
        stored.facts().forEach(f -> assertEquals(f.text(), stored.text().substring(f.span().start(), f.span().end())));
    }

    @Test
    void documentsAreAddressedByIndexIdNeverByPath() throws Exception {
        for (String id : List.of("../../../../etc/passwd", "/etc/passwd", "pom.xml", "corpus")) {
            HttpResponse<String> r = served.get("/doc?id=" + enc(id));
            assertEquals(404, r.statusCode(), id);
            assertFalse(r.body().contains("root:"), id);
        }
        assertEquals(404, served.get("/../pom.xml").statusCode());
        assertEquals(404, served.get("/src/main/resources/org/policylens/serve/style.css").statusCode());
        assertEquals(200, served.get("/style.css").statusCode());
    }

    @Test
    void theActApiAndPageGatherEveryScriptOfTheAct() throws Exception {
        String json = served.get("/api/act?id=" + enc("УП-6079")).body();
        assertTrue(json.startsWith("{\"act\":\"PF-6079\""), json);
        assertTrue(json.contains("vmq-617-youth-knowledge.uz-latn.odt"), "the Uzbek Latin citation");
        assertTrue(json.contains("\"timeline\":[{\"date\":\"2020-10-05\""), json);
        String page = served.get("/act?id=PF-6079").body();
        assertTrue(page.contains("<svg class=\"timeline\""), page);
        assertTrue(page.contains("<svg class=\"bars\""), page);
    }

    @Test
    void csvDownloadFollowsTheSearchCsvContract() throws Exception {
        HttpResponse<String> r = served.get("/search.csv?q=" + enc("IT Park") + "&lang=en");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        String[] lines = r.body().split("\r\n");
        assertEquals("rank,document,title,type,language,date,score,page,passage", lines[0]);
        assertTrue(lines.length > 1 && lines[1].startsWith("1,"), r.body());
    }

    @Test
    void badInputGetsAOneLineErrorAndTheRightStatus() throws Exception {
        HttpResponse<String> bad = served.get("/api/search?q=" + enc("\"unclosed"));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().startsWith("{\"status\":400,\"error\":"), bad.body());
        assertEquals(400, served.get("/search?q=" + enc("AND OR")).statusCode());
        assertEquals(400, served.get("/api/search?q=x&from=soon").statusCode());
        assertEquals(400, served.get("/api/search?q=x&page=0").statusCode());
        assertEquals(400, served.get("/api/document").statusCode());
        assertEquals(404, served.get("/api/nothing").statusCode());
        assertEquals(405, served.send(HttpRequest.newBuilder(served.uri("/api/search?q=x"))
                .POST(HttpRequest.BodyPublishers.ofString("x"))).statusCode());
        assertEquals(414, served.get("/api/search?q=" + "a".repeat(9000)).statusCode());
    }

    @Test
    void theVerifyApiChecksARawArticleAndRefusesOneOverTwentyMegabytes() throws Exception {
        Path article = Path.of("corpus", "articles", "sample-article-it-education.en.md");
        Set<Path> before = uploads();   // a killed earlier run may have left one: only this request's must go
        HttpResponse<String> r = served.send(HttpRequest.newBuilder(served.uri("/api/verify?name=draft.md"))
                .POST(HttpRequest.BodyPublishers.ofFile(article)));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().startsWith("{\"article\":\"draft.md\""), r.body());
        assertTrue(r.body().contains("\"verdict\":\"SUPPORTED\""), r.body());
        assertTrue(r.body().contains("\"verdict\":\"CONTRADICTED\""), r.body());

        assertEquals(before, uploads(), "the upload's temporary file is deleted");

        // an oversized body is refused from its headers, before any of it is read
        try (Socket socket = new Socket("127.0.0.1", served.server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/verify HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
                    + (WebServer.MAX_UPLOAD + 70_000) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertEquals("HTTP/1.1 413 Request Entity Too Large", status);
        }
    }

    @Test
    void theVerifyPageRendersTheReportWithItsOwnPolicy() throws Exception {
        String boundary = "----policylens-test";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n"
                + "Presidential Decree No. PF-6079 of October 5, 2020 approved the strategy. <script>alert(1)</script>\r\n--"
                + boundary + "--\r\n";
        HttpResponse<String> r = served.send(HttpRequest.newBuilder(served.uri("/verify"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("Verification report"), r.body());
        assertTrue(r.body().contains(Html.NAV.strip()), "the site's top bar");
        assertFalse(r.body().contains("<script>alert(1)"));
        String policy = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'none'") || policy.contains("script-src 'sha256-"), policy);
    }

    private static Set<Path> uploads() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("policylens-upload-")).collect(Collectors.toSet());
        }
    }
}
