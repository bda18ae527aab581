package org.policylens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.policylens.model.DateValue;
import org.policylens.model.FactType;

/** Guards the shipped sample corpus and its labelled claim set against accidental damage (re-encoding, drift). */
class ShippedCorpusTest {

    private static final Path CORPUS = Path.of("corpus");
    private static final Path ARTICLE = CORPUS.resolve("articles").resolve("sample-article-it-education.en.md");
    private static final Path VERDICTS = Path.of("src", "test", "resources", "verify-eval", "expected-verdicts.tsv");
    private static final Pattern ACT_VALUE = Pattern.compile("[A-Z]+(-[A-Z]+)*-\\d+(@\\d{4}(-\\d{2}(-\\d{2})?)?)?");

    @Test
    void corpusStaysSmall() throws IOException {
        long total;
        try (Stream<Path> files = Files.walk(CORPUS)) {
            total = files.filter(Files::isRegularFile).mapToLong(ShippedCorpusTest::size).sum();
        }
        assertTrue(total < 1_000_000, "corpus is " + total + " bytes");
    }

    @Test
    void legacyEncodedSheetsKeepTheirEncoding() throws IOException {
        assertLegacy("vmq-17-it-park.ru-cp1251.txt", Charset.forName("windows-1251"),
                "постановление Кабинета Министров № 17 от 10 января 2019 года",
                "Указ Президента Республики Узбекистан от 5 октября 2020 года № УП-6079",
                "Постановление Президента № ПП-357");
        assertLegacy("techorda-kz.ru-koi8r.txt", Charset.forName("KOI8-R"), "более 82 000 IT-специалистов");
    }

    @Test
    void uzbekSheetsUseTheCanonicalSpellings() throws IOException {
        String cyrillic = Files.readString(CORPUS.resolve("decrees").resolve("pq-178-it-towns.uz-cyrl.txt"));
        assertTrue(cyrillic.contains("2024 йил 15 майдаги ПҚ-178-сон қарори"));
        String latinSource = Files.readString(Path.of("src", "test", "resources", "corpus-src").resolve("vmq-617-youth-knowledge.uz-latn.odt.txt"));
        assertTrue(latinSource.contains("Vazirlar Mahkamasining 2022-yil 26-oktabrdagi 617-son qarori"));
        assertTrue(latinSource.contains("2020-yil 5-oktabrdagi PF-6079-son Farmoni"));
    }

    @Test
    void expectedVerdictsAreWellFormedAndFollowTheArticle() throws IOException {
        List<String> lines = Files.readAllLines(VERDICTS, StandardCharsets.UTF_8);
        assertEquals("type\ttext\tvalue\texpected_verdict\twhy", lines.get(0));
        String article = Files.readString(ARTICLE);
        Set<String> verdicts = new HashSet<>();
        Set<FactType> types = EnumSet.noneOf(FactType.class);
        int from = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t", -1);
            assertEquals(5, cols.length, line);
            FactType type = FactType.valueOf(cols[0]);
            types.add(type);
            int at = article.indexOf(cols[1], from);
            assertTrue(at >= 0, "not in the article after the previous row (rows follow article order): " + cols[1]);
            from = at + cols[1].length();
            assertValueIsNormalized(type, cols[2]);
            assertTrue(Set.of("SUPPORTED", "CONTRADICTED", "NOT_FOUND").contains(cols[3]), cols[3]);
            verdicts.add(cols[3]);
            assertFalse(cols[4].isBlank(), "every label says why: " + line);
        }
        assertTrue(lines.size() - 1 >= 25, "at least 25 claims");
        assertEquals(Set.of("SUPPORTED", "CONTRADICTED", "NOT_FOUND"), verdicts);
        assertEquals(EnumSet.allOf(FactType.class), types);
    }

    @Test
    void articleKeepsItsDeliberateIntegrityFlaws() throws IOException {
        String article = Files.readString(ARTICLE);
        int refs = article.indexOf("## References");
        assertTrue(refs > 0);
        Set<String> cited = markers(article.substring(0, refs));
        Set<String> listed = markers(article.substring(refs));
        Set<String> dangling = new HashSet<>(cited);
        dangling.removeAll(listed);
        assertEquals(Set.of("9"), dangling, "exactly one body marker lacks a reference entry");
        assertTrue(article.substring(0, refs).contains("PQ-358 of October 4, 2024"));
        assertTrue(article.substring(refs).contains("PQ-358 of October 14, 2024"));
    }

    private static Set<String> markers(String text) {
        Set<String> found = new HashSet<>();
        Matcher m = Pattern.compile("\\[(\\d+)]").matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static void assertValueIsNormalized(FactType type, String value) {
        switch (type) {
            case DATE -> new DateValue(value);
            case NUMBER, MONEY, PERCENT -> {
                BigDecimal number = new BigDecimal(value);
                assertEquals(value, number.toPlainString(), "plain decimal expected: " + value);
            }
            case ACT -> {
                assertTrue(ACT_VALUE.matcher(value).matches(), "canonical act id expected: " + value);
                int at = value.indexOf('@');
                if (at > 0) {
                    new DateValue(value.substring(at + 1));
                }
            }
            case PROGRAM -> assertFalse(value.isBlank());
        }
    }

    private static void assertLegacy(String name, Charset charset, String... mustContain) throws IOException {
        byte[] bytes = Files.readAllBytes(CORPUS.resolve("decrees").resolve(name));
        assertThrows(CharacterCodingException.class, () -> StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)), name + " must not be UTF-8");
        String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        for (String s : mustContain) {
            assertTrue(text.contains(s), name + " lacks " + s);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
