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

import static org.junit.jupiter.api.Assertions.assertEquals;

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
