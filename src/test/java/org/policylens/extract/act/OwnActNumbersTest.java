package org.policylens.extract.act;

import org.junit.jupiter.api.Test;
import org.policylens.annotate.OpenNlpAnnotator;
import org.policylens.extract.StandardExtractors;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.FactType;
import org.policylens.model.Language;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An act's own number, found from its heading's series, in every language whose acts carry one. */
class OwnActNumbersTest {
    private static final OpenNlpAnnotator ANNOTATOR = new OpenNlpAnnotator();
    private static final OwnActNumbers FINDER = new OwnActNumbers();

    private record Found(String text, String id, String title) {
    }

    private static List<Found> find(String text, Language lang) {
        return FINDER.find(ANNOTATOR.annotate(text, lang)).stream()
                .map(c -> new Found(c.span().of(text), c.value().normalized(), c.subject())).toList();
    }

    @Test
    void anActsOwnNumberUnderItsHeadingOrInItsSignatureBlockTakesTheHeadingsSeries() {
        assertEquals(List.of(new Found("572-son", "VMQ-572", "")), find("""
                O'ZBEKISTON RESPUBLIKASI VAZIRLAR MAHKAMASINING QARORI
                Pedagog kadrlarni attestatsiyadan o'tkazish tartibi to'g'risida

                1. Nizom tasdiqlansin.

                Toshkent sh.,
                2021-yil 17-sentabr,
                572-son
                """, Language.UZ_LATN));
        assertEquals(List.of(new Found("511-сон", "PQ-511", "")), find("""
                ЎЗБЕКИСТОН РЕСПУБЛИКАСИ ПРЕЗИДЕНТИНИНГ ҚАРОРИ
                Аҳолини қўллаб-қувватлаш чора-тадбирлари тўғрисида

                1. Тасдиқлансин.

                Тошкент ш.,
                2020 йил 25 август,
                511-сон
                """, Language.UZ_CYRL));
        assertEquals(List.of(new Found("№242", "VMQ-242", "")), find("""
                ПОСТАНОВЛЕНИЕ КАБИНЕТА МИНИСТРОВ РЕСПУБЛИКИ УЗБЕКИСТАН

                от 22 марта 2019 года №242

                Об утверждении Регламента
                """, Language.RU));
        assertEquals(List.of(new Found("№ 1588", "KZ-PP-1588", "")), find("""
                Қазақстан Республикасы Үкіметінің қаулысы
                2009 жылғы 14 қазандағы № 1588

                Бағдарлама бекітілсін.
                """, Language.KK));
        assertEquals(List.of(new Found("572-sonli", "VMQ-572", "")), find("""
                O'ZBEKISTON RESPUBLIKASI VAZIRLAR MAHKAMASINING QARORI

                Toshkent sh.,
                2021-yil 17-sentabr,
                572-sonli
                """, Language.UZ_LATN));
        assertTrue(find("""
                Toshkent sh.,
                2021-yil 17-sentabr,
                572-son
                """, Language.UZ_LATN).isEmpty(), "without a heading the series is unknown");
    }

    @Test
    void theProductionExtractorDatesTheOwnNumberOnce() {
        String text = """
                O'ZBEKISTON RESPUBLIKASI VAZIRLAR MAHKAMASINING QARORI
                Pedagog kadrlarni attestatsiyadan o'tkazish tartibi to'g'risida

                1. Nizom tasdiqlansin.

                Toshkent sh.,
                2021-yil 17-sentabr,
                572-son
                """;
        Document doc = new Document(new DocumentId("own"), Path.of("own.txt"), "text/plain", "uz-Latn", text,
                List.of(), List.of(), Map.of());
        List<String> acts = StandardExtractors.create(1).extract(doc).stream().filter(f -> f.type() == FactType.ACT)
                .map(f -> f.value().normalized() + "|" + f.when().map(d -> d.iso()).orElse("")).toList();
        assertEquals(List.of("VMQ-572|2021-09-17"), acts);
    }
}
