package org.policylens.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The English index chain gives the tokens, positions and offsets Lucene's RemoveDuplicatesTokenFilter chain gave. */
class RepeatedStemFilterTest {
    /** The chain as it was: word and stem at one position, the stem dropped by RemoveDuplicatesTokenFilter when equal. */
    private static final Analyzer REFERENCE = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream t = new EnglishPossessiveFilter(source);
            t = new LowerCaseFilter(t);
            t = new StopFilter(t, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            t = new KeywordRepeatFilter(t);
            t = new PorterStemFilter(t);
            return new TokenStreamComponents(source, new RemoveDuplicatesTokenFilter(t));
        }
    };

    @Test
    void sameTokensAsRemovingDuplicatesOnEdgeCases() throws IOException {
        for (String text : List.of("", "the", "a the of", "running runs ran runner", "The President's orders, "
                + "agencies' heads; Sec. 2(a) 13658 $10.10 per hour", "connection connections connected",
                "x".repeat(300) + " long tokens " + "y".repeat(256), "to be or not to be: policies policy",
                "caresses ponies ties caress cats feed agreed plastered motoring sing conflated",
                "Президент указ and English mixed 2024-01-01")) {
            assertEquals(tokens(REFERENCE, text), tokens(Analyzers.ENGLISH_INDEX, text), text);
        }
    }

    /** Every shipped document's and, when present, every real corpus file's text read as UTF-8: millions of words. */
    @Test
    void sameTokensAsRemovingDuplicatesOnRealText() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("corpus"), Path.of("..", "shared", "corpus-real", "us-eo"),
                Path.of("..", "shared", "seed"))) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> s = Files.walk(root)) {
                    s.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".pdf")).sorted()
                            .forEach(files::add);
                }
            }
        }
        assertTrue(!files.isEmpty(), "corpus/ is shipped");
        int tokens = 0;
        for (Path f : files) {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(f)))
                    .toString();
            List<String> expected = tokens(REFERENCE, text);
            assertEquals(expected, tokens(Analyzers.ENGLISH_INDEX, text), f.toString());
            tokens += expected.size();
        }
        assertTrue(tokens > 1000, "tokens compared: " + tokens);
    }

    /** Each token as term, position increment and offsets: what the index and highlighting read. */
    private static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("text_en", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "+" + position.getPositionIncrement() + "@" + offset.startOffset() + "-" + offset.endOffset());
            }
            ts.end();
            out.add("end+" + position.getPositionIncrement() + "@" + offset.endOffset());
        }
        return out;
    }
}
