package org.policylens.annotate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MatchingViewTest {
    @Test
    void unifiesUzbekApostrophes() {
        assertEquals("O'zbekiston O'RQ g'oya ta'lim", MatchingView.of("Oʻzbekiston O‘RQ g’oya ta`lim"));
        assertEquals("ma'lumot ma'no", MatchingView.of("maʼlumot ma′no"));
    }

    @Test
    void makesExoticSpacesPlainAndNonBreakingHyphensAscii() {
        assertEquals("5 000 000 a b", MatchingView.of("5\u00A0000\u202F000 a\u2009b"));
        assertEquals("PF-6079 -5", MatchingView.of("PF\u20116079 \u22125"));
    }

    @Test
    void keepsEnAndEmDashesDistinct() {
        assertEquals("Uzbekistan – 2030 — x", MatchingView.of("Uzbekistan – 2030 — x"));
    }

    @Test
    void repairsLatinLookalikesInsideCyrillicWords() {
        assertEquals("Утратил силу Указом Президента", MatchingView.of("Утpатил силу Указом Пpезидента"));
        assertEquals("ПКМ", MatchingView.of("ПKМ"));
    }

    @Test
    void leavesPureLatinAndPureCyrillicWordsAlone() {
        assertEquals("Park Cape PP-357 ПП-357", MatchingView.of("Park Cape PP-357 ПП-357"));
    }

    @Test
    void repairsCyrillicLookalikesInsideMostlyLatinWords() {
        assertEquals("Programme", MatchingView.of("Progrаmme")); // Cyrillic а
    }

    @Test
    void appliesSingleCharNfkc() {
        assertEquals("ABC12", MatchingView.of("ＡＢＣ１２"));
        assertEquals("№ 17", MatchingView.of("№ 17")); // NFKC would give two chars: kept
    }

    @Property(tries = 300)
    void keepsLength(@ForAll String s) {
        assertEquals(s.length(), MatchingView.of(s).length());
    }
}
