package org.policylens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.Fact;
import org.policylens.model.MetadataKeys;
import org.policylens.model.Span;

/**
 * A long text extracted on several threads (cut after blank lines, pieces merged in order) gives exactly the facts of
 * one thread, offsets, sentences and linked dates included: in every language we have real text for, on texts large
 * enough to be cut into many pieces, built from real acts and our own corpus with paragraphs shuffled.
 */
class ParallelExtractionTest {
    private static final int CHARS = 700_000;

    @Test
    void parallelFactsEqualSequentialFactsInEveryLanguage() throws IOException {
        FactExtractor sequential = StandardExtractors.create(1);
        FactExtractor parallel = StandardExtractors.create(4);
        Map<String, List<String>> paragraphsByLanguage = paragraphsByLanguage();
        assertTrue(paragraphsByLanguage.keySet().containsAll(List.of("en", "ru", "uz-Latn", "uz-Cyrl", "kk")),
                paragraphsByLanguage.keySet().toString());
        for (Map.Entry<String, List<String>> e : paragraphsByLanguage.entrySet()) {
            String text = longText(e.getValue(), e.getKey().hashCode());
            List<Span> pieces = ParagraphChunks.of(text, Math.max(64 * 1024, text.length() / 32));
            assertTrue(pieces.size() >= 8, e.getKey() + ": " + pieces.size() + " pieces");
            Document doc = new Document(new DocumentId("long-" + e.getKey()), Path.of("long.txt"), "text/plain",
                    e.getKey(), text, List.of(), List.of(), Map.of(MetadataKeys.TITLE, "long"));
            List<Fact> one = sequential.extract(doc);
            List<Fact> many = parallel.extract(doc);
            assertTrue(one.size() > 100, e.getKey() + ": only " + one.size() + " facts");
            assertEquals(one.size(), many.size(), e.getKey());
            for (int i = 0; i < one.size(); i++) {
                assertEquals(one.get(i), many.get(i), e.getKey() + " fact " + i);
            }
        }
    }

    @Test
    void piecesCoverTheTextAndStartAfterABlankLine() {
        String text = longText(List.of("First paragraph. It has two sentences.", "Second\nhas a line break.",
                "  Indented third.", "- a list item\n- another"), 7);
        List<Span> pieces = ParagraphChunks.of(text, 5_000);
        assertTrue(pieces.size() > 10);
        int at = 0;
        for (Span p : pieces) {
            assertEquals(at, p.start());
            at = p.end();
            if (p.start() > 0) {
                String before = text.substring(0, p.start()).stripTrailing();
                assertTrue(text.substring(before.length(), p.start()).chars().filter(c -> c == '\n').count() >= 2,
                        "piece at " + p.start() + " does not follow a blank line");
                assertTrue(!Character.isWhitespace(text.charAt(p.start())));
            }
        }
        assertEquals(text.length(), at);
        assertEquals(List.of(new Span(0, 3)), ParagraphChunks.of("abc", 1));
    }

    /** Paragraphs shuffled and repeated to {@link #CHARS}, separated by blank lines. */
    private static String longText(List<String> paragraphs, long seed) {
        Random random = new Random(seed);
        StringBuilder b = new StringBuilder(CHARS + 10_000);
        List<String> order = new ArrayList<>(paragraphs);
        while (b.length() < CHARS) {
            Collections.shuffle(order, random);
            for (String p : order) {
                b.append(p).append(random.nextInt(4) == 0 ? "\n \n\n" : "\n\n");
            }
        }
        return b.toString();
    }

    /** Real acts of the test resources and our corpus' plain texts (and the seed article when present), by language. */
    private static Map<String, List<String>> paragraphsByLanguage() throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> s = Stream.concat(Files.walk(Path.of("src/test/resources/real")), Files.walk(Path.of("corpus")))) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            String[] parts = name.split("\\.");
            if (parts.length < 3 || !(name.endsWith(".txt") || name.endsWith(".md"))) {
                continue;
            }
            String[] tag = parts[parts.length - 2].split("-");
            Charset charset = tag.length > 1 && tag[tag.length - 1].equals("cp1251") ? Charset.forName("windows-1251")
                    : tag.length > 1 && tag[tag.length - 1].equals("koi8r") ? Charset.forName("KOI8-R")
                    : StandardCharsets.UTF_8;
            String language = switch (tag[0]) {
                case "en", "ru", "kk" -> tag[0];
                case "uz" -> tag.length > 1 && tag[1].equalsIgnoreCase("cyrl") ? "uz-Cyrl" : "uz-Latn";
                default -> null;
            };
            if (language == null) {
                continue;
            }
            add(out, language, Files.readString(f, charset));
        }
        Path seed = Path.of("..", "shared", "seed", "article-dusbekova-2026.txt");
        if (Files.isRegularFile(seed)) {
            add(out, "en", Files.readString(seed, StandardCharsets.UTF_8));
        }
        return out;
    }

    private static void add(Map<String, List<String>> out, String language, String text) {
        for (String p : text.replace("\r\n", "\n").split("\n\\s*\n")) {
            if (!p.isBlank()) {
                out.computeIfAbsent(language, k -> new ArrayList<>()).add(p.strip());
            }
        }
    }
}
