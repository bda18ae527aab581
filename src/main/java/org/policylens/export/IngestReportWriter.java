package org.policylens.export;

import org.apache.commons.csv.CSVPrinter;
import org.policylens.model.IngestOutcome;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The ingest report CSV of the contract: {@code path,status,media_type,language,chars,error,ocr_pages}
 * ({@code ocr_pages} appended in version 2: pages read by OCR in this run, 0 for none). With {@code excel} the file
 * starts with a byte-order mark and formula-like cells (a file named {@code =HYPERLINK(…)}) are guarded.
 */
public final class IngestReportWriter {
    public static final List<String> HEADER = List.of("path", "status", "media_type", "language", "chars", "error",
            "ocr_pages");

    private final boolean excel;

    public IngestReportWriter(boolean excel) {
        this.excel = excel;
    }

    public void write(Path file, List<IngestOutcome> outcomes) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(w, outcomes);
        }
    }

    /** Writes the report to {@code out}, flushing but not closing it. */
    public void write(Writer out, List<IngestOutcome> outcomes) throws IOException {
        CSVPrinter csv = Csv.open(out, HEADER, excel);
        for (IngestOutcome o : outcomes) {
            Csv.row(csv, cells(o), excel);
        }
        csv.flush();
    }

    private static List<String> cells(IngestOutcome o) {
        if (o instanceof IngestOutcome.Indexed i) {
            return Arrays.asList(i.path(), i.status(), i.mediaType(), i.language(), Integer.toString(i.chars()), "",
                    Integer.toString(i.ocrPages()));
        }
        if (o instanceof IngestOutcome.Failed f) {
            return List.of(f.path(), f.status(), "", "", "", f.reason(), "0");
        }
        return List.of(o.path(), o.status(), "", "", "", "", "0");
    }
}
