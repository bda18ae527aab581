package org.policylens.index.analysis;

import org.policylens.lang.Letters;
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

    private static final char YO = Letters.YO;
    private static final char YE = Letters.YE;
    private static final char YO_UPPER = Character.toUpperCase(Letters.YO);
    private static final char YE_UPPER = Character.toUpperCase(Letters.YE);

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buf = term.buffer();
        for (int i = 0; i < term.length(); i++) {
            if (buf[i] == YO) {
                buf[i] = YE;
            } else if (buf[i] == YO_UPPER) {
                buf[i] = YE_UPPER;
            }
        }
        return true;
    }
}
