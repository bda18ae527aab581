package org.policylens.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.policylens.model.IngestOutcome;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The ingest report CSV of the contract: {@code path,status,media_type,language,chars,error,ocr_pages}
 * ({@code ocr_pages} appended in version 2: pages read by OCR in this run, 0 for none).
 */
public final class IngestReportWriter {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader("path", "status", "media_type", "language", "chars", "error", "ocr_pages").get();

    private IngestReportWriter() {
    }

    public static void write(Path file, List<IngestOutcome> outcomes) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(w, outcomes);
        }
    }

    public static void write(Writer out, List<IngestOutcome> outcomes) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, FORMAT);
        for (IngestOutcome o : outcomes) {
            if (o instanceof IngestOutcome.Indexed i) {
                csv.printRecord(i.path(), i.status(), i.mediaType(), i.language(), i.chars(), "", i.ocrPages());
            } else if (o instanceof IngestOutcome.Failed f) {
                csv.printRecord(f.path(), f.status(), "", "", "", f.reason(), 0);
            } else {
                csv.printRecord(o.path(), o.status(), "", "", "", "", 0);
            }
        }
        csv.flush();
    }
}
