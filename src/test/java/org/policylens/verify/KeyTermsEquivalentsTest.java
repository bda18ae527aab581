package org.policylens.verify;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Words naming the same thing across English, Russian and Uzbek (both scripts) fold to one stem, inflected too. */
class KeyTermsEquivalentsTest {
    private static String stem(String word) {
        return KeyTerms.tokens(word).get(0).stem();
    }

    @ParameterizedTest(name = "{0} = {1} = {2} = {3}")
    @CsvSource({
            "projects, проектов, loyihalarni, лойиҳаларни",
            "priority, приоритетных, ustuvor, устувор",
            "information, информационных, axborot, ахборот",
            "systems, систем, tizimlari, тизимлари",
            "regions, регионах, hududlarida, ҳудудларида",
            "schools, школ, maktablarga, мактабларга",
            "payments, платежей, to'lovlarni, тўловларни",
            "cotton, хлопка, paxta, пахта",
            "share, долю, ulushini, улушини",
            "teachers, учителей, o'qituvchilarga, ўқитувчиларга",
            "healthcare, здравоохранения, sog'liqni, соғлиқни",
            "distance, дистанционного, masofaviy, масофавий",
            "centres, центров, markazlarida, марказларида",
            "youth, молодёжи, yoshlarga, ёшларга",
    })
    void aThingIsOneStemInEveryLanguage(String en, String ru, String uzLatn, String uzCyrl) {
        String s = stem(en);
        assertEquals(s, stem(ru), ru);
        assertEquals(s, stem(uzLatn), uzLatn);
        assertEquals(s, stem(uzCyrl), uzCyrl);
    }

    @Test
    void otherWordsKeepTheirOwnStems() {
        // "tolali" (of fibre) is not "to'lov" (payment); units keep their own merging
        assertNotEquals(stem("to'lov"), stem("tolali"));
        assertNotEquals(stem("projects"), stem("programmers"));
        assertEquals("kilome", stem("km"));
        assertEquals("univer", stem("университет"));
        // people counted the same way in every country's education figures are not folded across languages: an
        // Uzbek "15 mingga yaqin mutaxassis" must not meet a claim about Kazakhstan's 15,000 specialists
        assertNotEquals(stem("specialists"), stem("mutaxassislar"));
        assertNotEquals(stem("students"), stem("talabalar"));
        // Kazakh has a word for youth in the table; its "орталық" (centre) also means "central" and is left out
        assertEquals(stem("youth"), stem("жастар"));
        assertNotEquals(stem("centre"), stem("орталық"));
    }

    @Test
    void aStemClaimedByTwoThingsIsAnErrorInTheFile() {
        assertThrows(IllegalStateException.class, () -> KeyTerms.Equivalents.parse(List.of(
                "project\tloyiha", "plan\tloyiha")));
    }

    @Test
    void aQueryGetsTheCountedThingsInTheOtherLanguages() {
        // an English sentence ranks the Uzbek and Russian passages stating its counted things; other words stay as they are
        List<String> en = KeyTerms.wordsWithEquivalents("connected schools and hospitals to the internet");
        assertTrue(en.containsAll(List.of("schools", "maktab", "мактаб", "школа", "shifoxona", "больница", "internet")), en.toString());
        List<String> uz = KeyTerms.wordsWithEquivalents("maktablar internetga ulandi");
        assertTrue(uz.containsAll(List.of("maktablar", "school", "школа")), uz.toString());
        assertEquals(List.of("internet", "speed"), KeyTerms.wordsWithEquivalents("internet speed").subList(0, 2));
    }
}
