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

public class AnalyzersTest {
    /** The terms an analyzer makes of a text (other packages' tests read analyzers through it too). */
    public static List<String> tokens(Analyzer a, String text) throws IOException {
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
        // keyed: х and ҳ (x, h) alike, and ye as e, the spellings Kazakh Latin gives them (see the next tests)
        assertEquals(List.of("er", "galla", "hokimiyat", "shahar", "choy", "yoshlar", "yuridik", "yangi", "sensiya",
                        "poezd", "halq", "mano"),
                tokens(Analyzers.FOLD, "Ер ғалла ҳокимият шаҳар чой ёшлар юридик янги сенция поезд халқ маъно"));
        assertEquals(tokens(Analyzers.FOLD, "Yer g'alla hokimiyat shahar choy yoshlar yuridik yangi sensiya poyezd xalq "
                + "ma'no obyekt"), tokens(Analyzers.FOLD, "Ер ғалла ҳокимият шаҳар чой ёшлар юридик янги сенция поезд "
                + "халқ маъно объект"));
    }

    @Test
    void kazakhScriptsFold() throws IOException {
        assertEquals(List.of("qazaqstan", "respublikasy"), tokens(Analyzers.FOLD, "ҚАЗАҚСТАН Республикасы"));
        // the fold applies Uzbek rules first, then the Kazakh-only letters
        assertEquals(tokens(Analyzers.FOLD, "Qazaqstan Mädeni Ükimet"), tokens(Analyzers.FOLD, "Қазақстан Мәдени Үкімет"));
    }

    @Test
    void kazakhWordsWithoutKazakhOnlyLettersMeetTheirLatinSpellings() throws IOException {
        // маусым (June) has no Kazakh-only letter, so it takes the shared table: its ы must still be y
        String cyrillic = "маусым тамыз мамыр наурыз жылы Республикасы";
        List<String> expected = List.of("mausym", "tamyz", "mamyr", "nauryz", "jyly", "respublikasy");
        assertEquals(expected, tokens(Analyzers.FOLD, cyrillic));
        assertEquals(expected, tokens(Analyzers.FOLD, "maýsym tamyz mamyr naýryz jyly Respýblıkasy")); // 2018
        assertEquals(expected, tokens(Analyzers.FOLD, "mausym tamyz mamyr nauryz jyly Respublikasy")); // 2021
        // and a word with Kazakh-only letters next to them still takes the Kazakh table
        assertEquals(tokens(Analyzers.FOLD, "2024 jylğy 15 mausym"), tokens(Analyzers.FOLD, "2024 жылғы 15 маусым"));
        assertEquals(tokens(Analyzers.FOLD, "2024 jylǵy 15 maýsym"), tokens(Analyzers.FOLD, "2024 жылғы 15 маусым"));
    }

    @Test
    void kazakhWordsWithYeAndKhaMeetTheirLatinSpellings() throws IOException {
        // ел, ереже, хабар have no Kazakh-only letter: the Uzbek alphabet spells them yel, yereje, xabar; Kazakh Latin
        // (2021 and 2018) el, ereje, habar; the key is one
        List<String> cyrillic = tokens(Analyzers.FOLD, "Ел ереже хабар объект ескерту");
        assertEquals(List.of("el", "ereje", "habar", "obekt", "eskertu"), cyrillic);
        assertEquals(cyrillic, tokens(Analyzers.FOLD, "El ereje habar obekt eskertu"));
        // and a form with a Kazakh-only letter keeps the stem of the form without one (prefix and wildcard queries)
        assertEquals(List.of("habarlagany", "elinin"), tokens(Analyzers.FOLD, "хабарлағаны елінің"));
        assertEquals(List.of("habarlagany", "elinin"), tokens(Analyzers.FOLD, "habarlağany eliniñ"));
    }

    @Test
    void tseFollowsTheLatinAlphabetOfItsWord() throws IOException {
        // Kazakh 2021: ц is s, in words without a Kazakh-only letter (word-initial) and with one (after a vowel)
        // (and я, Kazakh ia, is keyed ya as in Uzbek and Russian)
        assertEquals(List.of("sifrlyq", "qazaqstan", "polisiyanyn"), tokens(Analyzers.FOLD, "Цифрлық Қазақстан полицияның"));
        assertEquals(tokens(Analyzers.FOLD, "polisiianyñ"), tokens(Analyzers.FOLD, "полицияның"));
        assertEquals(tokens(Analyzers.FOLD, "Sifrlyq Qazaqstan"), tokens(Analyzers.FOLD, "ЦИФРЛЫҚ ҚАЗАҚСТАН"));
        // Uzbek Latin: ts after a vowel, s elsewhere (litsenziya, konsepsiya, sirk, aksiya, stansiya)
        assertEquals(List.of("litsenziya", "konsepsiya", "sirk", "aksiya", "stansiya", "investitsiya"),
                tokens(Analyzers.FOLD, "лицензия концепция цирк акция станция инвестиция"));
        assertEquals(tokens(Analyzers.FOLD, "Litsenziya konsepsiyasi"), tokens(Analyzers.FOLD, "Лицензия концепцияси"));
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
