package org.policylens.perf;

import org.policylens.ingest.TikaIngester;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.ParseResult;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;

/**
 * A checking driver (not a test): ingests every file listed (one a line) in a file and writes what ingest decided
 * (media type, language, metadata, paragraph and page spans, a hash of the text), so that two builds can be compared
 * with diff. Usage: {@code IngestDump LIST OUT}.
 */
public final class IngestDump {
    private IngestDump() {
    }

    public static void main(String[] args) throws Exception {
        TikaIngester ingester = new TikaIngester();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            for (String line : Files.readAllLines(Path.of(args[0]))) {
                Path p = Path.of(line);
                ParseResult r = ingester.ingest(p, new DocumentId(line));
                out.println("== " + line);
                if (r instanceof ParseResult.Parsed parsed) {
                    Document d = parsed.document();
                    out.println(d.mediaType() + " " + d.language() + " " + new TreeMap<>(d.metadata()));
                    out.println("text " + d.text().length() + " " + d.text().hashCode() + " paragraphs "
                            + d.paragraphs() + " pages " + d.pages());
                } else {
                    out.println(r);
                }
            }
        }
    }
}
