package org.policylens.annotate;

import org.junit.jupiter.api.Test;
import org.policylens.model.Language;
import org.policylens.model.Span;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenNlpAnnotatorTest {
    private static final OpenNlpAnnotator ANNOTATOR = new OpenNlpAnnotator();

    private static List<String> sentences(String text, Language lang) {
        AnnotatedText at = ANNOTATOR.annotate(text, lang);
        return at.sentences().stream().map(s -> s.of(text)).toList();
    }

    private static List<String> tokens(String text, Language lang) {
        AnnotatedText at = ANNOTATOR.annotate(text, lang);
        return at.tokens().stream().map(s -> s.of(text)).toList();
    }

    @Test
    void englishDoesNotSplitAfterAbbreviationsInitialsOrNumbers() {
        String text = "Presidential Decree No. PF-6079 was adopted in the U.S. manner. President K. Tokayev "
                + "spoke. More than 2.5 million people, e.g. students, took part. It was signed on 10.01.2019. "
                + "Then I.Yu.Abduraxmonov left.";
        assertEquals(List.of(
                "Presidential Decree No. PF-6079 was adopted in the U.S. manner.",
                "President K. Tokayev spoke.",
                "More than 2.5 million people, e.g. students, took part.",
                "It was signed on 10.01.2019.",
                "Then I.Yu.Abduraxmonov left."), sentences(text, Language.EN));
    }

    @Test
    void englishSplitsAtBlankLinesAndListItems() {
        String text = "INTRODUCTION\n\nThe policies are:\n- IT Park;\n- One Million Programmers\n1. Resolution No. 17 "
                + "of the Cabinet of Ministers\n2. Presidential Decree No. PF-6079";
        assertEquals(List.of("INTRODUCTION", "The policies are:", "- IT Park;", "- One Million Programmers",
                "1. Resolution No. 17 of the Cabinet of Ministers", "2. Presidential Decree No. PF-6079"),
                sentences(text, Language.EN));
    }

    @Test
    void englishEtcEndsASentenceOnlyBeforeUppercase() {
        assertEquals(2, sentences("Google, Amazon, etc. The rest followed.", Language.EN).size());
        assertEquals(1, sentences("Google, Amazon, etc. and the rest followed.", Language.EN).size());
    }

    @Test
    void russianRulesKeepAbbreviationsTogether() {
        String text = "Указ Президента от 5 октября 2020 г. № УП-6079 утверждён. В 2019 г. Ш.Мирзиёев "
                + "подписал ст. 5 закона, т.е. 2,5 млн. сумов. Бюджет составил 3 млрд. Тенге не учтены.";
        List<String> s = sentences(text, Language.RU);
        assertEquals("Указ Президента от 5 октября 2020 г. № УП-6079 утверждён.", s.get(0));
        assertTrue(s.get(1).startsWith("В 2019 г. Ш.Мирзиёев подписал ст. 5 закона, т.е. 2,5 млн. сумов."), s.toString());
    }

    @Test
    void uzbekLatinRulesKeepYearAbbreviationAndInitials() {
        String text = "2022-yil 26-oktabrdagi 617-son qaror qabul qilindi. Hujjatni I. Yu. Abduraxmonov "
                + "imzoladi. Keyin 2019 y. Yanvarda boshlandi.";
        List<String> s = sentences(text, Language.UZ_LATN);
        assertEquals(List.of("2022-yil 26-oktabrdagi 617-son qaror qabul qilindi.",
                "Hujjatni I. Yu. Abduraxmonov imzoladi.", "Keyin 2019 y. Yanvarda boshlandi."), s);
    }

    @Test
    void uzbekCyrillicTreatsSingleLineBreaksAsSpaces() {
        String text = "Ўзбекистон Республикаси Президентининг 2025 йил 30 январдаги ПФ-16-сон Фармони\n"
                + "ижросини таъминлаш мақсадида қарор\nқиламан:\n1. Маълумот учун қабул қилинсин.\n"
                + "4. Республика комиссияси (Ж. Қўчқоров) ўн кун муддатда ишласин.";
        List<String> s = sentences(text, Language.UZ_CYRL);
        assertEquals(3, s.size(), s.toString());
        assertTrue(s.get(2).contains("(Ж. Қўчқоров) ўн кун"), s.toString());
    }

    @Test
    void tokensKeepIdsNumbersDatesAndApostropheWords() {
        for (Language lang : List.of(Language.EN, Language.RU, Language.UZ_LATN, Language.UZ_CYRL)) {
            List<String> t = tokens("PF-6079 dan 2,503,060 kishi 10.01.2019 Oʻzbekiston “UZ coders” U.S.", lang);
            assertTrue(t.containsAll(List.of("PF-6079", "2,503,060", "10.01.2019", "Oʻzbekiston", "“", "UZ",
                    "coders", "”", "U.S.")), lang + ": " + t);
        }
    }

    @Test
    void englishTokensSplitPunctuationTheModelLeavesAttached() {
        List<String> t = tokens("Coursera's report (2024) on “Digital Kazakhstan”.", Language.EN);
        assertTrue(t.containsAll(List.of("(", "2024", ")", "“", "Digital", "Kazakhstan", "”", ".")), t.toString());
    }

    @Test
    void spansAreOrderedAndInsideTheirSentences() {
        String text = "First one. Second one; Uz.koders and uzbekcoders.uz!\n\nThird.";
        for (Language lang : Language.values()) {
            AnnotatedText at = ANNOTATOR.annotate(text, lang);
            int last = 0;
            for (Span t : at.tokens()) {
                assertTrue(t.start() >= last, lang + " tokens overlap");
                Span s = at.sentenceAt(t.start());
                assertTrue(s.contains(t), lang + " token crosses a sentence: " + t.of(text));
                last = t.end();
            }
        }
    }

    @Test
    void emptyAndBlankTextsGiveNothing() {
        assertEquals(0, ANNOTATOR.annotate("", Language.EN).sentences().size());
        assertEquals(0, ANNOTATOR.annotate(" \n\n ", Language.RU).tokens().size());
        assertEquals(0, ANNOTATOR.annotate("   ", null).tokens().size());
    }
}
