package org.policylens.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.policylens.index.SearchHit;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** Search hits as CSV: {@code rank,document,title,type,language,date,score,page,passage} (the search --format csv contract). */
public final class SearchResultsCsv {
    private SearchResultsCsv() {
    }

    /** Writes the header and one row per hit, ranks counted from {@code firstRank}; flushes, never closes. */
    public static void write(Appendable out, List<SearchHit> hits, int firstRank) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("rank", "document", "title", "type", "language", "date", "score", "page", "passage").get());
        int rank = firstRank;
        for (SearchHit h : hits) {
            csv.printRecord(rank++, h.document().value(), h.title(), h.documentType(), h.language(), h.date(),
                    String.format(Locale.ROOT, "%.4f", h.score()), h.page(), h.passage());
        }
        csv.flush();
    }
}
