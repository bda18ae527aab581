package org.policylens.verify;

import org.junit.jupiter.api.Test;
import org.policylens.model.Fact;
import org.policylens.model.Qualifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policylens.verify.TestFacts.fact;
import static org.policylens.verify.TestFacts.number;
import static org.policylens.verify.TestFacts.program;

class SubjectMatcherTest {
    private final SubjectMatcher matcher = new SubjectMatcher();

    private static final Fact TECHORDA_EN = fact("article",
            "Through the TechOrda program, over 82,000 IT specialists were trained between 2022 and 2024.",
            "over 82,000", number("82000"), Qualifier.MORE_THAN, "IT specialists");

    @Test
    void englishClaimMeetsRussianSourceThroughNamesNumbersAndTransliteration() {
        Fact ru = fact("kz/techorda.md",
                "В рамках программы TechOrda в 2022–2024 годах обучено более 82 тысяч IT-специалистов.",
                "более 82 тысяч", number("82000"), Qualifier.MORE_THAN, "IT-специалистов");
        assertTrue(matcher.sameSubject(TECHORDA_EN, ru), () -> "sim " + matcher.similarity(TECHORDA_EN, ru));
        assertEquals(matcher.similarity(TECHORDA_EN, ru), matcher.similarity(ru, TECHORDA_EN), 1e-9);
    }

    @Test
    void sameCountedNounInAnotherContextIsAnotherSubject() {
        Fact graduates = fact("kz/education.md",
                "Annually, around 20,000 IT specialists graduate, though this remains insufficient to meet demand.",
                "around 20,000", number("20000"), Qualifier.APPROX, "IT specialists");
        assertFalse(matcher.sameSubject(TECHORDA_EN, graduates), () -> "sim " + matcher.similarity(TECHORDA_EN, graduates));
    }

    @Test
    void differentSubjectsInOneDocumentDoNotMatch() {
        Fact companies = fact("uz/report.txt", "The number of IT companies grew to 1,600 in 2025.", "1,600",
                number("1600"), Qualifier.EXACT, "IT companies");
        Fact jobs = fact("uz/report.txt", "The number of jobs exceeded 24,000 in 2025.", "24,000",
                number("24000"), Qualifier.MORE_THAN, "jobs");
        assertFalse(matcher.sameSubject(companies, jobs));
        Fact ruCompanies = fact("uz/ru.txt", "Количество IT-компаний достигло 1600 в 2025 году.", "1600",
                number("1600"), Qualifier.EXACT, "IT-компаний");
        assertTrue(matcher.sameSubject(companies, ruCompanies), () -> "sim " + matcher.similarity(companies, ruCompanies));
    }

