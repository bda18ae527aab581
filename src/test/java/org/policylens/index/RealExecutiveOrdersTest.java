package org.policylens.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.MetadataKeys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Indexes the real US executive orders (HTML read crudely: tags stripped here, the real ingest lives elsewhere)
 * and checks a known-item query. Skipped when ../shared/corpus-real is absent.
 */
class RealExecutiveOrdersTest {
    private static final Path EO_HTM = Path.of("..", "shared", "corpus-real", "us-eo", "htm");
    private static final Pattern TITLE = Pattern.compile("Executive Order (\\d+)--([^\\n]+)");

    @TempDir
    Path dir;

    static String crudeText(Path file) throws IOException {
        String html = Files.readString(file, StandardCharsets.ISO_8859_1);
        return html.replaceAll("(?s)<head>.*?</head>", "").replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }

    @Test
    void executiveOrderMinimumWageRanksEo13658First() throws IOException {
        assumeTrue(Files.isDirectory(EO_HTM), "no real corpus at " + EO_HTM);
        List<Path> files;
        try (Stream<Path> s = Files.list(EO_HTM)) {
            files = s.filter(p -> p.toString().endsWith(".htm")).sorted().toList();
        }
        long started = System.nanoTime();
        try (LuceneCorpusIndex index = LuceneCorpusIndex.open(dir)) {
            for (Path f : files) {
                String text = crudeText(f);
                Matcher m = TITLE.matcher(text);
                String title = m.find() ? m.group(2).trim() : f.getFileName().toString();
                Document d = new Document(new DocumentId("us-eo/" + f.getFileName()), f, "text/html", "en", text,
                        List.of(), List.of(), Map.of(MetadataKeys.TITLE, title, MetadataKeys.CONTENT_HASH,
                        Integer.toHexString(text.hashCode()), MetadataKeys.DOCUMENT_TYPE, "decree"));
                index.put(d, List.of());
            }
            index.commit();
            double seconds = (System.nanoTime() - started) / 1e9;
            SearchResults r = index.search(SearchRequest.of("\"executive order\" minimum wage", 5));
            System.out.printf("indexed %d executive orders in %.1f s; %d documents match%n", files.size(), seconds,
                    r.totalHits());
            r.hits().forEach(h -> System.out.printf("  %.3f %s | %s | p.%d | %s%n", h.score(), h.document(), h.title(),
                    h.page(), h.passage().length() > 160 ? h.passage().substring(0, 160) : h.passage()));
            assertEquals("us-eo/EO_13658.htm", r.hits().get(0).document().value());
        }
    }
}
