package org.policylens.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AnalyzedTokensTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "title|Presidential Resolution No. PQ-357 on the Digital Uzbekistan—2030 strategy",
            "title|Ўзбекистон Республикаси Президентининг қарори",
            "title|O‘zbekiston Respublikasi Prezidentining qarori",
            "title|''",
            "text_en|The establishment of the Committee and of its programs for the",
            "text_ru|О развитии сферы информационных технологий и её"})
    void replaysExactlyWhatTheAnalyzerGives(String field, String text) throws IOException {
        Analyzer analyzer = IndexSchema.indexAnalyzer();
        List<String> expected = describe(analyzer.tokenStream(field, text));
        AnalyzedTokens tokens = AnalyzedTokens.of(analyzer, field, text);

        assertEquals(expected, describe(tokens.stream()));
        assertEquals(expected, describe(tokens.stream()), "every stream replays from the start");
    }

    /** Each token as term/increment/start-end, then what end() leaves: all the indexer reads. */
    private static List<String> describe(TokenStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = stream) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "/" + increment.getPositionIncrement() + "/" + offset.startOffset() + "-" + offset.endOffset());
            }
            ts.end();
            out.add("end/" + increment.getPositionIncrement() + "/" + offset.startOffset() + "-" + offset.endOffset());
        }
        return out;
    }
}
