package org.policylens.index;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class AnalyzedTextCacheTest {
    static final List<String> TEXTS = List.of(
            "Presidential Resolution No. PQ-357 of August 22, 2022 reached more than 2.5 million people.",
            "The state's programmes are the programme of the year; the and of to.",
            "Oʻzbekiston Respublikasi Prezidentining «Raqamli O‘zbekiston — 2030» strategiyasi",
            "Ўзбекистон Республикаси Президентининг УП-6079-сон Фармони",
            "Расходы республиканского бюджета на 2018 год составят 1 170 000 тенге.");

    @Test
    void replayedTokensAreExactlyTheAnalyzersForEveryFieldAndRepeatedText() throws IOException {
        AnalyzedTextCache cache = new AnalyzedTextCache(IndexSchema.analyzer());
        for (String field : List.of(IndexSchema.TEXT_FOLD, IndexSchema.TEXT_EN, IndexSchema.TEXT_RU,
                IndexSchema.TEXT_UZ, IndexSchema.TEXT_KK)) {
            for (String text : TEXTS) {
                List<String> expected = tokens(IndexSchema.analyzer().tokenStream(field, text));
                assertFalse(expected.isEmpty());
                for (int round = 0; round < 3; round++) { // the first analyzes, the next ones replay
                    Field f = cache.textField(field, text);
                    assertEquals(expected, tokens(f.tokenStream(IndexSchema.analyzer(), null)), field + ": " + text);
                }
            }
        }
    }

    /** Every token as term/increment/start-end, then the final increment and offset after end(). */
    static List<String> tokens(TokenStream ts) throws IOException {
        List<String> out = new ArrayList<>();
        try (ts) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "/" + increment.getPositionIncrement() + "/" + offset.startOffset() + "-"
                        + offset.endOffset());
            }
            ts.end();
            out.add("end/" + increment.getPositionIncrement() + "/" + offset.endOffset());
        }
        return out;
    }
}
