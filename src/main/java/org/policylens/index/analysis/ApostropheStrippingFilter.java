package org.policylens.index.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/**
 * Removes ASCII apostrophes inside a token ({@code o'zbekiston} becomes {@code ozbekiston}): the
 * language-neutral field trades the Uzbek o/o‘ distinction for matching text typed without them.
 * Runs after {@link ApostropheFoldingFilter}.
 */
public final class ApostropheStrippingFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public ApostropheStrippingFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buf = term.buffer();
        int len = term.length();
        int out = 0;
        for (int i = 0; i < len; i++) {
            if (buf[i] != '\'') {
                buf[out++] = buf[i];
            }
        }
        if (out > 0) {
            term.setLength(out);
        }
        return true;
    }
}
