package org.policylens.index.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/**
 * Writes every apostrophe variant (ʻ ‘ ’ ` ʼ ′ ') as ASCII {@code '} and trims apostrophes from the ends of
 * the token (quotation marks, not letters). Uzbek Latin uses them as letters: {@code o‘}, {@code g‘}, {@code ʼ}.
 */
public final class ApostropheFoldingFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public ApostropheFoldingFilter(TokenStream in) {
        super(in);
    }

    static boolean isApostrophe(int c) {
        return c == '\'' || c == '`' || c == '\u02BB' || c == '\u02BC' || c == '\u2018' || c == '\u2019'
                || c == '\u2032' || c == '\u02B9' || c == '\u00B4';
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buf = term.buffer();
        int len = term.length();
        int start = 0;
        while (start < len && isApostrophe(buf[start])) {
            start++;
        }
        int end = len;
        while (end > start && isApostrophe(buf[end - 1])) {
            end--;
        }
        int out = 0;
        for (int i = start; i < end; i++) {
            buf[out++] = isApostrophe(buf[i]) ? '\'' : buf[i];
        }
        if (out == 0 && len > 0) {
            // a token made only of apostrophes: keep one so that the stream stays well-formed
            buf[0] = '\'';
            out = 1;
        }
        term.setLength(out);
        return true;
    }
}
