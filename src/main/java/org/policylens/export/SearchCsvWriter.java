package org.policylens.export;

import org.apache.commons.csv.CSVPrinter;
import org.policylens.index.SearchHit;
import org.policylens.index.SearchResults;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** {@code search --format csv}: {@code rank,document,title,type,language,date,score,page,passage}, one row a hit. */
public final class SearchCsvWriter {
    public static final List<String> HEADER = List.of("rank", "document", "title", "type", "language", "date", "score",
            "page", "passage");

    private final boolean excel;

    public SearchCsvWriter(boolean excel) {
        this.excel = excel;
    }

    /** Writes the hits to {@code out}, flushing but not closing it. */
    public void write(SearchResults results, Writer out) throws IOException {
        write(results.hits(), 1, out);
    }

    /** Writes a page of hits, ranks counted from {@code firstRank} (the web search's later pages). */
    public void write(List<SearchHit> hits, int firstRank, Writer out) throws IOException {
        CSVPrinter printer = Csv.open(out, HEADER, excel);
        int rank = firstRank;
        for (SearchHit h : hits) {
            Csv.row(printer, Arrays.asList(Integer.toString(rank++), h.document().value(), h.title(), h.documentType(),
                    h.language(), h.date(), String.format(Locale.ROOT, "%.4f", h.score()), Integer.toString(h.page()),
                    h.passage()), excel);
        }
        printer.flush();
    }
}
