package org.policylens.lang;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policylens.index.AnalyzersTest;
import org.policylens.index.analysis.Analyzers;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one transliteration spells a Kazakh word the Kazakh way and an Uzbek word the Uzbek way, in both directions. */
class TransliterationTest {
    /** Kazakh words without a Kazakh-only letter: the Cyrillic and the 2021 Latin spelling meet. */
    @ParameterizedTest
    @CsvSource({
            "халық, halyq",          // ы: Kazakh х→h, not the Uzbek x
            "сияқты, siiaqty",       // и→i, я→ia
            "дайын, daiyn",          // й→i
            "саясат, saiasat",       // neither ы nor a Kazakh-only letter: я meets ia in the key
            "жария, jariia",
            "компания, kompaniia",
            "ел, el",                // е: Uzbek ye at a word start, Kazakh e
            "ереже, ereje",
            "хабар, habar",          // х: Uzbek x, Kazakh h
            "мехнат, mehnat",
            "хат, hat",
            "ескерту, eskertu"})
    void kazakhWordsWithoutAKazakhOnlyLetterMeetTheirLatinSpelling(String cyrillic, String latin) {
        assertEquals(Transliteration.searchKey(latin), Transliteration.searchKey(cyrillic), cyrillic);
    }

    @Test
    void wordsWithYeruTakeTheKazakhAlphabet() {
        assertEquals("halyq", Transliteration.toLatin("халық"));
        assertEquals("daiyn", Transliteration.toLatin("дайын"));
        assertEquals("jyl", Transliteration.toLatin("жыл"));
    }

    /** The other direction: Uzbek Cyrillic keeps the Uzbek alphabet, and its key still meets Uzbek Latin. */
    @ParameterizedTest
    @CsvSource({
            "ер, yer, yer",
            "хизмат, xizmat, xizmat",
            "лицензия, litsenziya, litsenziya",
            "дарё, daryo, daryo",
            "сиёсат, siyosat, siyosat",
            "компания, kompaniya, kompaniya",
            "ўзбекистон, o'zbekiston, o'zbekiston"})
    void uzbekWordsKeepTheUzbekAlphabet(String cyrillic, String latin, String uzbekLatin) {
        assertEquals(latin, Transliteration.toLatin(cyrillic));
        assertEquals(Transliteration.searchKey(uzbekLatin), Transliteration.searchKey(cyrillic), cyrillic);
    }

    /** A Kazakh stem keys alike with and without a Kazakh-only letter in its word (хабар, хабарлағаны). */
    @ParameterizedTest
    @CsvSource({"хабар, хабарлағаны", "ел, елінің", "ереже, ережесіне", "хат, хатқа"})
    void aKazakhStemKeysAlikeInEveryForm(String stem, String form) {
        String key = Transliteration.searchKey(form);
        assertEquals(Transliteration.searchKey(stem), key.substring(0, Transliteration.searchKey(stem).length()), form);
        assertEquals(key, Transliteration.searchKey(Transliteration.toLatin(form)), form);
    }

    @Test
    void latinWordsWithoutTheUnifiedSpellingsPassUnchanged() {
        assertEquals("kompaniya", Transliteration.searchKey("kompaniya"));
        assertEquals("tashkent", Transliteration.searchKey("tashkent"));
        assertEquals(false, Transliteration.needsUnifying("siyosat"));
    }

    @Test
    void theFoldedIndexMeetsKazakhAndUzbekTextInEitherScript() throws IOException {
        String kazakh = String.join(" ", tokens("халық саясаты сияқты дайын"));
        assertEquals(kazakh, String.join(" ", tokens("halyq saiasaty siiaqty daiyn")));     // 2021 Latin
        assertEquals(kazakh, String.join(" ", tokens("halyq saıasaty sııaqty daıyn")));     // 2018 Latin (и, й: ı)
        assertEquals(String.join(" ", tokens("сиёсат хизмат ер")), String.join(" ", tokens("siyosat xizmat yer")));
        // е and х, which the Uzbek and Kazakh alphabets spell apart (ye, e; x, h)
        assertEquals(String.join(" ", tokens("ел ереже хабар")), String.join(" ", tokens("el ereje habar")));
        assertEquals(String.join(" ", tokens("ер ҳужжат хизмат")), String.join(" ", tokens("yer hujjat xizmat")));
    }

    private static List<String> tokens(String text) throws IOException {
        return AnalyzersTest.tokens(Analyzers.FOLD, text);
    }
}
