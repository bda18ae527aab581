package org.policylens.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.policylens.index.analysis.Analyzers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AnalyzersTest {
    static List<String> tokens(Analyzer a, String text) throws IOException {
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

    @Test
    void uzbekSpellingsAndScriptsFoldToOneLatinForm() throws IOException {
        for (String s : List.of("Raqamli O‘zbekiston", "Raqamli O'zbekiston", "Raqamli Oʻzbekiston",
                "Рақамли Ўзбекистон", "RAQAMLI O`ZBEKISTON", "Raqamli O’zbekiston", "Raqamli Oʼzbekiston")) {
            assertEquals(List.of("raqamli", "ozbekiston"), tokens(Analyzers.FOLD, s), s);
        }
    }

    @Test
    void uzbekCyrillicLettersFollowTheOfficialLatinAlphabet() throws IOException {
        assertEquals(List.of("yer", "galla", "hokimiyat", "shahar", "choy", "yoshlar", "yuridik", "yangi", "sentsiya",
                        "poyezd", "xalq", "mano"),
                tokens(Analyzers.FOLD, "Ер ғалла ҳокимият шаҳар чой ёшлар юридик янги сенция поезд халқ маъно"));
    }

    @Test
    void kazakhScriptsFold() throws IOException {
        assertEquals(List.of("qazaqstan", "respublikasi"), tokens(Analyzers.FOLD, "ҚАЗАҚСТАН Республикасы"));
        // the fold applies Uzbek rules first, then the Kazakh-only letters
        assertEquals(tokens(Analyzers.FOLD, "Qazaqstan Mädeni Ükimet"), tokens(Analyzers.FOLD, "Қазақстан Мәдени Үкімет"));
    }

    @Test
    void russianStemsAndFoldsYo() throws IOException {
        assertEquals(tokens(Analyzers.RUSSIAN, "программа"), tokens(Analyzers.RUSSIAN, "программы"));
        assertEquals(tokens(Analyzers.RUSSIAN, "программой"), tokens(Analyzers.RUSSIAN, "программах"));
        assertEquals(tokens(Analyzers.RUSSIAN, "ещё"), tokens(Analyzers.RUSSIAN, "еще"));
    }

    @Test
    void englishStemsAndDropsPossessives() throws IOException {
        assertEquals(List.of("contractor", "minimum", "wage"), tokens(Analyzers.ENGLISH, "Contractor's minimum wages"));
        assertEquals(tokens(Analyzers.ENGLISH, "policy"), tokens(Analyzers.ENGLISH, "policies"));
    }

    @Test
    void groupedNumbersGiveTheSameTokensInEveryLanguage() throws IOException {
        assertEquals(List.of("2", "503", "060"), tokens(Analyzers.FOLD, "2,503,060"));
        assertEquals(List.of("2", "503", "060"), tokens(Analyzers.FOLD, "2 503 060"));
    }
}
