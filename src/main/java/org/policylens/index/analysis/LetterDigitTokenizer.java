package org.policylens.index.analysis;

import org.apache.lucene.analysis.util.CharTokenizer;
import org.apache.lucene.util.AttributeFactory;

/**
 * Splits on anything that is not a letter, digit, combining mark or apostrophe-like character.
 * Unlike StandardTokenizer it keeps every apostrophe variant inside a word, so Uzbek {@code O‘zbekiston},
 * {@code O`zbekiston} and {@code Oʻzbekiston} stay one token before folding; it also splits grouped
 * numbers ({@code 2,503,060} and {@code 2 503 060} give the same tokens).
 */
public final class LetterDigitTokenizer extends CharTokenizer {
    public LetterDigitTokenizer() {
    }

    /** With the attribute factory a Solr schema's tokenizer factory is given. */
    public LetterDigitTokenizer(AttributeFactory factory) {
        super(factory);
    }

    @Override
    protected boolean isTokenChar(int c) {
        if (Character.isLetterOrDigit(c) || ApostropheFoldingFilter.isApostrophe(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
