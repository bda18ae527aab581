package org.policylens.index;

import org.junit.jupiter.api.Test;
import org.policylens.model.Span;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PassageSplitterTest {
    private final PassageSplitter splitter = new PassageSplitter(100);

    @Test
    void shortParagraphsAreWholePassagesTrimmed() {
        String text = "  First one. \n\n Second one.\n";
        assertEquals(List.of(new Span(2, 12), new Span(16, 27)), splitter.split(text, List.of()));
        assertEquals(List.of(new Span(2, 12)), splitter.split(text, List.of(new Span(0, 14))));
    }

    @Test
    void longParagraphsAreCutAtSentenceEndsWithinTheLimit() {
        String sentence = "This sentence has exactly forty chars. "; // 39 chars
        String text = sentence.repeat(6).trim();
        List<Span> passages = splitter.split(text, List.of(new Span(0, text.length())));
        assertEquals(3, passages.size());
        for (Span p : passages) {
            assertTrue(p.length() <= 100, p.toString());
            assertTrue(p.of(text).endsWith("."), p.of(text));
        }
        assertEquals(text.length(), passages.get(passages.size() - 1).end());
    }

    @Test
    void aSentenceLongerThanAWindowIsCutAtWhitespace() {
        String text = "word ".repeat(70).trim();
        List<Span> passages = splitter.split(text, List.of());
        assertTrue(passages.size() >= 4);
        int covered = 0;
        for (Span p : passages) {
            assertTrue(p.length() <= 100);
            assertTrue(p.of(text).startsWith("word") && p.of(text).endsWith("word"), p.of(text));
            covered += p.of(text).split(" ").length;
        }
        assertEquals(70, covered);
    }

    @Test
    void paragraphsOutsideTheTextAreIgnored() {
        assertEquals(List.of(), splitter.split("short", List.of(new Span(0, 50))));
        assertEquals(List.of(), splitter.split("   ", List.of()));
    }
}
