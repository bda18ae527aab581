package org.policylens.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the last text analyzed for each field and replays its tokens when the next entry indexes the same text.
 * Facts are indexed with their sentence and come in text order, and a sentence holds two facts on average and more
 * in tables of figures, so most fact text was analyzed several times over. Only the last text per field is kept, so
 * memory stays flat however many facts a document has. The replayed stream gives the indexer exactly the terms,
 * position increments and offsets the analyzer gave, so postings and norms are unchanged. Not thread-safe: one
 * instance per block.
 */
final class AnalyzedTextCache {
    private final Analyzer analyzer;
    private final Map<String, Analyzed> lastByField = new HashMap<>();

    AnalyzedTextCache(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** An unstored text field with {@code text} analyzed as {@code field} would be, analyzing it only once per block. */
    Field textField(String field, String text) {
        Analyzed last = lastByField.get(field);
        if (last == null || !last.text().equals(text)) {
            last = new Analyzed(text, analyze(field, text));
            lastByField.put(field, last);
        }
        return new TextField(field, new Replay(last.tokens()));
    }

    private record Analyzed(String text, Tokens tokens) {
    }

    /** The analyzer's output: terms, position increments and offsets, plus the stream's final state. */
    private record Tokens(String[] terms, int[] increments, int[] starts, int[] ends, int finalIncrement,
                          int finalOffset) {
    }

    private Tokens analyze(String field, String text) {
        List<String> terms = new ArrayList<>();
        int[] increments = new int[16];
        int[] starts = new int[16];
        int[] ends = new int[16];
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int n = 0;
            while (ts.incrementToken()) {
                if (n == increments.length) {
                    increments = Arrays.copyOf(increments, 2 * n);
                    starts = Arrays.copyOf(starts, 2 * n);
                    ends = Arrays.copyOf(ends, 2 * n);
                }
                terms.add(term.toString());
                increments[n] = increment.getPositionIncrement();
                starts[n] = offset.startOffset();
                ends[n] = offset.endOffset();
                n++;
            }
            ts.end();
            return new Tokens(terms.toArray(String[]::new), increments, starts, ends, increment.getPositionIncrement(),
                    offset.endOffset());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyze text of field " + field, e);
        }
    }

    /** A one-use stream over cached tokens. */
    private static final class Replay extends TokenStream {
        private final Tokens tokens;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private int next;

        Replay(Tokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public boolean incrementToken() {
            if (next == tokens.terms().length) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(tokens.terms()[next]);
            increment.setPositionIncrement(tokens.increments()[next]);
            offset.setOffset(tokens.starts()[next], tokens.ends()[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            increment.setPositionIncrement(tokens.finalIncrement());
            offset.setOffset(tokens.finalOffset(), tokens.finalOffset());
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
