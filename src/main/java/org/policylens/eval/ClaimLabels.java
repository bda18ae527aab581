package org.policylens.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One label file of the verification evaluation ({@code labels/<split>/<article>.tsv}): the article it labels
 * (relative to the evaluation root), its language and split, and one row per claim in article order.
 */
public record ClaimLabels(Path file, String article, String language, String split, List<Label> rows) {
    /** A labelled claim: columns {@code type text value expected_verdict evidence_file evidence_quote why}. */
    public record Label(String type, String text, String value, String expected, String evidenceFile,
                        String evidenceQuote, String why) {
    }

    public ClaimLabels {
        rows = List.copyOf(rows);
    }

    /** Every {@code *.tsv} under {@code labels/} of the root, by path. */
    public static List<ClaimLabels> readAll(Path root) {
        Path labels = root.resolve("labels");
        if (!Files.isDirectory(labels)) {
            throw new GoldFormatException("no labels/ directory under " + root);
        }
        try (Stream<Path> files = Files.walk(labels)) {
            List<ClaimLabels> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                out.add(read(f));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read labels under " + root + ": " + e.getMessage(), e);
        }
    }

    static ClaimLabels read(Path file) throws IOException {
        String article = "";
        String language = "";
        String split = "";
        List<Label> rows = new ArrayList<>();
        int line = 0;
        for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line++;
            if (l.startsWith("#")) {
                String h = l.substring(1).strip();
                if (h.startsWith("article:")) {
                    article = h.substring("article:".length()).strip();
                } else if (h.startsWith("language:")) {
                    language = h.substring("language:".length()).strip();
                } else if (h.startsWith("split:")) {
                    split = h.substring("split:".length()).strip();
                }
                continue;
            }
            if (l.isBlank() || l.startsWith("type\t")) {
                continue;
            }
            String[] c = l.split("\t", -1);
            if (c.length < 4) {
                throw new GoldFormatException(file + ":" + line + ": expected at least 4 TAB-separated columns");
            }
            rows.add(new Label(c[0], c[1], c[2], c[3], cell(c, 4), cell(c, 5), cell(c, 6)));
        }
        if (article.isEmpty() || split.isEmpty()) {
            throw new GoldFormatException(file + ": the header must name '# article:' and '# split:'");
        }
        return new ClaimLabels(file, article, language, split, rows);
    }

    private static String cell(String[] c, int i) {
        return i < c.length ? c[i] : "";
    }
}
