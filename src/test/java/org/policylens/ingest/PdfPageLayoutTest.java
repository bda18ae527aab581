package org.policylens.ingest;

import org.junit.jupiter.api.Test;
import org.policylens.model.Span;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfPageLayoutTest {

    /** Builds the parse output of pages given as lists of paragraphs. */
    private static PdfPageLayout.Result rebuild(List<List<String>> pages) {
        StringBuilder text = new StringBuilder();
        List<Span> paragraphs = new ArrayList<>();
        List<Span> pageSpans = new ArrayList<>();
        for (List<String> page : pages) {
            int pageStart = text.length();
            for (String p : page) {
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                paragraphs.add(new Span(text.length(), text.length() + p.length()));
                if (pageSpans.size() == pages.indexOf(page) && paragraphs.size() > 0 && p == page.get(0)) {
                    pageStart = text.length();
                }
                text.append(p);
            }
            pageSpans.add(new Span(pageStart, text.length()));
        }
        return PdfPageLayout.rebuild(text.toString(), paragraphs, pageSpans);
    }

    @Test
    void runningHeadersPrintCodesPageNumbersAndRotatedTextAreFurniture() {
        var r = rebuild(List.of(
                List.of("12854 Federal Register / Vol. 84, No. 63 / Tuesday, April 2, 2019 / Presidential Documents",
                        "The rates of basic pay are increased by 1.4 percent.",
                        "VerDate Sep<11>2014 23:05 Apr 01, 2019 Jkt 247001 PO 00000 Frm 00002 Fmt 4705 Sfmt 4790",
                        "S D", "O C", "O 0", "K 4T", "2"),
                List.of("12855 Federal Register / Vol. 84, No. 63 / Tuesday, April 2, 2019 / Presidential Documents",
                        "Locality payments of 17.19 percent apply.",
                        "VerDate Sep<11>2014 23:05 Apr 01, 2019 Jkt 247001 PO 00000 Frm 00003 Fmt 4705 Sfmt 4790",
                        "3")));
        assertFalse(r.text().contains("Federal Register"), r.text());
        assertFalse(r.text().contains("VerDate"), r.text());
        assertFalse(r.text().contains("O C"), r.text());
        assertEquals("The rates of basic pay are increased by 1.4 percent.\n\nLocality payments of 17.19 percent apply.", r.text());
        assertTrue(r.furniture().contains("3"));
        assertTrue(r.furniture().stream().anyMatch(f -> f.startsWith("12855 Federal Register")));
        assertEquals(2, r.pages().size());
    }

    /** The page words of every vocabulary (English, Russian, Uzbek and Kazakh in both scripts) make a page number line. */
    @Test
    void aPageNumberLineInAnyLanguageIsFurniture() {
        for (String footer : List.of("Page 2 of 9", "p. 2", "Стр. 2 из 9", "Страница 2", "Sahifa 2", "Саҳифа 2",
                "Сахифа 2", "Бет 2", "Bet 2", "2 / 9")) {
            var r = rebuild(List.of(List.of("The agency hired 40 people.", footer)));
            assertTrue(r.furniture().contains(footer), footer);
            assertEquals("The agency hired 40 people.", r.text(), footer);
        }
        var r = rebuild(List.of(List.of("The agency hired 40 people.", "Chapter 2 of 9")));
        assertTrue(r.text().contains("Chapter 2 of 9"), r.text());
    }

    @Test
    void aTitleEndingInItsPageNumberIsAFooterEvenOnAPageOfItsOwn() {
        var r = rebuild(List.of(
                List.of("Chief Information Officers Council", "The agencies bought 40 licences."),
                List.of("Rolling out networks takes years.", "Innovation Committee White Paper: Networks of the Future 2")));
        assertFalse(r.text().contains("Networks of the Future"), r.text());
        assertTrue(r.furniture().contains("Innovation Committee White Paper: Networks of the Future 2"));
    }

    @Test
    void aSentenceCutAtThePageFootAfterASmallNumberIsContent() {
        var r = rebuild(List.of(
                List.of("The report covers agencies.", "In the first year the agency hired 2"),
                List.of("new staff for the office.", "Other text follows here.")));
        assertTrue(r.text().contains("the agency hired 2 new staff"), r.text());
    }

    @Test
    void theSameSentenceNearTheTopsOfTwoOfFourPagesIsContent() {
        var r = rebuild(List.of(
                List.of("Header of the review", "In 2020 the budget grew.", "Second paragraph of page one."),
                List.of("Header of the review", "Exports rose.", "Second paragraph of page two."),
                List.of("Header of the review", "In 2020 the budget grew.", "Second paragraph of page three."),
                List.of("Header of the review", "Imports fell.", "Second paragraph of page four.")));
        assertEquals(2, r.text().split("In 2020 the budget grew\\.", -1).length - 1, r.text());
        assertFalse(r.text().contains("Header of the review"));
    }

    @Test
    void linesCutMidSentenceAreJoinedAcrossPagesAndLayoutLines() {
        var r = rebuild(List.of(
                List.of("The government allocated USD 1", "billion and the deficit fell by", "-5% last year.", "7"),
                List.of("8", "while the number of jobs reached 2.5", "million.")));
        assertEquals("The government allocated USD 1 billion and the deficit fell by -5% last year.", r.paragraphs().get(0).of(r.text()));
        assertEquals(2, r.paragraphs().size(), r.text());
    }

    /** A line ending in a connector goes on, in every language, even when the next line opens with a capital. */
    @Test
    void aLineEndingInAConnectorGoesOnBeforeACapital() {
        for (List<String> lines : List.of(
                List.of("the Special Supplemental Nutrition Program for Women, Infants and", "Children; and the website."),
                List.of("постановлением Кабинета Министров и", "Министерства финансов утверждён порядок."),
                List.of("Vazirlar Mahkamasi va", "Moliya vazirligi tartibni tasdiqladi."),
                List.of("Вазирлар Маҳкамаси ва", "Молия вазирлиги тартибни тасдиқлади."),
                List.of("Үкімет және", "Қаржы министрлігі тәртіпті бекітті."))) {
            var r = rebuild(List.of(lines));
            assertEquals(1, r.paragraphs().size(), r.text());
            assertEquals(String.join(" ", lines), r.text());
        }
        // a heading line does not end in a connector: the next paragraph stays apart
        assertEquals(2, rebuild(List.of(List.of("Strengths", "The team delivered the platform."))).paragraphs().size());
    }

    /** Uzbek, Russian and English tables whose total row closes every page, under a registry stamp on every page. */
    @Test
    void aTotalRowAtTheFootOfEveryPageIsContentWhileTheStampBelowItIsFurniture() {
        for (String total : List.of("Жами:", "Итого:", "Total:")) {
            var r = rebuild(List.of(
                    List.of("1 Андижон 99 14 99", "2 Бухоро 131 12 131", total + " 14508,4 2933,4 4075,0 7500,0",
                            "ҚҲММБ: 09/18/984/2272-сон 05.12.2018 й."),
                    List.of("3 Жиззах 116 16 116", "4 Наманган 152 13 152", total + " 10328,1 638,1 6390,0 3300,0",
                            "ҚҲММБ: 09/18/984/2272-сон 05.12.2018 й.")));
            assertTrue(r.text().contains(total + " 14508,4 2933,4"), r.text());
            assertTrue(r.text().contains(total + " 10328,1 638,1"), r.text());
            assertFalse(r.text().contains("ҚҲММБ"), r.text());
        }
    }

    @Test
    void aYearAloneOnACoverIsNotAPageNumber() {
        var r = rebuild(List.of(List.of("2020", "Key takeaways of the report.")));
        assertTrue(r.text().startsWith("2020"), r.text());
    }
}
