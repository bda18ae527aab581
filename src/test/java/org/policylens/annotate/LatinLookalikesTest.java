package org.policylens.annotate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.policylens.model.Language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A text layer that spelled Cyrillic print with Latin look-alikes: recognised with the language it spells, its fact
 * words read back beside their figures in a view of the same length; genuine Latin text is never taken for one.
 */
class LatinLookalikesTest {
    /** Spelled words (digits 3, 6, 0 between Latin letters), enough to make a layer one. */
    static final String SPELLED = " Y36eKHCTOH Pecny6JJHKacu 6upnaWM3CH TapKe6uJJ.aru Cys 3aMuH 6ymu4a Y36eKHCTOH"
            + " Pecny6JJHKacu 6upnaWM3CH TapKe6uJJ.aru 3apyp Ma6narnapHM 6eJirHnaHCHH.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            uz-Cyrl # 2018 HHJI 27 .n.eKa6p.n.arH ITK,-4087-coH I\\apopH
            ru # 2018 ro.na 27 .n.eKa6pn nocTaHoBJIeHHe
            kk # 2018 )l(bIJIFbI 27 .n.eKa6p
            """)
    void recognisesTheLanguageALayerSpells(String language, String sentence) {
        assertEquals(Language.fromCode(language), LatinLookalikes.language(sentence + SPELLED));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "In 2019 the Airbus A380 and 3D printers with COVID19 tests cost USD 6 million; the B2B market grew.",
            "2019 yil 27 dekabrdagi PQ-4087-son qarori bilan 2020 yil 1 apreldan 8 mln so'm subsidiya ajratildi.",
            "O'zbekiston Respublikasi Vazirlar Mahkamasining 2019 yil 6 fevraldagi 103-son qarori, 2030 yillarda.",
    })
    void genuineLatinTextIsNone(String sentence) {
        assertNull(LatinLookalikes.language((sentence + " ").repeat(20)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '#', textBlock = """
            uz-Cyrl # 2018 HHJI 27 .n.eKa6p.n.arn ITK,-4087-coH # 2018 йил  27 декабр           ПҚ-4087-сон
            uz-Cyrl # 497-coH I\\apopH # 497-сон қарор
            uz-Cyrl # 2018 H:nn 20 ceHn16p;::i;ar11 748-coH # 2018 йил  20 сентябр          748-сон
            uz-Cyrl # 8 MJlH cyM ajratish # 8 млн сўм  ajratish
            uz-Cyrl # n<P- 5742-COH # ПФ-5742-сон
            uz-Cyrl # 2021 MHJI 1 monb # 2021 йил  1 июл
            uz-Cyrl # N!! 497 # №   497
            ru # 2018 ro.na 27 .n.eKa6pR # 2018 года  27 декабр
            """)
    void readsBackTheWordsBesideFigures(String language, String spelled, String read) {
        String view = LatinLookalikes.restore(spelled, Language.fromCode(language));
        assertEquals(spelled.length(), view.length());
        assertEquals(read, view.strip());
    }

    @Test
    void aWordTooUnlikeStaysUnreadAndAFigureKeepsItsDigits() {
        // Ky6 (куб) is no руб, 10 ipoJil3JIH no July; 46 048,35 and 2019 are figures
        assertEquals("100 млн  Kyб M. 10 ipoJilзJIH 46 048,35",
                LatinLookalikes.restore("100 MJIH Ky6 M. 10 ipoJil3JIH 46 048,35", Language.UZ_CYRL));
    }

    @Test
    void spelledWordsBecomeAllLetters() {
        assertEquals("бииp бeJirHnaHCHH иъъapopии, YзбeKHCTOH. 5-6 10% 0,5",
                LatinLookalikes.restore("611p 6eJirHnaHCHH 1<;apop11, Y36eKHCTOH. 5-6 10% 0,5", Language.UZ_CYRL));
    }

    @Test
    void aLookalikeDigitBetweenUnreadWordsIsAWordFragment() {
        assertEquals("бuJiae б o FJIHи' бH aH бо HK PECIIY ии KU 1 апрел   8 млн сўм  6 Ta, 16 HK",
                LatinLookalikes.restore("6uJiae 6 o FJIH1' 6H aH 60 HK PECIIY 11 KU 1 anpenra 8 MJlH cyM 6 Ta, 16 HK",
                        Language.UZ_CYRL));
    }
}
