package org.policylens.index.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.Arrays;

/**
 * Drops a token that repeats, at the same position, the term of the token just before it: after
 * {@link WordCopyFilter} and a stemmer, the stem that equals its word.
 * Where every position holds at most a word and its stem, that is what
 * {@link org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter} does, without copying every term
 * into a set: that filter was a tenth of English indexing.
 */
final class RepeatedStemFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private char[] previous = new char[32];
    private int previousLength = -1;

    RepeatedStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            int length = term.length();
            if (position.getPositionIncrement() == 0 && length == previousLength
                    && Arrays.equals(term.buffer(), 0, length, previous, 0, length)) {
                continue;
            }
            if (previous.length < length) {
                previous = new char[Math.max(length, 2 * previous.length)];
            }
            System.arraycopy(term.buffer(), 0, previous, 0, length);
            previousLength = length;
            return true;
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        previousLength = -1;
    }
}
