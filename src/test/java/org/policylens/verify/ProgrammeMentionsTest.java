package org.policylens.verify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policylens.model.Document;
import org.policylens.model.Fact;
import org.policylens.model.ProgramRef;
import org.policylens.model.Qualifier;
import org.policylens.model.Verdict;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A programme named in a source only inflected, in another script or translated word by word (issue 18): found by
 * {@link ProgrammeMentions} in the passages of the source's other facts, in every language, and still judged by what
 * the passage says about it.
 */
class ProgrammeMentionsTest {
    private static List<Verdict> verify(String articleText, Fact claim, InMemoryIndex index) {
        Document article = TestFacts.document("article.txt", articleText, "hash-article");
        return new Verifier(index).verify(article, List.of(claim));
    }

    /** The source sentence holds only a figure: the finder took no programme name from it. */
    private static InMemoryIndex source(String sentence, String figure) {
        Fact f = TestFacts.fact("source.txt", sentence, figure, TestFacts.number(figure), Qualifier.MORE_THAN, "");
        return new InMemoryIndex().add("hash-source", 1, f);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en claim, uz-Latn plural|IT Park branches will open in all regions of the country.|IT Park"
                    + "|Respublikaning barcha hududlarida IT-parklarni tashkil etish, 220 dan ortiq loyihalar.|220",
            "uz-Latn claim, uz-Latn inflected|Barcha hududlarda IT-Park filiallarini ochish.|IT-Park"
                    + "|Respublikaning barcha hududlarida IT parklari tashkil etiladi, 220 dan ortiq loyihalar.|220",
            "uz-Cyrl claim, uz-Latn plural|Барча ҳудудларда IT-Park филиаллари очилади.|IT-Park"
                    + "|Respublikaning barcha hududlarida IT-parklarni tashkil etish, 220 dan ortiq loyihalar.|220",
            "ru claim, uz-Cyrl plural|Филиалы IT-парка откроются во всех регионах.|IT-парка"
                    + "|Республиканинг барча ҳудудларида ИТ-паркларни ташкил этиш, 220 дан ортиқ лойиҳалар.|220",
            "en translated name|The Five Initiatives project teaches digital skills to young people.|Five Initiatives"
                    + "|“Besh tashabbus” loyihasi doirasida yoshlarga raqamli texnologiyalarni o'rgatish, 16 markaz.|16",
    })
    void aProgrammeNamedInflectedOrTranslatedIsFound(String name, String claimSentence, String claimed,
                                                     String sourceSentence, String figure) {
        String canonical = claimed.startsWith("Five") ? "Five Initiatives" : "IT Park";
        Fact claim = TestFacts.fact("article.txt", claimSentence, claimed, new ProgramRef(canonical),
                Qualifier.EXACT, "");
        Verdict v = verify(claimSentence, claim, source(sourceSentence, figure)).get(0);
        assertInstanceOf(Verdict.Supported.class, v, v.reason());
        assertEquals("source.txt", ((Verdict.Supported) v).evidence().document().value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en|The Digital Tashkent programme links a geoportal with more than 40 information systems.|Digital Tashkent",
            "ru|Программа «Цифровой Ташкент» объединит геопортал с более чем 40 информационными системами.|Цифровой Ташкент",
            "uz-Cyrl|«Рақамли Тошкент» дастури геопорталини 40 дан ортиқ ахборот тизимлари билан бирлаштиради.|Рақамли Тошкент",
            "uz-Latn|“Raqamli Toshkent” dasturi geoportalni 40 dan ortiq axborot tizimlari bilan birlashtiradi.|Raqamli Toshkent",
    })
    void aNameTranslatedWordByWordIsFound(String lang, String claimSentence, String claimed) {
        Fact claim = TestFacts.fact("article.txt", claimSentence, claimed, new ProgramRef(claimed), Qualifier.EXACT, "");
        Verdict v = verify(claimSentence, claim, source("Bundan tashqari, 40 dan ortiq axborot tizimlari bilan "
                + "integratsiyalashgan geoportalni ishga tushirishni nazarda tutuvchi “Raqamli Toshkent” kompleks "
                + "dasturi amalga oshirilmoqda.", "40")).get(0);
        assertInstanceOf(Verdict.Supported.class, v, lang + ": " + v.reason());
        // a name sharing only the translated word is another programme
        Verdict other = verify(claimSentence, claim, source("Bundan tashqari, 40 dan ortiq axborot tizimlari bilan "
                + "integratsiyalashgan geoportalni ishga tushirishni nazarda tutuvchi “Raqamli Samarqand” kompleks "
                + "dasturi amalga oshirilmoqda.", "40")).get(0);
        assertInstanceOf(Verdict.NotFound.class, other, lang + ": " + other.reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en|The main directions follow the Action Strategy for 2017-2021.|Action Strategy|2017-2021",
            "ru|Основные направления следуют Стратегии действий на 2017-2021 годы.|Стратегии действий|2017-2021",
            "uz-Cyrl|Асосий йўналишлар 2017-2021 йилларга мўлжалланган Ҳаракатлар стратегиясига мос.|Ҳаракатлар стратегиясига|2017-2021",
    })
    void aPeriodIsDatedThroughAProgrammeTheSourceNamesWithoutAFact(String lang, String claimSentence, String programme,
                                                                   String period) {
        // the finder took no name from the source passage: the programme is found as a mention, and dates the period there
        Fact name = TestFacts.fact("article.txt", claimSentence, programme, new ProgramRef("Action Strategy"),
                Qualifier.EXACT, "");
        Fact date = TestFacts.fact("article.txt", claimSentence, period, TestFacts.date("2017/2021"), Qualifier.EXACT, "");
        String src = "2017 — 2021-yillarda O'zbekiston Respublikasini rivojlantirishning beshta ustuvor yo'nalishi "
                + "bo'yicha Harakatlar strategiyasini amalga oshirishga oid davlat dasturi tasdiqlansin.";
        Fact srcDate = TestFacts.fact("source.txt", src, "2017 — 2021", TestFacts.date("2017/2021"), Qualifier.EXACT, "");
        Document article = TestFacts.document("article.txt", claimSentence, "hash-article");
        List<Verdict> verdicts = new Verifier(new InMemoryIndex().add("hash-source", 1, srcDate))
                .verify(article, List.of(name, date));
        Verdict v = verdicts.stream().filter(x -> x.claim().fact().equals(date)).findFirst().orElseThrow();
        assertInstanceOf(Verdict.Supported.class, v, lang + ": " + v.reason());
        // the same period in a source clause naming no such programme is not its date
        String otherSrc = "2017 — 2021-yillarda respublikada yangi maktablar qurildi va jihozlandi.";
        Fact otherDate = TestFacts.fact("source.txt", otherSrc, "2017 — 2021", TestFacts.date("2017/2021"),
                Qualifier.EXACT, "");
        List<Verdict> none = new Verifier(new InMemoryIndex().add("hash-source", 1, otherDate))
                .verify(article, List.of(name, date));
        Verdict w = none.stream().filter(x -> x.claim().fact().equals(date)).findFirst().orElseThrow();
        assertInstanceOf(Verdict.NotFound.class, w, lang + ": " + w.reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en|Under the Five Initiatives, digital technology training centres teach young people.|Five Initiatives",
            "ru|В рамках проекта «Пять инициатив» центры цифровых технологий обучают молодёжь.|Пять инициатив",
            "uz-Latn|“Besh tashabbus” loyihasi doirasida raqamli texnologiyalar markazlari yoshlarni o'qitadi.|Besh tashabbus",
            "uz-Cyrl|«Беш ташаббус» лойиҳаси доирасида рақамли технологиялар марказлари ёшларни ўқитади.|Беш ташаббус",
    })
    void centresAndYouthAgreeOnlyWhereTheProgrammeDoes(String lang, String claimSentence, String claimed) {
        Fact claim = TestFacts.fact("article.txt", claimSentence, claimed, new ProgramRef("Five Initiatives"),
                Qualifier.EXACT, "");
        Verdict v = verify(claimSentence, claim, source("“Besh tashabbus” loyihasini moliyalashtirish doirasida “Raqamli "
                + "texnologiyalar o'quv markazlari”da yoshlarga raqamli texnologiyalarni o'rgatish, 16 ta kurs.", "16"))
                .get(0);
        assertInstanceOf(Verdict.Supported.class, v, lang + ": " + v.reason());
        // the same centres and young people under another programme: the shared words alone support nothing
        Verdict other = verify(claimSentence, claim, source("“Ishga marhamat” loyihasini moliyalashtirish doirasida "
                + "“Raqamli texnologiyalar o'quv markazlari”da yoshlarga raqamli texnologiyalarni o'rgatish, 16 ta kurs.",
                "16")).get(0);
        assertInstanceOf(Verdict.NotFound.class, other, lang + ": " + other.reason());
    }

    @Test
    void aMentionThatSaysNothingTheClaimSaysIsNoEvidence() {
        String claimSentence = "The IT Park hosted a hackathon for students.";
        Fact claim = TestFacts.fact("article.txt", claimSentence, "IT Park", new ProgramRef("IT Park"),
                Qualifier.EXACT, "");
        Verdict v = verify(claimSentence, claim,
                source("Respublikaning barcha hududlarida IT-parklarni tashkil etish, 220 dan ortiq loyihalar.",
                        "220")).get(0);
        assertInstanceOf(Verdict.NotFound.class, v, v.reason());
    }

    @Test
    void aLongerNameTheGazetteerBlocksIsNoMention() {
        String claimSentence = "IT Park branches will open in all regions and the IT Park teaches students.";
        Fact claim = TestFacts.fact("article.txt", claimSentence, "IT Park", new ProgramRef("IT Park"),
                Qualifier.EXACT, "");
        Verdict v = verify(claimSentence, claim,
                source("IT Park University opened branches in all regions, more than 220 students.", "220")).get(0);
        assertInstanceOf(Verdict.NotFound.class, v, v.reason());
    }

    @Test
    void nameWordsMatchByValueFoldedFormOrInflection() {
        assertEquals(List.of("5", "initiatives"), ProgrammeMentions.keys("Five Initiatives"));
        assertEquals(List.of("5", "tashabus"), ProgrammeMentions.keys("Besh tashabbus"));
        assertEquals(ProgrammeMentions.keys("IT-парк"), ProgrammeMentions.keys("IT Park"));
        assertTrue(ProgrammeMentions.wordMatches("park", "parklarni"));
        assertTrue(ProgrammeMentions.wordMatches("initiatives", "tashabus"));
        assertFalse(ProgrammeMentions.wordMatches("it", "itlar"), "short words only whole");
        assertFalse(ProgrammeMentions.wordMatches("5", "6"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en|Five Initiatives|besh tashabbus|беш ташаббус",
            "ru|Пять инициатив|besh tashabbus|five initiative",
            "uz-Latn|Besh tashabbus|five initiative|пять инициатива",
            "uz-Cyrl|Беш ташаббус|five initiative|besh tashabbus",
            "kk|Бес бастама|five|besh",
    })
    void aNameIsQueriedWithItsCountAndCountedThingInTheOtherLanguages(String lang, String name, String one,
                                                                      String other) {
        // the passage naming the set is ranked by these words: an English query finds "Besh tashabbus" loyihasi
        List<String> words = ProgrammeMentions.translations(name);
        for (String w : (one + " " + other).split(" ")) {
            assertTrue(words.contains(w), lang + ": " + w + " not in " + words);
        }
    }

    @Test
    void oneWordNamesAreLeftToTheFinder() {
        String sentence = "Bolashak scholars return home.";
        Fact claim = TestFacts.fact("article.txt", sentence, "Bolashak", new ProgramRef("Bolashak"), Qualifier.EXACT, "");
        Fact other = TestFacts.fact("source.txt", "Болашақта 20 стипендиат оралады.", "20", TestFacts.number("20"),
                Qualifier.EXACT, "");
        assertTrue(new ProgrammeMentions(org.policylens.extract.program.ProgramGazetteer.standard())
                .in(claim, List.of(new org.policylens.index.FactHit(other, 0, "t", "h", 1f))).isEmpty());
    }
}
