package org.policylens.lang;

import opennlp.tools.langdetect.LanguageDetectorME;
import org.junit.jupiter.api.Test;
import org.policylens.ingest.TikaIngester;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.Language;
import org.policylens.model.ParseResult;
import org.policylens.model.Span;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class LanguageIdentifierTest {
    private static final LanguageIdentifier ID = new LanguageIdentifier();

    @Test
    void identifiesEachLanguageAndScript() {
        assertEquals(Language.EN, ID.identify("The Secretary shall submit a report to the Congress on the "
                + "implementation of this program within ninety days."));
        assertEquals(Language.RU, ID.identify("Правительство утвердило программу развития цифровой экономики "
                + "на ближайшие пять лет и выделило средства."));
        assertEquals(Language.UZ_LATN, ID.identify("Vazirlar Mahkamasi dasturni tasdiqladi va uni amalga oshirish "
                + "boʻyicha chora-tadbirlar rejasini qabul qildi."));
        assertEquals(Language.UZ_CYRL, ID.identify("Вазирлар Маҳкамаси дастурни тасдиқлади ва уни амалга ошириш "
                + "бўйича чора-тадбирлар режасини қабул қилди."));
        assertEquals(Language.KK, ID.identify("Үкімет цифрлық экономиканы дамыту бағдарламасын бекітті және оны "
                + "іске асыруға қаражат бөлді."));
    }

    @Test
    void tooLittleTextIsUnknown() {
        assertEquals(Language.UNKNOWN, ID.identify("2025"));
        assertEquals(Language.UNKNOWN, ID.identify(""));
    }

    @Test
    void mixedDocumentIsLabelledByParagraph() {
        String en = "This article examines youth diplomacy and digital education in Central Asia in great detail.";
        String uz = "Maqolada Markaziy Osiyo mintaqasida yoshlar diplomatiyasi va raqamli taʼlim oʻrganiladi.";
        String ru = "В статье анализируются процессы интеграции молодежной дипломатии в странах региона.";
        String text = en + "\n\n" + uz + "\n\n" + ru + "\n\n" + en;
        int a = en.length() + 2;
        int b = a + uz.length() + 2;
        int c = b + ru.length() + 2;
        var result = ID.identify(text, List.of(new Span(0, en.length()), new Span(a, a + uz.length()),
                new Span(b, b + ru.length()), new Span(c, c + en.length())));
        assertEquals(Language.EN, result.overall());
        assertTrue(result.mixed());
        assertEquals("0:en,1:uz-Latn,2:ru,3:en", result.compact());
    }

    @Test
    void aLongDocumentJudgedOnEveryCoreKeepsEachParagraphsLanguageInOrder() {
        // over PARALLEL_PARAGRAPHS paragraphs, slices of them are judged on several threads and merged in order
        Map<Language, String> samples = new LinkedHashMap<>();
        samples.put(Language.EN, "The Secretary shall submit a report to the Congress on the implementation of this program.");
        samples.put(Language.RU, "Правительство утвердило программу развития цифровой экономики и выделило средства.");
        samples.put(Language.UZ_LATN, "Vazirlar Mahkamasi dasturni tasdiqladi va uni amalga oshirish boʻyicha rejani qabul qildi.");
        samples.put(Language.KK, "Үкімет цифрлық экономиканы дамыту бағдарламасын бекітті және оны іске асыруға қаражат бөлді.");
        List<Language> languages = List.copyOf(samples.keySet());
        StringBuilder text = new StringBuilder();
        List<Span> paragraphs = new ArrayList<>();
        List<Language> expected = new ArrayList<>();
        int count = LanguageIdentifier.PARALLEL_PARAGRAPHS * 2 + 37;
        for (int i = 0; i < count; i++) {
            // runs of 1 to 9 paragraphs per language, so runs straddle the slices' edges
            Language l = languages.get((i / (1 + i % 9)) % languages.size());
            int start = text.length();
            text.append(samples.get(l));
            paragraphs.add(new Span(start, text.length()));
            text.append("\n\n");
            expected.add(l);
        }
        var result = ID.identify(text.toString(), paragraphs);
        assertEquals(expected, result.perParagraph());
        Map<Language, Long> letters = new java.util.EnumMap<>(Language.class);
        for (int i = 0; i < count; i++) {
            long n = paragraphs.get(i).of(text.toString()).chars().filter(Character::isLetter).count();
            letters.merge(expected.get(i), n, Long::sum);
        }
        assertEquals(letters.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey(),
                result.overall());
    }

    @Test
    void theModelGivesWhatOpenNlpsDetectorGives() throws Exception {
        // model() feeds the detector's model directly (no sort of all outcomes): on every paragraph and every slice of
        // the seed article (English, Uzbek Latin, Russian), on the test samples of every language and script, and on
        // short and odd samples, its language must be the detector's first
        LanguageDetectorME detector = new LanguageDetectorME(LanguageIdentifier.ModelHolder.MODEL);
        List<String> samples = new ArrayList<>(List.of("", " ", "2025", "12,5 %", "Ӯ", "IT-park", "O‘zbekiston",
                "Цифровой Казахстан", "Qazaqstan Respýblıkasy", "Ўзбекистон Республикаси Президентининг Фармони",
                "Қазақстан Республикасының Үкіметі қаулы етеді", "The Secretary shall submit a report.",
                "Вазирлар Маҳкамасининг қарори", "«UZ coders» loyihasi doirasida 2025 yilgacha",
                "Dusbekova Khurshida Pardayevna, Independent Researcher, Tashkent State University of Oriental Studies",
                "Правительство утвердило программу развития цифровой экономики и выделило средства. Бюджет 12 млрд сумов.",
                "Vazirlar Mahkamasi dasturni tasdiqladi va uni amalga oshirish boʻyicha rejani qabul qildi. Mablagʻ ajratildi.",
                "Үкімет цифрлық экономиканы дамыту бағдарламасын бекітті және оны іске асыруға қаражат бөлді.",
                "Мамлакатимизда ёшлар сиёсатини амалга ошириш бўйича дастур қабул қилинди ва маблағ ажратилди.",
                "Kalit soʻzlar: diplomatiya, IT Park, yoshlar; Ключевые слова: дипломатия; Keywords: diplomacy"));
        Path seed = Path.of("..", "shared", "seed", "article-dusbekova-2026.txt");
        if (Files.isRegularFile(seed)) {
            String text = Files.readString(seed);
            samples.addAll(List.of(text.split("\n")));
            for (int i = 0; i + 700 < text.length(); i += 500) {
                samples.add(text.substring(i, i + 700));
            }
        }
        for (String sample : samples) {
            assertEquals(detector.predictLanguage(sample).getLang(), LanguageIdentifier.model(sample), sample);
        }
    }

    @Test
    void seedArticleIsEnglishWithUzbekAndRussianParagraphs() {
        Path seed = Path.of("..", "shared", "seed", "article-dusbekova-2026.txt");
        assumeTrue(Files.isRegularFile(seed), "seed article not present");
        ParseResult r = new TikaIngester().ingest(seed, new DocumentId("seed"));
        Document d = assertInstanceOf(ParseResult.Parsed.class, r).document();
        assertEquals("en", d.language());
        String runs = d.metadata().get(TikaIngester.PARAGRAPH_LANGUAGES);
        assertTrue(runs.contains("uz-Latn") && runs.contains("ru"), runs);
        assertEquals("article", d.metadata().get("document-type"));
        assertFalse(d.text().contains("\uFFFD"));
    }
}
