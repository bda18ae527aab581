package org.policylens.verify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policylens.model.Document;
import org.policylens.model.Fact;
import org.policylens.model.Qualifier;
import org.policylens.model.Verdict;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policylens.verify.TestFacts.date;
import static org.policylens.verify.TestFacts.dated;
import static org.policylens.verify.TestFacts.fact;
import static org.policylens.verify.TestFacts.number;
import static org.policylens.verify.TestFacts.percent;

/**
 * Agreement on what a value is (issue 18): a change is not a level, and a period is checked through the figure it
 * qualifies, in its own clause. English, Russian and Uzbek (both scripts).
 */
class VerifierWhatTest {
    private static List<Verdict> verify(String articleText, List<Fact> facts, InMemoryIndex index) {
        Document article = TestFacts.document("article.txt", articleText, "hash-article");
        return new Verifier(index).verify(article, facts);
    }

    private static Verdict of(List<Verdict> verdicts, Fact claim) {
        return verdicts.stream().filter(v -> v.claim().fact().equals(claim)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en change vs level|It provides for a 60 percent increase in the share of electronic public services by 2022.|60 percent"
                    + "|The share of electronic public services shall be raised to 60 percent by 2022.|60 percent",
            "en level vs change|The share of electronic public services will be raised to 60 percent in 2022.|60 percent"
                    + "|In 2022 the share of electronic public services shall increase by 60 percent.|60 percent",
            "ru change vs level|Долю электронных государственных услуг планируется увеличить на 60% к 2022 году.|60%"
                    + "|Довести долю электронных государственных услуг до 60% к 2022 году.|60%",
            "uz change vs level|Elektron davlat xizmatlari ulushini 60 foizga oshirish ko'zda tutilgan.|60 foizga"
                    + "|Elektron davlat xizmatlari ulushini 60 foizgacha yetkazish ko'zda tutilgan.|60 foizgacha",
            "uz-Cyrl change vs level|Электрон давлат хизматлари улушини 60 фоизга ошириш кўзда тутилган.|60 фоизга"
                    + "|Электрон давлат хизматлари улушини 60 фоизгача етказиш кўзда тутилган.|60 фоизгача",
    })
    void aChangeIsNeitherSupportedNorContradictedByALevel(String name, String claimSentence, String claimSurface,
                                                         String sourceSentence, String sourceSurface) {
        Fact claim = fact("article.txt", claimSentence, claimSurface, percent("60"), Qualifier.EXACT, "");
        Fact source = fact("src.txt", sourceSentence, sourceSurface, percent("60"), Qualifier.EXACT, "");
        Verdict v = of(verify(claimSentence, List.of(claim), new InMemoryIndex().add("src", 1, source)), claim);
        assertInstanceOf(Verdict.NotFound.class, v, v.reason());
        assertTrue(v.reason().contains("a change against a level"), v.reason());
        // and a differing level is no contradiction of a change either
        Fact other = fact("src.txt", sourceSentence, sourceSurface, percent("60"), Qualifier.EXACT, "");
        Fact claim80 = fact("article.txt", claimSentence, claimSurface, percent("80"), Qualifier.EXACT, "");
        Verdict w = of(verify(claimSentence, List.of(claim80), new InMemoryIndex().add("src", 1, other)), claim80);
        assertInstanceOf(Verdict.NotFound.class, w, w.reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en|It provides for a 60 percent increase in the share of electronic public services by 2022.|60 percent"
                    + "|By 2022 the share of electronic public services shall see a 60 percent increase.|60 percent",
            "ru|Долю электронных государственных услуг увеличат на 60% к 2022 году.|60%"
                    + "|К 2022 году долю электронных государственных услуг увеличить на 60%.|60%",
            "uz|Elektron davlat xizmatlari ulushini 60 foizgacha yetkazish ko'zda tutilgan.|60 foizgacha"
                    + "|Elektron davlat xizmatlari ulushini 60 foizgacha yetkazish belgilandi.|60 foizgacha",
    })
    void theSameKindOfFigureStillSupports(String name, String claimSentence, String claimSurface,
                                          String sourceSentence, String sourceSurface) {
        Fact claim = fact("article.txt", claimSentence, claimSurface, percent("60"), Qualifier.EXACT, "");
        Fact source = fact("src.txt", sourceSentence, sourceSurface, percent("60"), Qualifier.EXACT, "");
        Verdict v = of(verify(claimSentence, List.of(claim), new InMemoryIndex().add("src", 1, source)), claim);
        assertInstanceOf(Verdict.Supported.class, v, v.reason());
    }

