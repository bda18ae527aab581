package org.policylens.lang;

import opennlp.tools.langdetect.LanguageDetectorContextGenerator;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelContextTest {

    /**
     * The context must be the detector's n-grams in the detector's order (the model sums their weights in that order):
     * the reference is what the model's own context generator gives, put through a HashSet as the detector's counting
     * map does, and the model's probabilities must then be equal to the last bit.
     */
    @Test
    void theNGramsAreTheDetectorsInItsOrder() throws IOException {
        LanguageDetectorContextGenerator detector = LanguageIdentifier.ModelHolder.MODEL.getFactory()
                .getContextGenerator();
        MaxentModel maxent = LanguageIdentifier.ModelHolder.MODEL.getMaxentModel();
        List<String> samples = new ArrayList<>(List.of("", " ", "a", "ab", "2025", "12,5 %", "Ӯ", "IT-park",
                "O‘zbekiston", "Oʻzbekiston Respublikasi", "Цифровой Казахстан", "Qazaqstan Respýblıkasy",
                "Ўзбекистон Республикаси Президентининг Фармони", "Қазақстан Республикасының Үкіметі қаулы етеді",
                "The Secretary shall submit a report.", "«UZ coders» loyihasi doirasida 2025 yilgacha",
                "Мамлакатимизда ёшлар сиёсатини амалга ошириш бўйича дастур қабул қилинди",
                // what the normalizers rewrite (links, mail, handles, emoji, digits, repeated letters) and letters
                // whose lowercase differs in length or lies outside the basic plane
                "See https://lex.uz/docs/6079 or mail info@gov.uz, @uzdigital #IT 🙂🇺🇿 yesss!!! 1,000,000",
                "İSTANBUL ẞTRASSE ΣΊΣΥΦΟΣ 𐐀𐐁𐐂 𝐀𝐁𝐂 Ǆ ǅ ǆ", "aaaaaaa ббббббб", "\u0000\t\n\r\u00A0\u2028"));
        Path shared = Path.of("..", "shared");
        Path seed = shared.resolve("seed").resolve("article-dusbekova-2026.txt");
        if (Files.isRegularFile(seed)) {
            addParagraphsAndSlices(Files.readString(seed), samples);
        }
        Path real = shared.resolve("corpus-real");
        if (Files.isDirectory(real)) {
            try (Stream<Path> files = Files.walk(real)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md"))
                        .sorted().toList()) {
                    String text = Files.readString(f);
                    addParagraphsAndSlices(text.substring(0, Math.min(text.length(), 60_000)), samples);
                }
            }
        }
        for (String sample : samples) {
            Set<CharSequence> counted = new HashSet<>();
            Collections.addAll(counted, detector.getContext(sample));
            String[] expected = counted.stream().map(CharSequence::toString).toArray(String[]::new);
            String[] context = ModelContext.of(sample);
            assertArrayEquals(expected, context, sample);
            float[] ones = new float[context.length];
            Arrays.fill(ones, 1f);
            assertArrayEquals(maxent.eval(expected, ones), maxent.eval(context, ones), 0.0, sample);
        }
        assertTrue(samples.size() > 20);
    }

    private static void addParagraphsAndSlices(String text, List<String> samples) {
        samples.addAll(List.of(text.split("\n")));
        for (int i = 0; i + 700 < text.length(); i += 500) {
            samples.add(text.substring(i, i + 700));
        }
    }
}
