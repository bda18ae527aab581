package org.policylens.extract.link;

import org.junit.jupiter.api.Test;
import org.policylens.annotate.AnnotatedText;
import org.policylens.extract.Candidate;
import org.policylens.extract.CandidateResolver;
import org.policylens.extract.Texts;
import org.policylens.extract.amount.AmountFinder;
import org.policylens.extract.date.DateFinder;
import org.policylens.model.Language;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FigureLinkerTest {
    private static List<Candidate> linked(String text, Language lang) {
        AnnotatedText a = Texts.annotated(text, lang);
        List<Candidate> all = new ArrayList<>(new DateFinder().find(a));
        all.addAll(new AmountFinder().find(a));
        return new FigureLinker().link(a, new CandidateResolver().resolve(all));
    }

    private static String whenOf(String text, List<Candidate> cs, String surface) {
        return Texts.bySurface(text, cs, surface).orElseThrow().when().map(d -> d.iso()).orElse("");
    }

    private static String subjectOf(String text, List<Candidate> cs, String surface) {
        return Texts.bySurface(text, cs, surface).orElseThrow().subject();
    }

    @Test
    void introductoryYearDatesEveryClause() {
        String t = "In 2025, 161,295 users registered on the platform; 93,050 studied free courses, while 300 "
                + "completed professional courses.";
        List<Candidate> cs = linked(t, Language.EN);
        assertEquals("2025", whenOf(t, cs, "161,295"));
        assertEquals("users", subjectOf(t, cs, "161,295"));
        assertEquals("2025", whenOf(t, cs, "93,050"));
        assertEquals("2025", whenOf(t, cs, "300"));
    }

    @Test
    void clauseDatePreferredOverSentenceDate() {
        String t = "Between 2020 and 2022, IT Park residents doubled service volumes to 5 trillion UZS, exports "
                + "increased to USD 140 million, and 370 of 715 government services were digitalized, serving 12 "
                + "million citizens in 2022 [9].";
        List<Candidate> cs = linked(t, Language.EN);
        assertEquals("2020/2022", whenOf(t, cs, "5 trillion UZS"));
        assertEquals("service volumes", subjectOf(t, cs, "5 trillion UZS"));
        assertEquals("2020/2022", whenOf(t, cs, "USD 140 million"));
        assertEquals("exports", subjectOf(t, cs, "USD 140 million"));
        assertEquals("2022", whenOf(t, cs, "370"));
        assertEquals("government services", subjectOf(t, cs, "715"));
        assertEquals("2022", whenOf(t, cs, "12 million"));
        assertEquals("citizens", subjectOf(t, cs, "12 million"));
    }

    @Test
    void fromToPeriodGivesStartAndEndStates() {
        String t = "From 2017 to 2025, the number of IT companies grew from 147 to 1,600, jobs exceeded 24,000, "
                + "and exports are expected to surpass USD 300 million [10].";
        List<Candidate> cs = linked(t, Language.EN);
        assertEquals("2017", whenOf(t, cs, "147"));
        assertEquals("2025", whenOf(t, cs, "1,600"));
        assertEquals("IT companies", subjectOf(t, cs, "1,600"));
        assertEquals("2025", whenOf(t, cs, "24,000"));
        assertEquals("jobs", subjectOf(t, cs, "24,000"));
        assertEquals("2025", whenOf(t, cs, "USD 300 million"));
    }

    @Test
    void neverCrossesSentences() {
        String t = "On November 21, 2019, the project was launched. During the first phase, more than 2.5 million "
                + "people participated.";
        List<Candidate> cs = linked(t, Language.EN);
        assertEquals("", whenOf(t, cs, "2.5 million"));
        assertEquals("people", subjectOf(t, cs, "2.5 million"));
    }

    @Test
    void russianAndUzbekSentences() {
        String t = "Утвердить республиканский бюджет на 1997 год по доходам в сумме 177423822 тыс. тенге.";
        List<Candidate> cs = linked(t, Language.RU);
        assertEquals("1997", whenOf(t, cs, "177423822 тыс. тенге"));

        String u = "2025-yilda platformada 161 295 nafar foydalanuvchi ro'yxatdan o'tdi.";
        List<Candidate> cu = linked(u, Language.UZ_LATN);
        assertEquals("2025", whenOf(u, cu, "161 295"));
        assertEquals("foydalanuvchi", subjectOf(u, cu, "161 295"));
    }

    @Test
    void percentSubjectFallsBackToWhatFollows() {
        String t = "Over 1.17 million received certificates, and approximately 90% were secondary school students.";
        List<Candidate> cs = linked(t, Language.EN);
        assertEquals("secondary school students", subjectOf(t, cs, "90%"));
    }
}
