package org.policylens.index.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;

/**
 * Gives each token twice, as {@link org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter} does: first marked
 * as a keyword (a stemmer leaves it as it is), then unmarked at the same position (the stemmer stems it). That filter
 * captures and restores every attribute of every token (an object per token); this one keeps only the term's
 * characters, the one attribute a stemmer changes, and requires that the filters after it change nothing else.
 */
final class WordCopyFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private char[] word = new char[32];
    private int wordLength = -1;

    WordCopyFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (wordLength >= 0) {
            term.copyBuffer(word, 0, wordLength);
            position.setPositionIncrement(0);
            keyword.setKeyword(false);
            wordLength = -1;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        int length = term.length();
        if (word.length < length) {
            word = new char[Math.max(length, 2 * word.length)];
        }
        System.arraycopy(term.buffer(), 0, word, 0, length);
        wordLength = length;
        keyword.setKeyword(true);
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        wordLength = -1;
    }
}
