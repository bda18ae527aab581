package org.policylens.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.Fact;
import org.policylens.model.FactType;
import org.policylens.model.MetadataKeys;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Our own Cyrillic sentences spelled as an OCR engine with a Latin-only alphabet reads them ({@code й} as {@code H},
 * {@code д} as {@code .n.}, {@code ПҚ} as {@code ITK,}), in a text layer ingest took for Uzbek Latin: the dates, acts
 * and amounts are those of the clean text. Genuine Latin text in the same OCR layer keeps its own reading.
 */
class LatinLookalikeLayerTest {
    private static final FactExtractor EXTRACTOR = StandardExtractors.create(1);

    /** How such an engine reads each Cyrillic letter (one look-alike each; the upper case of a letter alike). */
    private static final Map<Character, String> LOOKALIKE = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "6"), Map.entry('в', "B"), Map.entry('г', "r"), Map.entry('д', ".n."),
            Map.entry('е', "e"), Map.entry('ж', ")K"), Map.entry('з', "3"), Map.entry('и', "H"), Map.entry('й', "H"),
            Map.entry('к', "K"), Map.entry('қ', "K,"), Map.entry('л', "JI"), Map.entry('м', "M"), Map.entry('н', "H"),
            Map.entry('о', "o"), Map.entry('п', "IT"), Map.entry('р', "p"), Map.entry('с', "c"), Map.entry('т', "T"),
            Map.entry('у', "y"), Map.entry('ў', "Y"), Map.entry('ф', "<P"), Map.entry('х', "x"), Map.entry('ҳ', "x,"),
            Map.entry('ч', "q"), Map.entry('ш', "III"), Map.entry('ь', "b"), Map.entry('ы', "bI"), Map.entry('э', "3"),
            Map.entry('ю', "IO"), Map.entry('я', "9"), Map.entry('ғ', "F"), Map.entry('ң', "H"), Map.entry('і', "i"),
            Map.entry('ү', "Y"), Map.entry('ө', "e"), Map.entry('ұ', "Y"));

    /** Spelled words with look-alike digits, enough to make the layer one. */
    private static final String SPELLED = " Y36eKHCTOH Pecny6JJHKacu 6upnaWM3CH TapKe6uJJ.aru 3aMuH 6ymu4a Y36eKHCTOH"
            + " Pecny6JJHKacu 6upnaWM3CH TapKe6uJJ.aru 3apyp Ma6narnapHM 6eJirHnaHCHH.";

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '#', textBlock = """
            uz-Cyrl # Вазирлар Маҳкамасининг 2018 йил 27 декабрдаги ПҚ-4087-сон қарорига мувофиқ 8 млн сўм ажратилди.
            uz-Cyrl # Лойиҳа 2021 йил 1 июлгача якунланади ва 2019 йилда 20 млн сўм берилади.
            ru # Правительство 27 декабря 2018 года выделило 8 млн сумов на проект.
            kk # Үкімет 2018 жылы 8 млн теңге бөлді.
            """)
    void spelledCyrillicGivesTheFactsOfTheCleanText(String language, String sentence) {
        String clean = facts(document(sentence, language, "text/plain", 0));
        String spelled = facts(document(spell(sentence) + SPELLED, "uz-Latn", "application/pdf", 1));
        assertEquals(clean, spelled);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '#', textBlock = """
            en # In 2019 the agency spent USD 8 million on 3D printers and A380 parts under Act 4087.
            uz-Latn # Vazirlar Mahkamasining 2018 yil 27 dekabrdagi PQ-4087-son qaroriga muvofiq 8 mln so'm ajratildi.
            """)
    void genuineLatinTextKeepsItsReading(String language, String sentence) {
        String text = (sentence + " ").repeat(3);
        assertEquals(facts(document(text, language, "text/plain", 0)),
                facts(document(text, language, "application/pdf", 1)));
    }

    static String spell(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            String s = LOOKALIKE.get(Character.toLowerCase(c));
            String upper = s == null ? null : s.toUpperCase(java.util.Locale.ROOT);
            out.append(s == null ? String.valueOf(c) : Character.isUpperCase(c) ? upper : s);
        }
        return out.toString();
    }

    private static Document document(String text, String language, String mediaType, int ocrPages) {
        Map<String, String> metadata = ocrPages > 0
                ? Map.of(MetadataKeys.OCR_PAGES, String.valueOf(ocrPages)) : Map.of();
        return new Document(new DocumentId("scan"), Path.of("scan"), mediaType, language, text,
                List.of(), List.of(), metadata);
    }

    /** The DATE, ACT, MONEY and NUMBER facts: type and normalized value, in text order. */
    private static String facts(Document document) {
        List<Fact> facts = EXTRACTOR.extract(document);
        return String.join(" ", facts.stream().filter(f -> f.type() != FactType.PROGRAM)
                .map(f -> f.type() + ":" + f.value().normalized()).toList());
    }
}
