package org.policylens.extract.act;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class TriggersTest {
    private static final String[] LITERAL = {"№", "N", "PQ-", "ПП-"};
    private static final String[] FOLDED = {"resolution", "постановлени", "vazirlar", "вазирлар", "қаулы", "-i", "aa",
            "Decree"};
    private static final Triggers.Keywords KEYWORDS = new Triggers.Keywords().add(LITERAL, false).add(FOLDED, true);
    private static final List<String> TEXTS = List.of(
            "Resolution No. 827 of the Cabinet of Ministers; RESOLUTION N 5; resolution№12. Decree, decree. aaaa",
            "Постановление Кабинета Министров № 1 и ПОСТАНОВЛЕНИЕ ПП-4567; постановлением N12",
            "Vazirlar Mahkamasining 2020-yil 12-martdagi 140-son qarori, VAZIRLAR 279-I-sonli Qonuni, PQ-358",
            "Вазирлар Маҳкамасининг 2020 йил 12 мартдаги 140-сон қарори; ВАЗИРЛАР; ПП-4567",
            "Қазақстан Республикасы Үкіметінің 2019 жылғы 12 наурыздағы № 827 ҚАУЛЫСЫ, қаулысы",
            "", "N", "aaa", "№№№");

    @Test
    void onePassFindsEveryOccurrenceIndexOfFinds() {
        for (String text : TEXTS) {
            Triggers triggers = new Triggers(text, KEYWORDS);
            for (String k : LITERAL) {
                assertArrayEquals(indexOfAll(text, k), triggers.occurrences(k, false), k + " in " + text);
            }
            for (String k : FOLDED) {
                boolean folded = k.equals(k.toLowerCase(java.util.Locale.ROOT));
                String hay = folded ? triggers.lower() : text;
                assertArrayEquals(indexOfAll(hay, k), triggers.occurrences(k, folded), k + " in " + text);
            }
        }
        // overlapping occurrences are all found, as indexOf from each one's next position finds them
        assertArrayEquals(new int[]{0, 1, 2}, new Triggers("aaaa", KEYWORDS).occurrences("aa", true));
    }

    @Test
    void matchesAreThoseOfSearchingEachKeywordApart() {
        Pattern p = Pattern.compile("(?:resolution|постановлени\\p{L}*|vazirlar|вазирлар|қаулы\\p{L}*|№|N|PQ-|ПП-)"
                + "\\s*\\S*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (String text : TEXTS) {
            for (boolean caseInsensitive : new boolean[]{true, false}) {
                String[] all = concat(LITERAL, FOLDED);
                List<String> expected = spans(new Triggers(text, new Triggers.Keywords())
                        .matches(p, 40, all, caseInsensitive, true));
                List<String> actual = spans(new Triggers(text, KEYWORDS).matches(p, 40, all, caseInsensitive, true));
                assertEquals(expected, actual, text);
            }
        }
        assertFalse(spans(new Triggers(TEXTS.get(1), KEYWORDS).matches(p, 40, FOLDED, true, false)).isEmpty());
    }

    private static int[] indexOfAll(String hay, String k) {
        List<Integer> at = new ArrayList<>();
        for (int i = hay.indexOf(k); i >= 0; i = hay.indexOf(k, i + 1)) {
            at.add(i);
        }
        return at.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String[] concat(String[] a, String[] b) {
        String[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static List<String> spans(List<MatchResult> matches) {
        return matches.stream().map(m -> m.start() + "-" + m.end()).toList();
    }
}
