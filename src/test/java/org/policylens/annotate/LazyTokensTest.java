package org.policylens.annotate;

import org.junit.jupiter.api.Test;
import org.policylens.model.Language;
import org.policylens.model.Span;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LazyTokensTest {
    static final OpenNlpAnnotator ANNOTATOR = new OpenNlpAnnotator();

    @Test
    void sentenceTokensAreTheSameLazilyAndUpFrontAndCoverOnlyTheirSentence() {
        String en = "The Digital Uzbekistan 2030 strategy was approved. It covers 2.5 million people! "
                + "Resolution No. PQ-357 of August 22, 2022 set up the One Million Programmers project.";
        String ru = "Утверждена государственная программа «Цифровой Казахстан». Расходы составят 1 170 000 тенге.";
        for (var sample : List.of(new Object[]{en, Language.EN}, new Object[]{ru, Language.RU})) {
            String text = (String) sample[0];
            AnnotatedText lazy = ANNOTATOR.annotate(text, (Language) sample[1]);
            AnnotatedText upFront = new AnnotatedText(text, lazy.view(), lazy.language(), lazy.sentences(),
                    ANNOTATOR.annotate(text, (Language) sample[1]).tokens());
            List<Span> concatenated = new ArrayList<>();
            for (int i = lazy.sentences().size() - 1; i >= 0; i--) { // any order: each sentence stands alone
                Span sentence = lazy.sentences().get(i);
                List<Span> tokens = lazy.tokensOf(i);
                assertEquals(upFront.tokensOf(i), tokens);
                assertTrue(tokens.stream().allMatch(t -> t.start() >= sentence.start() && t.end() <= sentence.end()));
                concatenated.addAll(0, tokens);
            }
            assertTrue(lazy.sentences().size() >= 2);
            assertEquals(concatenated, lazy.tokens());
            assertEquals(upFront.tokens(), lazy.tokens());
        }
    }

    @Test
    void sentenceIndexIsMinusOneOutsideEverySentence() {
        AnnotatedText at = new AnnotatedText("ab  cd", "ab  cd", Language.EN, List.of(new Span(0, 2), new Span(4, 6)),
                List.of(new Span(0, 2), new Span(4, 6)));
        assertEquals(0, at.sentenceIndexAt(1));
        assertEquals(-1, at.sentenceIndexAt(3));
        assertEquals(1, at.sentenceIndexAt(4));
        assertEquals(new Span(0, 6), at.sentenceAt(3));
        assertEquals(List.of(new Span(4, 6)), at.tokensOf(1));
    }
}
