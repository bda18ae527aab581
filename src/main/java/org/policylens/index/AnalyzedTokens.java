package org.policylens.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * One text analysed once, replayed as often as needed: a document's title is indexed on every one of its passages,
 * and analysing it again for each cost as much as a tenth of all analysis. The replay gives the indexer exactly what
 * the analyzer gave (terms, position increments, offsets, and the final offset and increment of {@code end()}), the
 * only attributes an indexed field without payloads reads.
 */
final class AnalyzedTokens {
    private final char[] chars;
    private final int[] termEnds;
    private final int[] positionIncrements;
    private final int[] startOffsets;
    private final int[] endOffsets;
    private final int finalOffset;
    private final int finalPositionIncrement;

    private AnalyzedTokens(char[] chars, int[] termEnds, int[] positionIncrements, int[] startOffsets,
                           int[] endOffsets, int finalOffset, int finalPositionIncrement) {
        this.chars = chars;
        this.termEnds = termEnds;
        this.positionIncrements = positionIncrements;
        this.startOffsets = startOffsets;
        this.endOffsets = endOffsets;
        this.finalOffset = finalOffset;
        this.finalPositionIncrement = finalPositionIncrement;
    }

    static AnalyzedTokens of(Analyzer analyzer, String field, String text) {
        StringBuilder chars = new StringBuilder();
        int n = 0;
        int[] ends = new int[8];
        int[] increments = new int[8];
        int[] starts = new int[8];
        int[] endOffsets = new int[8];
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (n == ends.length) {
                    ends = Arrays.copyOf(ends, 2 * n);
                    increments = Arrays.copyOf(increments, 2 * n);
                    starts = Arrays.copyOf(starts, 2 * n);
                    endOffsets = Arrays.copyOf(endOffsets, 2 * n);
                }
                chars.append(term.buffer(), 0, term.length());
                ends[n] = chars.length();
                increments[n] = increment.getPositionIncrement();
                starts[n] = offset.startOffset();
                endOffsets[n] = offset.endOffset();
                n++;
            }
            ts.end();
            char[] all = new char[chars.length()];
            chars.getChars(0, all.length, all, 0);
            return new AnalyzedTokens(all, Arrays.copyOf(ends, n), Arrays.copyOf(increments, n),
                    Arrays.copyOf(starts, n), Arrays.copyOf(endOffsets, n), offset.endOffset(),
                    increment.getPositionIncrement());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String never fails to read
        }
    }

    /** A fresh stream over the tokens: the indexer consumes one per field value. */
    TokenStream stream() {
        return new Replay();
    }

    private final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private int next;

        @Override
        public boolean incrementToken() {
            if (next == termEnds.length) {
                return false;
            }
            clearAttributes();
            int from = next == 0 ? 0 : termEnds[next - 1];
            term.copyBuffer(chars, from, termEnds[next] - from);
            increment.setPositionIncrement(positionIncrements[next]);
            offset.setOffset(startOffsets[next], endOffsets[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(finalOffset, finalOffset);
            increment.setPositionIncrement(finalPositionIncrement);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
