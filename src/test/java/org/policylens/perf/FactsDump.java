package org.policylens.perf;

import org.policylens.extract.FactExtractor;
import org.policylens.extract.StandardExtractors;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.Fact;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A checking driver (not a test): extracts every {@code LANG=FILE} listed (one a line) in a file and writes all
 * facts, so that two builds can be compared with diff. Usage: {@code FactsDump LIST OUT}.
 */
public final class FactsDump {
    private FactsDump() {
    }

    public static void main(String[] args) throws Exception {
        FactExtractor extractor = StandardExtractors.create();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            for (String line : Files.readAllLines(Path.of(args[0]))) {
                String[] langFile = line.split("=", 2);
                Path p = Path.of(langFile[1]);
                Document d = new Document(new DocumentId(p.toString()), p, "text/plain", langFile[0],
                        Files.readString(p, StandardCharsets.UTF_8), List.of(), List.of(), Map.of());
                out.println("== " + line);
                for (Fact f : extractor.extract(d)) {
                    out.println(f);
                }
            }
        }
    }
}
