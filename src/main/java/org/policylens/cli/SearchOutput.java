package org.policylens.cli;

import org.policylens.export.JsonStrings;
import org.policylens.export.SearchResultsCsv;
import org.policylens.index.SearchHit;
import org.policylens.index.SearchResults;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;

/** Renders search results for people (text) or scripts (json, csv). */
final class SearchOutput {
    private SearchOutput() {
    }

    static void write(PrintWriter out, SearchResults results, SearchCommand.Format format) throws IOException {
        switch (format) {
            case json -> json(out, results);
            case csv -> csv(out, results);
            default -> text(out, results);
        }
        out.flush();
    }

    private static void text(PrintWriter out, SearchResults results) {
        out.printf("%d matching document(s)%n", results.totalHits());
        int rank = 1;
        for (SearchHit hit : results.hits()) {
            out.printf("%n%2d. %s  [%s, %s%s]  score %.2f%n", rank++, hit.document(), hit.documentType(), hit.language(),
                    hit.date().isEmpty() ? "" : ", " + hit.date(), hit.score());
            if (!hit.title().isBlank()) {
                out.println("    " + hit.title());
            }
            out.println("    " + hit.passage().replaceAll("\\s+", " ").strip()
                    + (hit.page() > 0 ? "  (p. " + hit.page() + ")" : ""));
        }
        if (!results.hits().isEmpty()) {
            out.println();
            for (Map.Entry<String, Map<String, Long>> facet : results.facets().entrySet()) {
                if (facet.getValue().isEmpty()) {
                    continue;
                }
                StringBuilder line = new StringBuilder(facet.getKey()).append(':');
                facet.getValue().forEach((value, count) -> line.append(' ').append(value).append(" (").append(count).append(')'));
                out.println(line);
            }
        }
    }

    private static void json(PrintWriter out, SearchResults results) {
        StringBuilder sb = new StringBuilder("{\"total\":").append(results.totalHits()).append(",\"hits\":[");
        for (int i = 0; i < results.hits().size(); i++) {
            SearchHit h = results.hits().get(i);
            sb.append(i == 0 ? "" : ",")
                    .append("{\"document\":").append(JsonStrings.quote(h.document().value()))
                    .append(",\"title\":").append(JsonStrings.quote(h.title()))
                    .append(",\"type\":").append(JsonStrings.quote(h.documentType()))
                    .append(",\"language\":").append(JsonStrings.quote(h.language()))
                    .append(",\"date\":").append(JsonStrings.quote(h.date()))
                    .append(",\"score\":").append(h.score())
                    .append(",\"page\":").append(h.page())
                    .append(",\"passage\":").append(JsonStrings.quote(h.passage())).append('}');
        }
        sb.append("],\"facets\":{");
        boolean first = true;
        for (Map.Entry<String, Map<String, Long>> facet : results.facets().entrySet()) {
            sb.append(first ? "" : ",").append(JsonStrings.quote(facet.getKey())).append(":{");
            first = false;
            boolean firstValue = true;
            for (Map.Entry<String, Long> v : facet.getValue().entrySet()) {
                sb.append(firstValue ? "" : ",").append(JsonStrings.quote(v.getKey())).append(':').append(v.getValue());
                firstValue = false;
            }
            sb.append('}');
        }
        out.println(sb.append("}}"));
    }

    private static void csv(PrintWriter out, SearchResults results) throws IOException {
        SearchResultsCsv.write(out, results.hits(), 1);
    }
}