    @Test
    void relationsAreReadInEachLanguage() {
        assertEquals(AmountRelation.CHANGE, relation("Services grow by 3 times by 2023.", "3"));
        assertEquals(AmountRelation.CHANGE, relation("Число предметов сократить в 2 раза.", "2"));
        assertEquals(AmountRelation.CHANGE, relation("Fanlar soni ikki baravarga qisqartirilsin.", "ikki"));
        assertEquals(AmountRelation.CHANGE, relation("Фанлар сони 2 бараварга қисқартирилади.", "2 баравар"));
        assertEquals(AmountRelation.LEVEL, relation("Coverage will reach 98% of settlements.", "98%"));
        assertEquals(AmountRelation.LEVEL, relation("Охват довести до 98% населённых пунктов.", "98%"));
        assertEquals(AmountRelation.UNKNOWN, relation("The programme has 284 points.", "284"));
        // every cue of the vocabularies' figure cues: percent word, change noun, case ending before a change verb,
        // level word before, level ending after
        assertEquals(AmountRelation.CHANGE, relation("A 60 percent increase in exports.", "60"));
        assertEquals(AmountRelation.CHANGE, relation("Eksport hajmini 60 foizga oshirish.", "60"));
        assertEquals(AmountRelation.CHANGE, relation("Экспорт ҳажмини 60 фоизга ошириш.", "60"));
        assertEquals(AmountRelation.CHANGE, relation("Экспорт увеличить на 60% к 2025 году.", "60%"));
        assertEquals(AmountRelation.LEVEL, relation("Eksport ulushini 60 foizgacha yetkazish.", "60"));
        assertEquals(AmountRelation.LEVEL, relation("Экспорт улушини 60 фоизга етказиш.", "60"));
        assertEquals(AmountRelation.LEVEL, relation("Доля экспорта достигнет 60% к 2025 году.", "60%"));
    }

