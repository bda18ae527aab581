package org.policylens.extract.program;

import org.junit.jupiter.api.Test;
import org.policylens.annotate.AnnotatedText;
import org.policylens.annotate.OpenNlpAnnotator;
import org.policylens.extract.Candidate;
import org.policylens.model.FactType;
import org.policylens.model.Language;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgramFinderTest {
    private static final OpenNlpAnnotator ANNOTATOR = new OpenNlpAnnotator();
    private static final ProgramFinder FINDER = new ProgramFinder();

    private record Found(String text, String name, String finder) {
    }

    private static List<Found> find(String text, Language lang) {
        AnnotatedText at = ANNOTATOR.annotate(text, lang);
        List<Candidate> cs = FINDER.find(at);
        cs.forEach(c -> assertEquals(FactType.PROGRAM, c.type()));
        return cs.stream().map(c -> new Found(c.span().of(text), c.value().normalized(), c.finder())).toList();
    }

    private static List<String> names(String text, Language lang) {
        return find(text, lang).stream().map(Found::name).toList();
    }

    @Test
    void gazetteerAliasesInEveryLanguageMapToOneCanonicalName() {
        assertEquals(List.of("One Million Programmers"), names("the “1 Million Programmers” project", Language.EN));
        assertEquals(List.of("One Million Programmers"), names("проект «Один миллион программистов»", Language.RU));
        assertEquals(List.of("One Million Programmers"), names("“Bir million dasturchi” loyihasi", Language.UZ_LATN));
        assertEquals(List.of("One Million Programmers"), names("«Бир миллион дастурчи» лойиҳаси", Language.UZ_CYRL));
        assertEquals(List.of("Digital Kazakhstan"), names("в рамках «Цифрового Казахстана»", Language.RU));
        assertEquals(List.of("Digital Kazakhstan"), names("“Raqamli Qozogʻiston” dasturi", Language.UZ_LATN));
    }

    @Test
    void yearBelongsToTheProgrammeSpanAndDashesDoNotMatter() {
        assertEquals(List.of(new Found("Digital Uzbekistan – 2030", "Digital Uzbekistan – 2030", ProgramFinder.DICTIONARY)),
                find("approving the “Digital Uzbekistan – 2030” Strategy", Language.EN));
        assertEquals(List.of("Uzbekistan – 2030"), names("Under the \"Uzbekistan-2030\" Strategy", Language.EN));
        assertEquals(List.of("Uzbekistan – 2030"), names("«Ўзбекистон — 2030» стратегиясини", Language.UZ_CYRL));
        assertEquals(List.of("Digital Uzbekistan – 2030"), names("«Рақамли Ўзбекистон–2030» стратегияси", Language.UZ_CYRL));
        assertEquals(List.of("Digital Uzbekistan – 2030"), names("“Raqamli O‘zbekiston – 2030” strategiyasi", Language.UZ_LATN));
    }

    @Test
    void theStrategysShortNameWithoutItsYearIsTheSameProgrammeInEveryLanguage() {
        // "The Digital Uzbekistan Strategy sets out five priority areas" (verify-real dev, TNMN analysis)
        assertEquals(List.of(new Found("Digital Uzbekistan", "Digital Uzbekistan – 2030", ProgramFinder.DICTIONARY)),
                find("The Digital Uzbekistan Strategy sets out five priority areas.", Language.EN));
        assertEquals(List.of("Digital Uzbekistan – 2030"), names("в рамках стратегии «Цифровой Узбекистан»", Language.RU));
        assertEquals(List.of("Digital Uzbekistan – 2030"), names("“Raqamli O‘zbekiston” strategiyasi", Language.UZ_LATN));
        assertEquals(List.of("Digital Uzbekistan – 2030"), names("«Рақамли Ўзбекистон» стратегияси", Language.UZ_CYRL));
        // the name with its year is still one name, not the short name and a year
        assertEquals(List.of(new Found("Digital Uzbekistan – 2030", "Digital Uzbekistan – 2030", ProgramFinder.DICTIONARY)),
                find("the “Digital Uzbekistan – 2030” Strategy", Language.EN));
    }

    @Test
    void caseAndApostropheInsensitiveButNeedsSomeCapital() {
        assertEquals(List.of("TechOrda"), names("through the TECHORDA program", Language.EN));
        assertEquals(List.of("Uzbek Coders"), names("Uzbekistan: IT Park, Uz.koders, and universities", Language.EN)
                .subList(1, 2));
        assertTrue(names("we talked about techorda and it park in lowercase", Language.EN).isEmpty());
    }

    /** A name the gazetteer has only in capitals is that programme only in capitals, not the word or name it spells. */
    @Test
    void capitalsOnlyNamesMatchOnlyInCapitals() {
        assertEquals(List.of("EINSTEIN"), names("the automated network scanning initiative EINSTEIN required it",
                Language.EN));
        assertTrue(names("Einstein was a physicist, and einstein is a word.", Language.EN).isEmpty());
        assertEquals(List.of("TUMO"), names("студенты центра ТУМО в Ташкенте", Language.RU));
        assertTrue(names("студенты центра Тумо в Ташкенте", Language.RU).isEmpty());
    }

    @Test
    void aNameAlsoListedInSmallLettersMatchesInAnyCase() throws java.io.IOException {
        ProgramGazetteer g = ProgramGazetteer.parse(new java.io.BufferedReader(new java.io.StringReader(
                "canonical\talias\tlang\nAcme Plan\tACME\ten\nAcme Plan\tAcme\ten\nBETA\tBETA\ten\n")));
        DictionaryProgramFinder finder = new DictionaryProgramFinder(g);
        assertEquals(1, finder.find("the Acme works").size());
        assertEquals(1, finder.find("the BETA works").size());
        assertTrue(finder.find("the Beta works").isEmpty());
    }

    @Test
    void blockersPluralsAndAddressesAreNotProgrammes() {
        assertTrue(names("Students of IT Park University won.", Language.EN).isEmpty());
        assertTrue(names("youth IT parks and молодежные IT-парки", Language.EN).isEmpty());
        assertTrue(names("registered on the uzbekcoders.uz platform", Language.EN).isEmpty());
        assertTrue(names("the Digital Bridge and Digital Almaty forums; Coursera courses", Language.EN).isEmpty());
    }

    @Test
    void inflectedUzbekAndRussianFormsMatch() {
        assertEquals(List.of("IT Park"), names("IT Parkda ishlaydi", Language.UZ_LATN));
        assertEquals(List.of("IT Park"), names("резиденты IT-парка", Language.RU));
    }

    @Test
    void statisticalFinderFindsUnseenQuotedNamesNextToACue() {
        assertTrue(FINDER != null);
        List<Found> en = find("The government launched the “Blue Sky Schools” programme in 2021.", Language.EN);
        assertEquals(List.of(new Found("Blue Sky Schools", "Blue Sky Schools", ProgramFinder.STATISTICAL)), en);
        List<Found> ru = find("Правительство запустило программу «Светлая дорога» в трёх областях.", Language.RU);
        assertEquals(List.of("Светлая дорога"), ru.stream().map(Found::name).toList());
        List<Found> uz = find("“Yangi avlod maktabi” loyihasi 2021-yilda boshlandi.", Language.UZ_LATN);
        assertEquals(List.of("Yangi avlod maktabi"), uz.stream().map(Found::name).toList());
    }

    @Test
    void quotedNamesWithoutACueAreNotProgrammes() {
        assertTrue(names("The company “Blue Sky” opened an office.", Language.EN).isEmpty());
        assertTrue(names("The article analyzes “soft power.”", Language.EN).isEmpty());
    }

    @Test
    void dictionaryOnlyFinderIgnoresUnknownNames() {
        AnnotatedText at = ANNOTATOR.annotate("the “Blue Sky Schools” programme and IT Park", Language.EN);
        assertEquals(List.of("IT Park"), ProgramFinder.dictionaryOnly().find(at).stream()
                .map(c -> c.value().normalized()).toList());
    }

    @Test
    void gazetteerCanonicalLookup() {
        ProgramGazetteer g = ProgramGazetteer.standard();
        assertEquals("Digital Kazakhstan", g.canonical("«Цифровой Казахстан»").orElseThrow());
        assertEquals(ProgramGazetteer.BLOCKED, g.canonical("IT Park University").orElseThrow());
        assertTrue(g.canonical("Unknown Name").isEmpty());
        assertTrue(g.canonical("").isEmpty());
    }
}
