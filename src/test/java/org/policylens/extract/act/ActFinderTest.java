package org.policylens.extract.act;

import org.junit.jupiter.api.Test;
import org.policylens.annotate.AnnotatedText;
import org.policylens.annotate.OpenNlpAnnotator;
import org.policylens.extract.Candidate;
import org.policylens.lang.Vocabularies;
import org.policylens.lang.Vocabulary;
import org.policylens.model.FactType;
import org.policylens.model.Language;

import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActFinderTest {
    private static final OpenNlpAnnotator ANNOTATOR = new OpenNlpAnnotator();
    private static final ActFinder FINDER = new ActFinder();

    private record Found(String text, String id, String title) {
    }

    private static List<Found> find(String text, Language lang) {
        AnnotatedText at = ANNOTATOR.annotate(text, lang);
        List<Candidate> cs = FINDER.find(at);
        cs.forEach(c -> assertEquals(FactType.ACT, c.type()));
        return cs.stream().map(c -> new Found(c.span().of(text), c.value().normalized(), c.subject())).toList();
    }

    private static Found one(String text, Language lang) {
        List<Found> f = find(text, lang);
        assertEquals(1, f.size(), f.toString());
        return f.get(0);
    }

    @Test
    void anActTypeAfterItsNumberNeedsOnlyItsVocabulary() {
        String text = "Қазақстан Республикасы Үкіметінің 2014 жылғы 28 наурыздағы № 269 қаулысы және № 123 кодексі.";
        AnnotatedText at = ANNOTATOR.annotate(text, Language.KK);
        Function<List<Vocabulary>, List<String>> ids = vs -> new ActFinder(vs).find(at).stream()
                .map(c -> c.value().normalized()).toList();
        assertEquals(List.of(), ids.apply(List.of(Vocabularies.ENGLISH, Vocabularies.RUSSIAN)));
        assertEquals(List.of("KZ-PP-269"), ids.apply(List.of(Vocabularies.ENGLISH, Vocabularies.KAZAKH_CYRILLIC)));
        // a type word added to a vocabulary is a new form: nothing else changes
        Vocabulary withCode = Vocabulary.of(Language.KK).actType("KZ-CODE-", "кодекс\\p{L}*+").build();
        assertEquals(List.of("KZ-PP-269", "KZ-CODE-123"),
                ids.apply(List.of(Vocabularies.KAZAKH_CYRILLIC, withCode)));
    }

    @Test
    void kazakhGovernmentResolutionsInEnglish() {
        assertEquals(new Found("Government resolution No. 827", "KZ-PP-827", ""),
                one("Kazakhstan adopted Digital Kazakhstan by Government resolution No. 827 of December 12, 2017.", Language.EN));
        assertEquals("KZ-PP-827", one("It follows Resolution No. 827 of the Government of the Republic of Kazakhstan.",
                Language.EN).id());
        assertEquals("KZ-PP-827", one("- [8] Government of the Republic of Kazakhstan. Resolution No. 827 of December 12, "
                + "2017, on the state programme.", Language.EN).id(), "a reference entry names the issuer first");
        assertTrue(find("Uzbekistan adopted Government resolution No. 55 on exports.", Language.EN).isEmpty(),
                "a government resolution outside a Kazakh context is not a Kazakh act");
    }

    @Test
    void englishPresidentialActs() {
        assertEquals(new Found("Presidential Decree No. PF-6079", "PF-6079", ""),
                one("Presidential Decree No. PF-6079 dated October 5, 2020, approving the “Digital Uzbekistan – 2030” "
                        + "Strategy.", Language.EN));
        assertEquals("PQ-357", one("Presidential Resolution No. PQ-357 dated August 22, 2022.", Language.EN).id());
        assertEquals("PF-6079", one("the Decree of the President of the Republic of Uzbekistan No. UP-6079 of 5 October "
                + "2020", Language.EN).id());
        assertEquals("Decree of the President of the Republic of Uzbekistan No. UP-6079", one("the Decree of the "
                + "President of the Republic of Uzbekistan No. UP-6079 of 5 October 2020", Language.EN).text());
    }

    /** The number alone after the act type, as English news writes it: the type as written gives the series. */
    @Test
    void englishPresidentialActsByNumberAloneInUzbekistan() {
        assertEquals(new Found("Presidential Decree No. 357", "PF-357", ""), one("In Uzbekistan, on August 22, 2022, "
                + "Presidential Decree No. 357 was adopted.", Language.EN));
        assertEquals("PQ-4699", one("Uzbekistan: Presidential Resolution No. 4699 on the digital economy.",
                Language.EN).id());
        assertEquals("PF-5953", one("the Decree of the President of the Republic of Uzbekistan No. 5953 of 2 March 2020",
                Language.EN).id());
        assertTrue(find("Kazakhstan: Presidential Decree No. 922 on the strategic plan.", Language.EN).stream()
                .noneMatch(f -> f.id().startsWith("PF-")), "a Kazakh president's decree is no PF act");
        assertTrue(find("Presidential Decree No. 12 was signed in Moscow.", Language.EN).isEmpty(),
                "a text that names neither country says nothing of the series");
    }

    @Test
    void englishCabinetResolutionsWithTitle() {
        Found f = one("Resolution No. 17 of the Cabinet of Ministers of the Republic of Uzbekistan dated January 10, "
                + "2019, “On Measures to Establish a Technological Park” [1];", Language.EN);
        assertEquals("VMQ-17", f.id());
        assertEquals("On Measures to Establish a Technological Park", f.title());
        assertEquals("VMQ-617", one("Cabinet of Ministers Resolution No. 617 was adopted.", Language.EN).id());
        assertEquals("VMQ-617", one("Resolution No. 617 of the Cabinet of Ministers dated October 26, 2022.",
                Language.EN).id());
        // the issuer's country in any of the forms the English vocabulary gives it
        assertEquals("VMQ-617", one("Cabinet of Ministers of Uzbekistan Resolution No. 617 was adopted.",
                Language.EN).id());
    }

    /** The issuer words of the English vocabulary: Presidential or President's, and the US series. */
    @Test
    void englishIssuerWordsAndUsSeriesComeFromTheVocabulary() {
        assertEquals("PF-357", one("In Uzbekistan, the President's Decree No. 357 was adopted.", Language.EN).id());
        assertEquals("EO-12944", one("Executive Order No. 12944 was signed.", Language.EN).id());
        assertEquals("EO-12944", one("see E.O. 12944 of December 28, 1994", Language.EN).id());
        assertEquals("PL-116-5", one("as amended by Public Law 116-5", Language.EN).id());
        assertEquals("PL-116-5", one("as amended by Pub. L. No. 116-5", Language.EN).id());
    }

    @Test
    void resolutionNumberAloneNeedsTheCabinetInItsSentence() {
        assertEquals("VMQ-17", one("Cabinet of Ministers of Uzbekistan, On Measures, Resolution No. 17.",
                Language.EN).id());
        assertTrue(find("The committee adopted Resolution No. 17 yesterday.", Language.EN).isEmpty());
    }

    @Test
    void russianActs() {
        Found f = one("Указ Президента Республики Узбекистан от 5 октября 2020 года № УП-6079 «Об утверждении "
                + "Стратегии «Цифровой Узбекистан-2030»»", Language.RU);
        assertEquals("PF-6079", f.id());
        assertEquals("№ УП-6079", f.text());
        assertEquals("Об утверждении Стратегии «Цифровой Узбекистан-2030»", f.title());
        assertEquals("постановление Кабинета Министров № 17",
                one("Принято постановление Кабинета Министров № 17.", Language.RU).text());
        Found dated = one("постановлением Кабинета Министров Республики Узбекистан от 10 января 2019 года № 17",
                Language.RU);
        assertEquals(new Found("№ 17", "VMQ-17", ""), dated);
        assertEquals("ORQ-404", one("Закон Республики Узбекистан № ЗРУ-404 «О бухгалтерском учёте»",
                Language.RU).id());
        assertEquals("PQ-357", one("постановление Президента № ПП-357", Language.RU).id());
    }

    /** The issuer's country as the vocabularies write it: Республики Узбекистан or РУз, Республики Казахстан or РК. */
    @Test
    void russianIssuersTakeEitherNameOfTheirCountry() {
        assertEquals("ORQ-279-I", one("Законом Республики Узбекистан № 279-I", Language.RU).id());
        assertEquals("ORQ-279-I", one("Законом РУз № 279-I", Language.RU).id());
        assertEquals("KZ-PP-827", one("постановлением Правительства Республики Казахстан № 827", Language.RU).id());
        assertEquals("KZ-PP-827", one("постановлением Правительства РК № 827", Language.RU).id());
    }

    @Test
    void uzbekLatinActs() {
        assertEquals(new Found("PF-6079-son Farmoni", "PF-6079", ""),
                one("Prezidentning PF-6079-son Farmoni qabul qilindi.", Language.UZ_LATN));
        Found cabinet = one("Vazirlar Mahkamasining 2022-yil 26-oktabrdagi 617-son qarori bilan", Language.UZ_LATN);
        assertEquals(new Found("617-son qarori", "VMQ-617", ""), cabinet);
        assertEquals("ORQ-683", one("OʻRQ-683-sonli Qonuni bilan", Language.UZ_LATN).id());
        assertEquals("ORQ-683", one("OʻRQ683-sonli Qonuni bilan", Language.UZ_LATN).id());
        assertEquals("ORQ-279-I", one("1996-yil 30-avgustdagi 279-I-sonli Qonuniga muvofiq", Language.UZ_LATN).id());
        Found titled = one("Prezidentning \"Raqamli Oʻzbekiston – 2030\" strategiyasini tasdiqlash toʻgʻrisida\"gi "
                + "PF-6079-son Farmoni", Language.UZ_LATN);
        assertEquals("PF-6079", titled.id());
    }

    @Test
    void uzbekCyrillicActsWithTitleBefore() {
        Found f = one("Президентининг 2025 йил 30 январдаги «Давлат дастури тўғрисида»ги ПФ-16-сон Фармони ижросини",
                Language.UZ_CYRL);
        assertEquals(new Found("ПФ-16-сон Фармони", "PF-16", "Давлат дастури тўғрисида"), f);
        assertEquals("PQ-282", one("15.09.2025 йилдаги ПҚ-282-сон", Language.UZ_CYRL).id());
        assertEquals("VMQ-617", one("Вазирлар Маҳкамасининг 2022 йил 26 октябрдаги 617-сон қарори", Language.UZ_CYRL)
                .id());
        assertEquals("ORQ-404", one("Ўзбекистон Республикасининг ЎРҚ-404-сон Қонуни", Language.UZ_CYRL).id());
        assertEquals("VMQ-5", one("ВМҚ-5-сон қарор", Language.UZ_CYRL).id());
        // typed without the Uzbek letters (к for қ, х for ҳ), as many sites and OCR text layers write it
        assertEquals("VMQ-500", one("Вазирлар Махкамасининг 2018 йил 3 июлдаги 500-сон карори билан",
                Language.UZ_CYRL).id());
    }

    @Test
    void kazakhActs() {
        Found law = one("статьи 13 Закона Республики Казахстан от 30 июня 1992 г. N 1468 Z922600_ \"О социальной "
                + "защите\"", Language.RU);
        assertEquals(new Found("N 1468", "KZ-LAW-1468", "О социальной защите"), law);
        assertEquals("KZ-UKAZ-3037", one("Указом Президента Республики Казахстан от 17 июня 1996 г. N 3037",
                Language.RU).id());
        List<Found> f = find("Сноска. Утpатил силу Указом Пpезидента РК, имеющим силу Закона от 18.07.1995 № 2367.",
                Language.RU);
        assertEquals(List.of("KZ-UKAZ-2367"), f.stream().map(Found::id).toList());
        assertEquals("KZ-PP-1234", one("постановлением Правительства Республики Казахстан от 1 марта 2020 года № 1234",
                Language.RU).id());
    }

    @Test
    void wordsThatOnlyStartLikeAnActTypeAreNotActs() {
        List<Found> f = find("в зонах, указанных в статьях 5 и 9 Закона Республики Казахстан от 18 декабря 1992 г. "
                + "N 1787 \"О социальной защите\"", Language.RU);
        assertEquals(List.of("KZ-LAW-1787"), f.stream().map(Found::id).toList());
    }

    @Test
    void referenceLineNamesTheCabinetBeforeTheResolutionNumber() {
        List<Found> f = find("- [1]. Cabinet of Ministers of the Republic of Uzbekistan. January 10, 2019. On Measures to "
                + "Establish a Park, Resolution No. 17.\n- [2]. Other. Resolution No. 18.", Language.EN);
        assertEquals(List.of("VMQ-17"), f.stream().map(Found::id).toList());
    }

    @Test
    void bareNumberedDecreeOutsideKazakhContextIsIgnored() {
        assertTrue(find("Указ № 12 Узбекистан подписал давно.", Language.RU).isEmpty());
    }

    @Test
    void unitedStatesActs() {
        assertEquals("EO-13658", one("Executive Order 13658 of February 12, 2014", Language.EN).id());
        assertEquals("EO-12866", one("as required by E.O. 12866.", Language.EN).id());
        assertEquals("EO-12944", one("Executive Order No. 12944 is revoked.", Language.EN).id());
        assertEquals("PL-113-67", one("Public Law 113-67 continued appropriations.", Language.EN).id());
        assertEquals("PL-113-67", one("(Pub. L. 113–67)", Language.EN).id());
    }

    /** The forms of congress.gov and the GPO: "No:" with a colon, and an id broken across a line after its hyphen. */
    @Test
    void publicLawNumberWithColonOrBrokenAcrossALine() {
        assertEquals("PL-104-106", one("Public Law No: 104-106 (02/10/1996)", Language.EN).id());
        assertEquals("PL-113-291", one("Became Public Law No:\n113-291.", Language.EN).id());
        assertEquals("PL-115-232", one("See Public Law 115-232, section 889.", Language.EN).id());
        assertEquals("PL-105-200", one("the Act (Pub. L. No. 105-\n200) requires", Language.EN).id());
        assertEquals("PL-105-200", one("the Act (Pub. L. No. 105-200) requires", Language.EN).id());
        // a line break is allowed after the hyphen, not a paragraph of text
        assertTrue(find("Public Law No. 105-\n\n\n200 pages", Language.EN).isEmpty());
    }

    @Test
    void genericActsWithoutNumberAndLookalikesAreNotFacts() {
        assertTrue(find("The presidential decree on digital education was adopted in 2020.", Language.EN).isEmpty());
        assertTrue(find("Постановление Президента о мерах по развитию.", Language.RU).isEmpty());
        assertTrue(find("Farmon qabul qilindi. PF-60790123 va APF-12 emas; 2.PF-1.5", Language.UZ_LATN).isEmpty());
        assertTrue(find("H.R. 2740 and S. 1900 are the bills themselves.", Language.EN).isEmpty());
    }

    @Test
    void anAppendixNumberIsNotAnAct() {
        assertTrue(find("Утвердить Регламент Кабинета Министров Республики Узбекистан согласно приложению №1.",
                Language.RU).isEmpty(), "an appendix's number is not the act's");
    }
}
