package org.policylens.index.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/** Russian ё is usually printed as е: write both as е (lowercase input expected, Ё handled anyway). */
public final class YoToYeFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public YoToYeFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buf = term.buffer();
        for (int i = 0; i < term.length(); i++) {
            if (buf[i] == 'ё') {
                buf[i] = 'е';
            } else if (buf[i] == 'Ё') {
                buf[i] = 'Е';
            }
        }
        return true;
    }
}
