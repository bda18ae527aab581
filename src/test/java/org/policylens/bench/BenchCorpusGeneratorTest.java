package org.policylens.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCorpusGeneratorTest {

    /** Paragraphs written for this test, in every language the generator mixes. */
    static Map<String, List<SourceParagraph>> testParagraphs() {
        return Map.of(
                "en", List.of(
                        new SourceParagraph("The Secretary shall report to the President by March 1, 2019 on the "
                                + "1,250 grants awarded under section 4, totalling $3,500,000 in fiscal year 2018.", "en"),
                        new SourceParagraph("Executive Order 12944 of 1994 is amended; agencies shall spend at most "
                                + "12.5 percent of the 40 million dollars on administration during 2020.", "en")),
                "ru", List.of(new SourceParagraph("Утвердить республиканский бюджет на 1997 год по доходам в сумме "
                        + "158 420 000 тысяч тенге, расходам 210 000 тысяч тенге, дефицит 3,2 процента.", "ru")),
                "uz-Latn", List.of(new SourceParagraph("Oʻzbekiston Respublikasining 2021-yil 21-apreldagi OʻRQ-683-sonli "
                        + "Qonuni bilan soliq stavkasi 15 foizga kamaytirilsin va 2025 yilgacha amal qiladi.", "uz-Latn")),
                "uz-Cyrl", List.of(new SourceParagraph("Ўзбекистон Республикаси Президентининг 15.09.2025 йилдаги "
                        + "ПҚ-282-сон қарорига мувофиқ 500 та IT-компания ва 2 500 000 сўм маблағ ажратилсин.", "uz-Cyrl")));
    }

    @Test
    void sameSeedGivesTheSameBytesAndAnotherSeedDiffers(@TempDir Path tmp) throws Exception {
        BenchCorpusGenerator generator = new BenchCorpusGenerator(testParagraphs());
        BenchCorpus a = generator.generate(20, 42L, tmp.resolve("a"));
        BenchCorpus b = generator.generate(20, 42L, tmp.resolve("b"));
        BenchCorpus c = generator.generate(20, 43L, tmp.resolve("c"));
        assertEquals(20, a.entries().size());
        boolean anyDifferent = false;
        for (int i = 0; i < 20; i++) {
            Path fa = a.entries().get(i).file();
            Path fb = b.entries().get(i).file();
            assertEquals(fa.getFileName(), fb.getFileName());
            assertArrayEquals(Files.readAllBytes(fa), Files.readAllBytes(fb), "differs: " + fa.getFileName());
            anyDifferent |= !java.util.Arrays.equals(Files.readAllBytes(fa),
                    Files.readAllBytes(c.entries().get(i).file()));
        }
        assertTrue(anyDifferent, "another seed must give other documents");
        assertEquals(EnumSet.allOf(BenchFormat.class),
                a.entries().stream().map(BenchCorpus.Entry::format).collect(Collectors.toSet()));
    }

    @Test
    void anExistingCorpusIsReusedAndAnotherSeedRegenerates(@TempDir Path tmp) throws Exception {
        BenchCorpusGenerator generator = new BenchCorpusGenerator(testParagraphs());
        Path dir = tmp.resolve("corpus");
        BenchCorpus first = generator.generate(20, 1L, dir);
        Path marker = first.entries().get(0).file();
        long modified = Files.getLastModifiedTime(marker).toMillis();
        Files.setLastModifiedTime(marker, java.nio.file.attribute.FileTime.fromMillis(modified - 100_000));
        BenchCorpus again = generator.generate(20, 1L, dir);
        assertEquals(first, again);
        assertEquals(modified - 100_000, Files.getLastModifiedTime(marker).toMillis(), "must not rewrite");
        BenchCorpus other = generator.generate(20, 2L, dir);
        assertEquals(2L, other.seed());
        assertNotEquals(modified - 100_000, Files.getLastModifiedTime(marker).toMillis());
    }

    @Test
    void everyGeneratedFileParsesWithTikaAndKeepsItsText(@TempDir Path tmp) throws Exception {
        BenchCorpusGenerator generator = new BenchCorpusGenerator(testParagraphs());
        BenchCorpus corpus = generator.generate(20, 7L, tmp.resolve("c"));
        AutoDetectParser parser = new AutoDetectParser();
        for (BenchCorpus.Entry e : corpus.entries()) {
            BodyContentHandler handler = new BodyContentHandler(-1);
            Metadata metadata = new Metadata();
            try (InputStream in = Files.newInputStream(e.file())) {
                parser.parse(in, handler, metadata, new ParseContext());
            }
            String text = handler.toString();
            assertTrue(text.contains("bench-0000"), e.file() + " lost its title: " + text);
            String type = metadata.get(Metadata.CONTENT_TYPE);
            String expected = switch (e.format()) {
                case HTML -> "text/html";
                case XML -> "application/xml";
                case TXT -> "text/plain";
                case PDF -> "application/pdf";
                case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            };
            assertTrue(type.startsWith(expected), e.file() + " detected as " + type);
            assertTrue(e.bytes() > 500, "too small: " + e.file());
        }
    }

    @Test
    void documentsArePerturbedSamplesOfOneLanguage() {
        BenchCorpusGenerator generator = new BenchCorpusGenerator(testParagraphs());
        Set<String> originals = testParagraphs().values().stream().flatMap(List::stream)
                .map(SourceParagraph::text).collect(Collectors.toSet());
        int changed = 0;
        for (int i = 0; i < 20; i++) {
            GeneratedDocument doc = generator.document(i, 5L);
            Set<String> languageTexts = testParagraphs().get(doc.language()).stream()
                    .map(SourceParagraph::text).collect(Collectors.toSet());
            assertFalse(doc.paragraphs().isEmpty());
            for (String p : doc.paragraphs()) {
                changed += originals.contains(p) ? 0 : 1;
                assertTrue(languageTexts.stream().anyMatch(t -> t.substring(0, 8).equals(p.substring(0, 8))),
                        "paragraph from another language: " + p);
            }
        }
        assertTrue(changed > 0, "figures must be perturbed");
    }

    @Test
    void realSourcesGiveParagraphsInEveryLanguage() {
        Path real = Path.of("..", "shared", "corpus-real");
        assumeTrue(Files.isDirectory(real), "../shared/corpus-real absent");
        Map<String, List<SourceParagraph>> byLanguage = SourceParagraphs.load(List.of(real, Path.of("corpus")));
        for (String language : List.of("en", "ru", "uz-Latn", "uz-Cyrl")) {
            assertTrue(byLanguage.getOrDefault(language, List.of()).size() >= 20, language + ": " + byLanguage.keySet());
        }
        byLanguage.values().stream().flatMap(List::stream).forEach(p -> {
            assertFalse(p.text().contains("<"), "tag left: " + p.text());
            assertTrue(p.text().length() <= SourceParagraphs.MAX_CHARS);
        });
        BenchCorpusGenerator generator = new BenchCorpusGenerator(byLanguage);
        GeneratedDocument doc = generator.document(0, 1L);
        assertSame(doc.getClass(), GeneratedDocument.class);
    }
}
