package org.policylens.ingest;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineUnwrapperTest {
    private static List<String> texts(String block) {
        return LineUnwrapper.unwrap(block).stream().map(LineUnwrapper.Para::text).toList();
    }

    @Test
    void joinsWrappedEnglishSentence() {
        assertEquals(List.of("By the authority vested in me as President by the Constitution and the laws of the United "
                        + "States of America, including section 704 of Public Law 101-194, it is ordered:"),
                texts("""
                        By the authority vested in me as President by the Constitution and the laws of the United
                        States of America, including section 704 of Public Law 101-194, it is ordered:
                        """));
    }

    @Test
    void keepsSentenceEndsListItemsAndShortHeadings() {
        List<String> out = texts("""
                General provisions
                The ministry shall publish the register of programmes every year in the official
                gazette and on its website.
                (a) the first item of a list that is long enough to reach the wrapping width;
                (b) the second item.
                """);
        assertEquals(List.of("General provisions",
                "The ministry shall publish the register of programmes every year in the official gazette and on its website.",
                "(a) the first item of a list that is long enough to reach the wrapping width;",
                "(b) the second item."), out);
    }

    @Test
    void repairsBrokenUzbekWordsAndHyphenatedYears() {
        assertEquals(List.of("Oʻzbekiston Respublikasining buxgalteriya hisobi toʻgʻrisidagi qonuni 2013-yil qabul qilindi."),
                texts("Oʻ\nzbekiston Respublikasining buxgalteriya hisobi to\nʻgʻrisidagi qonuni 2013-\nyil qabul qilindi.\n"));
    }

    @Test
    void allCapsTitleLinesJoinButNotIntoTheBody() {
        List<String> out = texts("""
                МОЛИЯВИЙ ҲИСОБ ТИЗИМИНИ ХАЛҚАРО ТАЛАБ ВА СТАНДАРТЛАРГА МУВОФИҚ
                ТАКОМИЛЛАШТИРИШ ЧОРА-ТАДБИРЛАРИ ТЎҒРИСИДА
                Мамлакатимизда молиявий ҳисоб тизимига халқаро стандартларни кенг жорий қилиш
                ҳамда уларни амалга ошириш мақсадида қарор қиламан:
                """);
        assertEquals(2, out.size(), out.toString());
        assertTrue(out.get(0).endsWith("ТЎҒРИСИДА"));
    }

    @Test
    void blankLinesAlwaysSeparateAndAreFlagged() {
        var paras = LineUnwrapper.unwrap("first paragraph without a full stop and long enough to count\n\n"
                + "second paragraph\n");
        assertEquals(2, paras.size());
        assertFalse(paras.get(0).afterBlankLine());
        assertTrue(paras.get(1).afterBlankLine());
    }

    @Test
    void cleanLineDropsControlCharactersAndCollapsesSpaces() {
        assertEquals("a b c", LineUnwrapper.cleanLine("\u0000  a \t b\u0002  c  "));
    }

    @Property(tries = 2000)
    void splitsLinesAsTheLineBreakRegexDoes(@ForAll @StringLength(max = 12) @Chars({'a', ' ', '\r', '\n', '\u2028', '\u2029', '\u0085'}) String text) {
        assertEquals(List.of(text.split("\r\n|\r|\n|\u2028|\u2029", -1)), LineUnwrapper.lines(text));
    }

    @Property(tries = 2000)
    void cleanLineKeepsAlreadyCleanLinesAndSqueezesTheRest(
            @ForAll @StringLength(max = 10) @Chars({'a', 'я', ' ', ' ', '\t', '\u00A0', '\u2009', '\u00AD', '\uFEFF', '\u0002', '\u007F', '\u0085', 'ʻ'}) String line) {
        assertEquals(LineUnwrapper.squeeze(line), LineUnwrapper.cleanLine(line));
    }
}