    @Test
    void withoutSubjectsTheSentencesDecide() {
        Fact claim = fact("a", "Annually, around 20,000 IT specialists graduate from Kazakh universities.",
                "around 20,000", number("20000"), Qualifier.APPROX, "");
        Fact same = fact("s", "Each year about 20 thousand IT specialists graduate from universities of Kazakhstan.",
                "about 20 thousand", number("20000"), Qualifier.APPROX, "");
        Fact other = fact("s", "Reports indicate 16,500 IT vacancies during 2021-2022 for software developers.",
                "16,500", number("16500"), Qualifier.EXACT, "");
        assertTrue(matcher.sameSubject(claim, same), () -> "sim " + matcher.similarity(claim, same));
        assertFalse(matcher.sameSubject(claim, other), () -> "sim " + matcher.similarity(claim, other));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}: {1} / {2} -> {3}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            // a first word alike is a modifier: projects are not training centres
            "en|digital transformation projects|digital training centres|false",
            "ru|проектов цифровой трансформации|проектов строительства дорог|false",
            "uz-Latn|raqamli transformatsiya loyihalari|raqamli ta'lim markazlari|false",
            "uz-Cyrl|рақамли трансформация лойиҳалари|рақамли таълим марказлари|false",
            // the shorter subject within the other: the same counted thing, described more or less
            "en|kilometers|km of fibre-optic lines|true",
            "en|kilometers of fiber-optic lines|km optik tolali|true",
            "ru|км волоконно-оптических линий|км|true",
            "uz-Latn|km optik tolali|km optik tolali aloqa liniyalari|true",
            "uz-Cyrl|км оптик толали|km optik tolali aloqa liniyalari|true",
    })
    void aContradictionNeedsTheSameCountedThingNotOnlyTheSameFirstWord(String lang, String subjectA, String subjectB,
                                                                         boolean same) {
        Fact a = fact("article", "Works on 280 " + subjectA + " are ongoing.", "280", number("280"), Qualifier.EXACT,
                subjectA);
        Fact b = fact("source", "Works on 16 " + subjectB + " are ongoing.", "16", number("16"), Qualifier.EXACT,
                subjectB);
        assertEquals(same, SubjectMatcher.countedSame(a, b), lang);
        assertEquals(same, SubjectMatcher.countedSame(b, a), lang + " (symmetric)");
    }

    @Test
    void withoutASubjectTheCountedThingIsLeftToTheWordsNearBothValues() {
        Fact a = fact("article", "By 2022, 390 of the 715 public services were digital.", "390", number("390"),
                Qualifier.EXACT, "");
        Fact b = fact("source", "By 2022, 370 of the 715 public services had been moved to digital form.", "370",
                number("370"), Qualifier.EXACT, "");
        assertTrue(SubjectMatcher.countedSame(a, b));
    }

    @Test
    void programmesAreTheirOwnSubject() {
        Fact en = fact("a", "the Digital Kazakhstan programme", "Digital Kazakhstan", program("Digital Kazakhstan"),
                Qualifier.EXACT, "");
        Fact ru = fact("b", "программа «Цифровой Казахстан»", "Цифровой Казахстан", program("Digital Kazakhstan"),
                Qualifier.EXACT, "");
        assertTrue(matcher.sameSubject(en, ru));
    }

    @Test
    void englishXAndZMeetTheirRussianAndUzbekSpellings() {
        assertEquals(KeyTerms.stem(KeyTerms.fold("exports")), KeyTerms.stem(KeyTerms.fold("экспорт")));
        assertEquals(KeyTerms.stem(KeyTerms.fold("xizmat")), KeyTerms.stem(KeyTerms.fold("хизмат")));
        assertEquals(KeyTerms.stem(KeyTerms.fold("licenses")), KeyTerms.stem(KeyTerms.fold("litsenziya")));
        assertTrue(KeyTerms.stemsMatch(KeyTerms.stem(KeyTerms.fold("kazakh")), KeyTerms.stem(KeyTerms.fold("казахстана"))));
        assertFalse(KeyTerms.stemsMatch("part", "partic"), "short stems match only whole");
        assertFalse(KeyTerms.stemsMatch("2022", "20221"));
    }

    @Test
    void evidenceCountsWordsNearTheValueAndSharedNumbersAcrossLanguages() {
        Fact en = fact("a", "The number of IT companies rose from 147 in 2017 to 1,600 in 2025, and the sector now "
                + "provides more than 24,000 jobs.", "24,000", number("24000"), Qualifier.MORE_THAN, "jobs");
        Fact ru = fact("b", "Число IT-компаний выросло со 147 в 2017 году до 1600 в 2025 году, количество рабочих мест "
                + "превысило 24 000.", "24 000", number("24000"), Qualifier.MORE_THAN, "количество рабочих мест");
        SubjectEvidence ev = matcher.evidence(en, ru);
        assertEquals(0, ev.local(), "no word near the value survives translation");
        assertEquals(2, ev.figures(), "147 and 1600");
        assertEquals(3.0, ev.numbers(), 1e-9, "two figures and two years at half weight");
        assertEquals(ev.score(), matcher.evidence(ru, en).score(), 1e-9);

        Fact certificates = fact("c", "In its first phase more than 2.5 million people took part, at least 1.5 million "
                + "received certificates.", "1.5 million", number("1500000"), Qualifier.AT_LEAST, "");
        Fact source = fact("d", "First phase: about 1.17 million participants received certificates.", "1.17 million",
                number("1170000"), Qualifier.APPROX, "participants");
        assertTrue(matcher.evidence(certificates, source).local() >= 2, "received certificates");
        assertEquals(java.util.Set.of("reseiv", "sertif"), SubjectMatcher.local(fact("e",
                "A; at least 1.5 million received certificates: B", "1.5 million", number("1500000"),
                Qualifier.AT_LEAST, "")), "the window stops at ; and :");
    }

    @Test
    void foldingMergesScriptsAndApostrophes() {
        assertEquals(KeyTerms.fold("kazakhstan"), KeyTerms.fold("казахстан"));
        assertEquals(KeyTerms.fold("o‘zbekiston"), KeyTerms.fold("ўзбекистон"));
        assertEquals(KeyTerms.fold("o'zbekiston"), KeyTerms.fold("oʻzbekiston"));
        assertEquals(KeyTerms.stem(KeyTerms.fold("companies")), KeyTerms.stem(KeyTerms.fold("компаний")));
        assertEquals("2503060", KeyTerms.number("2,503,060"));
        assertEquals("82000", KeyTerms.number("82 000"));
        assertEquals("6.5", KeyTerms.number("6,5"));
        assertEquals(java.util.List.of("it", "specialists", "2022", "2024"),
                KeyTerms.words("the IT specialists in 2022 and 2024"));
    }
}
