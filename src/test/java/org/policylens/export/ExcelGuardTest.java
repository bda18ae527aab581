package org.policylens.export;

import org.junit.jupiter.api.Test;
import org.policylens.index.SearchHit;
import org.policylens.index.SearchResults;
import org.policylens.model.DocumentId;
import org.policylens.model.IngestOutcome;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The ingest report and search CSVs guard formula-like cells with --excel, as the facts CSV does. */
class ExcelGuardTest {
    private static final String NAME = "=HYPERLINK(\"http://evil.example\",\"x\").txt";

    @Test
    void ingestReport() throws Exception {
        List<IngestOutcome> outcomes = List.of(new IngestOutcome.Failed(NAME, "empty file"),
                new IngestOutcome.Indexed("+plain.txt", "text/plain", "en", 12, 0));
        StringWriter excel = new StringWriter();
        new IngestReportWriter(true).write(excel, outcomes);
        assertEquals("\uFEFFpath,status,media_type,language,chars,error,ocr_pages\r\n"
                + "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\").txt\",failed,,,,empty file,0\r\n"
                + "'+plain.txt,indexed,text/plain,en,12,,0\r\n", excel.toString());
        StringWriter exact = new StringWriter();
        new IngestReportWriter(false).write(exact, outcomes);
        assertEquals("path,status,media_type,language,chars,error,ocr_pages\r\n"
                + "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\").txt\",failed,,,,empty file,0\r\n"
                + "+plain.txt,indexed,text/plain,en,12,,0\r\n", exact.toString());
    }

    @Test
    void searchResults() throws Exception {
        SearchResults results = new SearchResults(1, List.of(new SearchHit(new DocumentId(NAME), "-title", "other", "en",
                "", 1.5f, "@passage", 0)), Map.of());
        StringWriter excel = new StringWriter();
        new SearchCsvWriter(true).write(results, excel);
        assertEquals("\uFEFFrank,document,title,type,language,date,score,page,passage\r\n"
                + "1,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\").txt\",'-title,other,en,,1.5000,0,'@passage\r\n",
                excel.toString());
    }
}
