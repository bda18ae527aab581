package org.policylens.train;

import org.policylens.annotate.AnnotatedText;
import org.policylens.annotate.OpenNlpAnnotator;
import org.policylens.model.Language;
import org.policylens.model.Span;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns hand-written training sources ({@code models/train/source/program-<lang>.src.txt}: one plain
 * sentence per line, programme names marked {@code [[...]]}) into OpenNLP name-finder files
 * ({@code models/train/program-<lang>.txt}: tokens separated by spaces, names as
 * {@code <START:program> ... <END>}), tokenized by the same {@link OpenNlpAnnotator} the runtime uses, so
 * training and extraction always see the same tokens.
 */
public final class TrainingData {
    static final String TYPE = "program";

    private TrainingData() {
    }

    /** Rewrites every {@code program-*.txt} under {@code trainDir} from its source; returns the files written. */
    public static List<Path> formatSources(Path trainDir) throws IOException {
        Path sources = trainDir.resolve("source");
        List<Path> written = new ArrayList<>();
        if (!Files.isDirectory(sources)) {
            return written;
        }
        OpenNlpAnnotator annotator = new OpenNlpAnnotator();
        try (var files = Files.list(sources)) {
            for (Path src : files.filter(p -> p.getFileName().toString().endsWith(".src.txt")).sorted().toList()) {
                String name = src.getFileName().toString().replace(".src.txt", "");
                Language lang = Language.fromCode(name.substring(name.indexOf('-') + 1));
                List<String> out = new ArrayList<>();
                int lineNo = 0;
                for (String line : Files.readAllLines(src, StandardCharsets.UTF_8)) {
                    lineNo++;
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    out.add(format(annotator, line, lang, src + ":" + lineNo));
                }
                Path target = trainDir.resolve(name + ".txt");
                Files.write(target, out, StandardCharsets.UTF_8);
                written.add(target);
            }
        }
        return written;
    }

    /** One source line as an OpenNLP name sample line. */
    static String format(OpenNlpAnnotator annotator, String line, Language lang, String where) {
        StringBuilder plain = new StringBuilder();
        List<Span> names = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            int open = line.indexOf("[[", i);
            if (open < 0) {
                plain.append(line, i, line.length());
                break;
            }
            int close = line.indexOf("]]", open);
            if (close < 0) {
                throw new IllegalArgumentException(where + ": unclosed [[");
            }
            plain.append(line, i, open);
            int start = plain.length();
            plain.append(line, open + 2, close);
            names.add(new Span(start, plain.length()));
            i = close + 2;
        }
        String text = plain.toString();
        AnnotatedText at = annotator.annotate(text, lang);
        StringBuilder b = new StringBuilder();
        int open = 0;
        for (Span t : at.tokens()) {
            for (Span n : names) {
                if (n.start() == t.start()) {
                    b.append("<START:").append(TYPE).append("> ");
                    open++;
                } else if (n.start() > t.start() && n.start() < t.end()) {
                    throw new IllegalArgumentException(where + ": a name starts inside token " + t.of(text));
                }
            }
            b.append(t.of(at.view())).append(' ');
            for (Span n : names) {
                if (n.end() == t.end()) {
                    b.append("<END> ");
                    open--;
                } else if (n.end() > t.start() && n.end() < t.end()) {
                    throw new IllegalArgumentException(where + ": a name ends inside token " + t.of(text));
                }
            }
        }
        if (open != 0) {
            throw new IllegalArgumentException(where + ": name boundaries do not fall on tokens");
        }
        return b.toString().strip();
    }
}