    private static AmountRelation relation(String sentence, String surface) {
        return AmountRelation.of(fact("a.txt", sentence, surface, number("1"), Qualifier.EXACT, ""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en|Under the Action Strategy, 5 priority areas were set, as the government decided, for 2017–2021.|5|2017–2021"
                    + "|In 2017–2021 the Action Strategy is carried out in 5 priority areas of development.|5|2017–2021",
            "ru|Стратегия действий определила 5 приоритетных направлений, как решило правительство, на 2017–2021 годы.|5|2017–2021"
                    + "|В 2017–2021 годах Стратегия действий реализуется по 5 приоритетным направлениям развития.|5|2017–2021",
            "uz|Harakatlar strategiyasi 5 ta ustuvor yo'nalishni, hukumat qaroriga ko'ra, 2017-2021 yillar uchun belgilagan.|5|2017-2021"
                    + "|2017 — 2021-yillarda Harakatlar strategiyasi 5 ta ustuvor yo'nalish bo'yicha amalga oshiriladi.|5|2017 — 2021",
    })
    void aPeriodIsCheckedThroughTheFigureItQualifies(String lang, String claimSentence, String figure, String period,
                                                     String sourceSentence, String sourceFigure, String sourcePeriod) {
        Fact claimFigure = dated("article.txt", claimSentence, figure, number("5"), Qualifier.EXACT, "2017/2021",
                "priority areas");
        Fact claimPeriod = fact("article.txt", claimSentence, period, date("2017/2021"), Qualifier.EXACT, "");
        Fact srcFigure = dated("src.txt", sourceSentence, sourceFigure, number("5"), Qualifier.EXACT, "2017/2021",
                "priority areas");
        Fact srcPeriod = fact("src.txt", sourceSentence, sourcePeriod, date("2017/2021"), Qualifier.EXACT, "");
        List<Verdict> verdicts = verify(claimSentence, List.of(claimFigure, claimPeriod),
                new InMemoryIndex().add("src", 1, srcFigure, srcPeriod));
        assertInstanceOf(Verdict.Supported.class, of(verdicts, claimFigure), of(verdicts, claimFigure).reason());
        Verdict v = of(verdicts, claimPeriod);
        assertInstanceOf(Verdict.Supported.class, v, lang + ": " + v.reason());

        // the same source figure linked to another period: the period is not the figure's
        Fact otherFigure = dated("src.txt", sourceSentence, sourceFigure, number("5"), Qualifier.EXACT, "2022/2026",
                "priority areas");
        List<Verdict> unlinked = verify(claimSentence, List.of(claimFigure, claimPeriod),
                new InMemoryIndex().add("src", 1, otherFigure, srcPeriod));
        assertInstanceOf(Verdict.NotFound.class, of(unlinked, claimPeriod), of(unlinked, claimPeriod).reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en start|On September 1, 2020, electronic teaching of school subjects begins in pilot schools.|September 1, 2020"
                    + "|2020-09-01|AFTER|2020-yil 1-sentabrdan boshlab tajriba maktablarida maktab fanlarini elektron o'qitish boshlansin.|2020-yil 1-sentabrdan",
            "ru start|1 сентября 2020 года в пилотных школах начинается электронное обучение школьным предметам.|1 сентября 2020 года"
                    + "|2020-09-01|AFTER|2020-yil 1-sentabrdan boshlab tajriba maktablarida maktab fanlarini elektron o'qitish boshlansin.|2020-yil 1-sentabrdan",
            "uz-Cyrl start|2020 йил 1 сентябрда тажриба мактабларида мактаб фанларини электрон ўқитиш бошланади.|2020 йил 1 сентябрда"
                    + "|2020-09-01|AFTER|2020-yil 1-sentabrdan boshlab tajriba maktablarida maktab fanlarini elektron o'qitish boshlansin.|2020-yil 1-sentabrdan",
            "uz-Latn deadline|Masofaviy o'qitish tartibi 2020-yil 1-avgustda belgilanadi.|2020-yil 1-avgustda"
                    + "|2020-08-01|BEFORE|Vazirlik 2020-yil 1-avgustga qadar masofaviy o'qitish tartibini belgilasin.|2020-yil 1-avgustga",
            "en month deadline|In August 2020 the ministry sets the procedure for distance learning.|August 2020"
                    + "|2020-08|UNTIL|2020-yil avgustgacha vazirlik masofaviy o'qitish tartibini belgilasin.|2020-yil avgustgacha",
    })
    void aDateIsTheSameDateAsASourcesStartOrDeadlineOnIt(String name, String claimSentence, String claimSurface,
                                                         String iso, Qualifier sourceQualifier, String sourceSentence,
                                                         String sourceSurface) {
        // an article drops the preposition of the act's "from 1 September" or "by 1 August": the same date, as precise
        Fact claim = fact("article.txt", claimSentence, claimSurface, date(iso), Qualifier.EXACT, "");
        Fact source = fact("src.txt", sourceSentence, sourceSurface, date(iso), sourceQualifier, "");
        Verdict v = of(verify(claimSentence, List.of(claim), new InMemoryIndex().add("src", 1, source)), claim);
        assertInstanceOf(Verdict.Supported.class, v, name + ": " + v.reason());
        // a start or deadline on another day is not that date, and the day of a broader bound is not confirmed by it
        String otherIso = iso.length() == 7 ? "2020-07" : iso.substring(0, 8) + "15";
        Fact other = fact("src.txt", sourceSentence, sourceSurface, date(otherIso), sourceQualifier, "");
        Verdict w = of(verify(claimSentence, List.of(claim), new InMemoryIndex().add("src", 1, other)), claim);
        assertInstanceOf(Verdict.NotFound.class, w, name + ": " + w.reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en start|Starting from September 2020, electronic teaching of school subjects begins in pilot schools.|September 2020"
                    + "|2020-09|AFTER|2020-yil 1-sentabrdan boshlab tajriba maktablarida maktab fanlarini elektron o'qitish boshlansin.|2020-yil 1-sentabrdan",
            "ru start|Начиная с сентября 2020 года в пилотных школах начинается электронное обучение школьным предметам.|сентября 2020 года"
                    + "|2020-09|AFTER|2020-yil 1-sentabrdan boshlab tajriba maktablarida maktab fanlarini elektron o'qitish boshlansin.|2020-yil 1-sentabrdan",
            "uz-Latn start|2020-yil sentabrdan boshlab tajriba maktablarida maktab fanlarini elektron o'qitish boshlanadi.|2020-yil sentabrdan"
                    + "|2020-09|AFTER|2020-yil 1-sentabrdan boshlab tajriba maktablarida maktab fanlarini elektron o'qitish boshlansin.|2020-yil 1-sentabrdan",
            "uz-Cyrl start|2020 йил сентябрдан бошлаб тажриба мактабларида мактаб фанларини электрон ўқитиш бошланади.|2020 йил сентябрдан"
                    + "|2020-09|AFTER|2020-yil 1-sentabrdan boshlab tajriba maktablarida maktab fanlarini elektron o'qitish boshlansin.|2020-yil 1-sentabrdan",
            "en deadline|By August 2020 the ministry sets the procedure for distance learning.|August 2020"
                    + "|2020-08|BEFORE|Vazirlik 2020-yil 1-avgustga qadar masofaviy o'qitish tartibini belgilasin.|2020-yil 1-avgustga",
    })
    void aBoundIsTheSameBoundAsASourcesPreciserOneWithinIt(String name, String claimSentence, String claimSurface,
                                                             String iso, Qualifier qualifier, String sourceSentence,
                                                             String sourceSurface) {
        Fact claim = fact("article.txt", claimSentence, claimSurface, date(iso), qualifier, "");
        Fact source = fact("src.txt", sourceSentence, sourceSurface, date(iso + "-01"), qualifier, "");
        Verdict v = of(verify(claimSentence, List.of(claim), new InMemoryIndex().add("src", 1, source)), claim);
        assertInstanceOf(Verdict.Supported.class, v, name + ": " + v.reason());
        // a bound outside the claim's month, or the other kind of bound on a day within it, is another date
        Fact outside = fact("src.txt", sourceSentence, sourceSurface, date("2020-10-01"), qualifier, "");
        Verdict w = of(verify(claimSentence, List.of(claim), new InMemoryIndex().add("src", 1, outside)), claim);
        assertInstanceOf(Verdict.NotFound.class, w, name + ": " + w.reason());
        Qualifier other = qualifier == Qualifier.AFTER ? Qualifier.BEFORE : Qualifier.AFTER;
        Fact otherBound = fact("src.txt", sourceSentence, sourceSurface, date(iso + "-01"), other, "");
        Verdict u = of(verify(claimSentence, List.of(claim), new InMemoryIndex().add("src", 1, otherBound)), claim);
        assertInstanceOf(Verdict.NotFound.class, u, name + ": " + u.reason());
        Fact exact = fact("src.txt", sourceSentence, sourceSurface, date(iso + "-01"), Qualifier.EXACT, "");
        Verdict x = of(verify(claimSentence, List.of(claim), new InMemoryIndex().add("src", 1, exact)), claim);
        assertInstanceOf(Verdict.NotFound.class, x, name + ": " + x.reason());
    }

    @Test
    void aDeadlineOfAnotherClauseIsNotCheckedThroughThisClausesFigure() {
        // the enumeration of a resolution: the figure and deadline of the first item say nothing of the second's
        String s = "It provides for doubling the digital economy, 2 times its share by 2023; "
                + "and services grow in the regions by 2023, with a new fund.";
        Fact figure = TestFacts.in("article.txt", s, "2", 0, number("2"), Qualifier.EXACT,
                java.util.Optional.of(new org.policylens.model.DateValue("2023")), "times its share");
        Fact first = TestFacts.in("article.txt", s, "2023", 0, date("2023"), Qualifier.BEFORE, java.util.Optional.empty(), "");
        Fact second = TestFacts.in("article.txt", s, "2023", 1, date("2023"), Qualifier.BEFORE, java.util.Optional.empty(), "");
        String src = "By 2023 the share of the digital economy in GDP shall grow 2 times; e-government is improved.";
        Fact srcDate = fact("src.txt", src, "2023", date("2023"), Qualifier.BEFORE, "");
        Fact srcFigure = dated("src.txt", src, "2", number("2"), Qualifier.EXACT, "2023", "times");
        List<Verdict> verdicts = verify(s, List.of(figure, first, second),
                new InMemoryIndex().add("src", 1, srcDate, srcFigure));
        assertInstanceOf(Verdict.Supported.class, of(verdicts, figure), of(verdicts, figure).reason());
        assertInstanceOf(Verdict.Supported.class, of(verdicts, first), of(verdicts, first).reason());
        assertInstanceOf(Verdict.NotFound.class, of(verdicts, second), of(verdicts, second).reason());
    }

    @Test
    void plansAndResultsAreReadInEachLanguage() {
        assertEquals(StatedAs.PLAN, statedAs("In 2020, 20,000 kilometers of fiber-optic lines will be laid.", "20,000"));
        assertEquals(StatedAs.RESULT, statedAs("In 2019, 10,000 kilometers of lines were laid.", "10,000"));
        assertEquals(StatedAs.PLAN, statedAs("В 2020 году будет проложено 12 тысяч км линий.", "12 тысяч"));
        assertEquals(StatedAs.RESULT, statedAs("В 2019 году было проложено 10 тысяч км линий.", "10 тысяч"));
        assertEquals(StatedAs.PLAN, statedAs("2020-yilda 12 ming km optik tolali aloqa liniyalari yotqizilsin.", "12 ming"));
        assertEquals(StatedAs.RESULT, statedAs("Yarim yilda 10 ming km optik aloqa liniyalari qurildi.", "10 ming"));
        assertEquals(StatedAs.PLAN, statedAs("2020 йилда 12 минг км оптик толали алоқа линиялари ётқизилсин.", "12 минг"));
        assertEquals(StatedAs.RESULT, statedAs("Ярим йилда 10 минг км оптик алоқа линиялари қурилди.", "10 минг"));
        // a decision setting a target in the past tense says both: neither
        assertEquals(StatedAs.UNKNOWN, statedAs("Ulushini 60 foizgacha yetkazish belgilandi.", "60"));
        // another clause of the sentence says nothing of this figure
        assertEquals(StatedAs.RESULT, statedAs("10 ming km qurildi; 2021-yilda yana 5 ming km yotqizilsin.", "10 ming"));
        // an Uzbek perfect participle ending the sentence is its verb: done, though the projects "envisage" a plan
        assertEquals(StatedAs.UNKNOWN, statedAs("Kadrlarni ko‘zda tutuvchi 220 dan ortiq loyihalarni amalga oshirish boshlangan.", "220"));
        assertEquals(StatedAs.RESULT, statedAs("220 dan ortiq loyihalarni amalga oshirish boshlangan.", "220"));
        assertEquals(StatedAs.RESULT, statedAs("220 дан ортиқ лойиҳаларни амалга ошириш бошланган.", "220"));
        // a participle inside the sentence only describes ("belgilangan vazifalar"): no verdict from it
        assertEquals(StatedAs.UNKNOWN, statedAs("Qurilgan 5 ming km liniyalar ta'mirlanadi va ishlaydi", "5 ming"));
    }

    private static StatedAs statedAs(String sentence, String surface) {
        return StatedAs.of(fact("a.txt", sentence, surface, number("1"), Qualifier.EXACT, ""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en|In the first half of the year more than 10 thousand km of fibre-optic lines were built.|10 thousand km"
                    + "|In 2020, 12 thousand km of fibre-optic lines shall be laid.|12 thousand km",
            "ru|За полугодие построено и было введено более 10 тысяч км оптоволоконных линий.|10 тысяч км"
                    + "|В 2020 году будет проложено 12 тысяч км оптоволоконных линий.|12 тысяч км",
            "uz|Yarim yil mobaynida 10 ming kilometrdan ortiq optik aloqa liniyalari qurilish ishlari amalga oshirildi.|10 ming kilometr"
                    + "|2020-yilda 12 ming km optik tolali aloqa liniyalari yotqizilsin.|12 ming km",
    })
    void aResultIsNeitherSupportedNorContradictedByAPlan(String lang, String claimSentence, String claimSurface,
                                                         String sourceSentence, String sourceSurface) {
        Fact claim = fact("article.txt", claimSentence, claimSurface, number("10000"), Qualifier.APPROX,
                claimSurface.replaceAll("[0-9 ]+(thousand|тысяч|ming) ", ""));
        Fact source = fact("src.txt", sourceSentence, sourceSurface, number("12000"), Qualifier.EXACT,
                sourceSurface.replaceAll("[0-9 ]+(thousand|тысяч|ming) ", ""));
        Verdict v = of(verify(claimSentence, List.of(claim), new InMemoryIndex().add("src", 1, source)), claim);
        assertInstanceOf(Verdict.NotFound.class, v, lang + ": " + v.reason());
        assertTrue(v.reason().contains("a result against a plan"), v.reason());
    }

    @Test
    void aPlanContradictsAnotherPlanForTheSameThingWrittenWithAnotherUnitSpelling() {
        // the ministry's plan of November 2019 against the State Programme decree of March 2020 (verify-real dev)
        String s = "In 2020 - 20,000 kilometers of fiber-optic lines will be laid, a representative said.";
        Fact claim = dated("article.txt", s, "20,000", number("20000"), Qualifier.EXACT, "2020",
                "kilometers of fiber-optic lines");
        String src = "2020-yilda kamida 800 mingta keng polosali Internet portlari yaratilsin va 12 ming km optik tolali "
                + "aloqa liniyalari yotqizilsin.";
        Fact source = dated("src.txt", src, "12 ming", number("12000"), Qualifier.EXACT, "2020", "km optik tolali");
        Fact year = fact("article.txt", s, "2020", date("2020"), Qualifier.EXACT, "");
        Fact srcYear = fact("src.txt", src, "2020-yilda", date("2020"), Qualifier.EXACT, "");
        List<Verdict> verdicts = verify(s, List.of(year, claim), new InMemoryIndex().add("src", 1, source, srcYear));
        assertInstanceOf(Verdict.Contradicted.class, of(verdicts, claim), of(verdicts, claim).reason());
        // the year is the year of the same plan: the contradiction of its size does not touch its year
        assertInstanceOf(Verdict.Supported.class, of(verdicts, year), of(verdicts, year).reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en|More than 220 priority projects are being carried out, the ministry said.|220|priority projects",
            "ru|Как сообщило министерство, реализуется более 220 приоритетных проектов.|220|приоритетных проектов",
            "uz-Cyrl|Вазирлик маълумотига кўра, 220 дан ортиқ устувор лойиҳалар амалга оширилмоқда.|220|устувор лойиҳалар",
    })
    void aCountedSubjectMeetsItsTranslationInTheSource(String lang, String claimSentence, String figure,
                                                      String subject) {
        String src = "Sohani malakali kadrlar bilan ta'minlashni ko'zda tutuvchi 220 dan ortiq ustuvor loyihalarni "
                + "amalga oshirish boshlangan.";
        Fact source = fact("src.txt", src, "220", number("220"), Qualifier.MORE_THAN, "ustuvor loyihalarni");
        Fact claim = fact("article.txt", claimSentence, figure, number("220"), Qualifier.MORE_THAN, subject);
        Verdict v = of(verify(claimSentence, List.of(claim), new InMemoryIndex().add("src", 1, source)), claim);
        assertInstanceOf(Verdict.Supported.class, v, lang + ": " + v.reason());

        // the same figure counting something else is not evidence, in any language
        String other = claimSentence.replace(subject, switch (lang) {
            case "en" -> "new schools";
            case "ru" -> "новых школ";
            default -> "янги мактаблар";
        });
        Fact schools = fact("article.txt", other, figure, number("220"), Qualifier.MORE_THAN,
                other.contains("school") ? "new schools" : other.contains("школ") ? "новых школ" : "янги мактаблар");
        Verdict w = of(verify(other, List.of(schools), new InMemoryIndex().add("src", 1, source)), schools);
        assertInstanceOf(Verdict.NotFound.class, w, lang + ": " + w.reason());
    }

    @Test
    void aFigureOfOneProgrammeIsNotEvidenceForAFigureOfAnother() {
        // verify-real dev (TNMN): the five priority areas of Digital Uzbekistan are not the Action Strategy's five
        String s = "The Digital Uzbekistan Strategy sets out five priority areas for development.";
        Fact claim = fact("article.txt", s, "five", number("5"), Qualifier.EXACT, "priority areas");
        Fact programme = fact("article.txt", s, "Digital Uzbekistan", TestFacts.program("Digital Uzbekistan – 2030"),
                Qualifier.EXACT, "");
        String src = "2017 — 2021-yillarda beshta ustuvor yo'nalishi bo'yicha Harakatlar strategiyasini amalga oshirish.";
        Fact srcFive = fact("src.txt", src, "beshta", number("5"), Qualifier.EXACT, "ustuvor yo'nalishi");
        Fact srcProgramme = fact("src.txt", src, "Harakatlar", TestFacts.program("Harakatlar"), Qualifier.EXACT, "");
        List<Verdict> verdicts = verify(s, List.of(programme, claim),
                new InMemoryIndex().add("src", 1, srcFive, srcProgramme));
        Verdict v = of(verdicts, claim);
        assertInstanceOf(Verdict.NotFound.class, v, v.reason());
        assertTrue(v.reason().contains("a programme the source clause does not name"), v.reason());

        // the same words in a clause naming the same programme: evidence
        String src2 = "Raqamli O'zbekiston strategiyasi beshta ustuvor yo'nalishni nazarda tutadi.";
        Fact srcFive2 = fact("src2.txt", src2, "beshta", number("5"), Qualifier.EXACT, "ustuvor yo'nalishni");
        Fact srcProgramme2 = fact("src2.txt", src2, "Raqamli O'zbekiston",
                TestFacts.program("Digital Uzbekistan – 2030"), Qualifier.EXACT, "");
        List<Verdict> same = verify(s, List.of(programme, claim),
                new InMemoryIndex().add("src2", 1, srcFive2, srcProgramme2));
        assertInstanceOf(Verdict.Supported.class, of(same, claim), of(same, claim).reason());
    }

    @Test
    void aYearIsFoundBesideWhatItDatesEvenWhenManySentencesOfThatYearShareMoreWordsWithTheArticle() {
        // an English article, an Uzbek decree: the year's own query (the article's words) ranks the decree's year
        // below the limit when other sources of that year share those words; it is looked for beside the figure
        String s = "In 2020 - 20,000 kilometers of fiber-optic lines will be laid, a representative said.";
        Fact claim = dated("article.txt", s, "20,000", number("20000"), Qualifier.EXACT, "2020",
                "kilometers of fiber-optic lines");
        Fact year = fact("article.txt", s, "2020", date("2020"), Qualifier.EXACT, "");
        String src = "2020-yilda kamida 800 mingta keng polosali Internet portlari yaratilsin va 12 ming km optik tolali "
                + "aloqa liniyalari yotqizilsin.";
        InMemoryIndex index = new InMemoryIndex().add("src", 1,
                dated("src.txt", src, "12 ming", number("12000"), Qualifier.EXACT, "2020", "km optik tolali"),
                fact("src.txt", src, "2020-yilda", date("2020"), Qualifier.EXACT, ""));
        for (int i = 0; i < 2 * EvidenceRetriever.LIMIT_PER_QUERY; i++) {
            String other = "In 2020 a representative said that lines of report " + i + " will be laid out.";
            index.add("other" + i, 1, fact("other" + i + ".txt", other, "2020", date("2020"), Qualifier.EXACT, ""));
        }
        List<Verdict> verdicts = verify(s, List.of(year, claim), index);
        assertInstanceOf(Verdict.Contradicted.class, of(verdicts, claim), of(verdicts, claim).reason());
        Verdict v = of(verdicts, year);
        assertInstanceOf(Verdict.Supported.class, v, v.reason());
        assertTrue(((Verdict.Supported) v).evidence().document().value().equals("src.txt"), v.reason());
    }

    @Test
    void aYearIsNotLookedForAmongTheDatesOfAClauseThatOnlyNamesItsProgramme() {
        // a clause naming a programme dates its tasks ("in 2020 … 500 schools"), not the programme's adoption
        String s = "The Digital Uzbekistan – 2030 strategy was approved in 2020, a representative said.";
        Fact year = fact("article.txt", s, "2020", date("2020"), Qualifier.EXACT, "");
        Fact programme = fact("article.txt", s, "Digital Uzbekistan – 2030",
                TestFacts.program("Digital Uzbekistan – 2030"), Qualifier.EXACT, "");
        String src = "2020-yilda Raqamli O'zbekiston — 2030 dasturi doirasida 500 ta maktab Internetga ulanadi.";
        InMemoryIndex index = new InMemoryIndex().add("src", 1,
                fact("src.txt", src, "2020-yilda", date("2020"), Qualifier.EXACT, ""),
                fact("src.txt", src, "Raqamli O'zbekiston — 2030", TestFacts.program("Digital Uzbekistan – 2030"),
                        Qualifier.EXACT, ""));
        for (int i = 0; i < 2 * EvidenceRetriever.LIMIT_PER_QUERY; i++) {
            String other = "In 2020 a representative said that the strategy report " + i + " was approved.";
            index.add("other" + i, 1, fact("other" + i + ".txt", other, "2020", date("2020"), Qualifier.EXACT, ""));
        }
        Verdict v = of(verify(s, List.of(programme, year), index), year);
        assertInstanceOf(Verdict.NotFound.class, v, v.reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en|The report on the Action Strategy for 2020 was heard.|2020"
                    + "|To carry out the Action Strategy and the tasks of the Address of 24 January 2020:|24 January 2020|2020",
            "ru|Заслушан отчёт о Стратегии действий за 2020 год.|2020"
                    + "|Для исполнения Стратегии действий и Послания от 24 января 2020 года:|24 января 2020 года|2020 году",
            "uz|Harakatlar strategiyasi bo'yicha 2020 yil hisoboti eshitildi.|2020"
                    + "|Harakatlar strategiyasi ijrosini hamda 2020-yil 24-yanvardagi Murojaatnomani ta'minlash maqsadida:|2020-yil 24-yanvardagi|2020-yilda",
    })
    void aYearIsTheDateOfAProgrammeOnlyAsAYearNotThroughADayOfSomethingElse(String lang, String claimSentence,
                                                                            String year, String sourceSentence,
                                                                            String day, String sourceYear) {
        Fact claim = fact("article.txt", claimSentence, year, date("2020"), Qualifier.EXACT, "");
        Fact programme = fact("article.txt", claimSentence, claimSentence.contains("Harakatlar") ? "Harakatlar"
                : claimSentence.contains("Стратегии") ? "Стратегии действий" : "Action Strategy",
                org.policylens.verify.TestFacts.program("Action Strategy"), Qualifier.EXACT, "");
        Fact srcProgramme = fact("src.txt", sourceSentence, sourceSentence.contains("Harakatlar") ? "Harakatlar"
                : sourceSentence.contains("Стратегии") ? "Стратегии действий" : "Action Strategy",
                org.policylens.verify.TestFacts.program("Action Strategy"), Qualifier.EXACT, "");
        Fact srcDay = fact("src.txt", sourceSentence, day, date("2020-01-24"), Qualifier.EXACT, "");
        List<Verdict> verdicts = verify(claimSentence, List.of(claim, programme),
                new InMemoryIndex().add("src", 1, srcProgramme, srcDay));
        assertInstanceOf(Verdict.NotFound.class, of(verdicts, claim), lang + ": " + of(verdicts, claim).reason());
        // the programme's own year in a source clause naming it does date it
        String yearSentence = sourceSentence.replace(day, sourceYear);
        Fact srcProgramme2 = fact("src2.txt", yearSentence, srcProgramme.text(),
                org.policylens.verify.TestFacts.program("Action Strategy"), Qualifier.EXACT, "");
        Fact srcYear = fact("src2.txt", yearSentence, sourceYear, date("2020"), Qualifier.EXACT, "");
        List<Verdict> dated = verify(claimSentence, List.of(claim, programme),
                new InMemoryIndex().add("src2", 1, srcProgramme2, srcYear));
        assertInstanceOf(Verdict.Supported.class, of(dated, claim), lang + ": " + of(dated, claim).reason());
    }
}
