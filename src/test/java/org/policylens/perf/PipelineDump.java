package org.policylens.perf;

import org.policylens.ingest.IngestLimits;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.Fact;
import org.policylens.model.ParseResult;
import org.policylens.pipeline.Pipeline;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;

/**
 * A checking driver (not a test): runs ingest and extraction over every file listed (one a line) in a file and writes
 * what ingest decided and every fact, so that two builds can be compared with diff. Usage: {@code PipelineDump LIST OUT}.
 */
public final class PipelineDump {
    private PipelineDump() {
    }

    public static void main(String[] args) throws Exception {
        Pipeline pipeline = Pipeline.standard(IngestLimits.DEFAULTS, 1);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            for (String line : Files.readAllLines(Path.of(args[0]))) {
                ParseResult r = pipeline.ingester().ingest(Path.of(line), new DocumentId(line));
                out.println("== " + line);
                if (r instanceof ParseResult.Parsed parsed) {
                    Document d = parsed.document();
                    out.println(d.mediaType() + " " + d.language() + " " + new TreeMap<>(d.metadata()));
                    out.println("text " + d.text().length() + " " + d.text().hashCode() + " paragraphs "
                            + d.paragraphs() + " pages " + d.pages());
                    for (Fact f : pipeline.extractor().extract(d)) {
                        out.println(f);
                    }
                } else {
                    out.println(r);
                }
            }
        }
    }
}
