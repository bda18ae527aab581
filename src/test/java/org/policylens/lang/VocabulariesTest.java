package org.policylens.lang;

import org.junit.jupiter.api.Test;
import org.policylens.index.analysis.Analyzers;
import org.policylens.model.Language;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VocabulariesTest {
    @Test
    void theLongestMonthPrefixOfAnyLanguageNamesTheMonth() {
        Map<String, Integer> months = Map.of("маусым", 6, "мамырда", 5, "мая", 5, "мартда", 3, "iyun", 6, "May", 5,
                "sentyabrda", 9, "декабря", 12, "maýsym", 6, "шілдедегі", 7);
        months.forEach((word, month) -> assertEquals(month, Vocabularies.monthOf(word), word));
    }

    @Test
    void everyLanguageAndScriptHasOneVocabulary() {
        for (Language l : Language.values()) {
            if (l != Language.UNKNOWN) {
                assertEquals(l, Vocabularies.of(l).language());
            }
        }
    }

    /** A word list of Uzbek Cyrillic has each word's Latin twin in Uzbek Latin: the two scripts do not drift apart. */
    @Test
    void uzbekCyrillicWordsHaveTheirLatinTwins() {
        List<Function<Vocabulary, List<String>>> fields = List.of(Vocabulary::inflections, Vocabulary::cueCaseEndings,
                Vocabulary::nonNouns, v -> v.documentCues().starts(), v -> v.documentCues().keywordWords(),
                v -> List.of(v.referenceWords().split("\\|")), v -> List.of(v.pageWords().split("\\|")));
        for (Function<Vocabulary, List<String>> field : fields) {
            List<String> latin = field.apply(Vocabularies.UZBEK_LATIN);
            for (String cyrillic : field.apply(Vocabularies.UZBEK_CYRILLIC)) {
                String twin = Transliteration.toLatin(cyrillic);
                // саҳифа and сахифа are both written; the Latin alphabet has one spelling
                assertTrue(latin.contains(twin) || latin.contains(twin.replace('x', 'h')), cyrillic + " → " + twin);
            }
        }
    }

    @Test
    void oneTransliterationForUzbekAndKazakhWords() {
        assertEquals("o'zbekiston", Transliteration.toLatin("ўзбекистон"));
        assertEquals("yer", Transliteration.toLatin("ер"));
        assertEquals("şılde", Transliteration.toLatin("шілде"));
        assertEquals("ükımet", Transliteration.toLatin("үкімет"));
        assertEquals("shılde", Transliteration.searchKey("шілде"));
        assertEquals("shilde", Transliteration.searchKey("şilde"));
        assertEquals("mausym", Transliteration.searchKey("maýsym"));
    }

    @Test
    void kazakhCyrillicAnd2018And2021LatinFoldToOneIndexTerm() throws IOException {
        String cyrillic = String.join(" ", tokens(Analyzers.FOLD, "шілде Үкіметінің"));
        assertEquals(cyrillic, String.join(" ", tokens(Analyzers.FOLD, "şilde Ükimetiniñ")));
        assertEquals(cyrillic, String.join(" ", tokens(Analyzers.FOLD, "shilde Úkimetiniń")));
        // zanorda.kz writes a Cyrillic і inside Latin words
        assertEquals(cyrillic, String.join(" ", tokens(Analyzers.FOLD, "shilde Úkіmetіnіń")));
    }

    private static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }
}
