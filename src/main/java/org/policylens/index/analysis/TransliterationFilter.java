package org.policylens.index.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.policylens.lang.Letters;
import org.policylens.lang.Transliteration;

import java.io.IOException;

/**
 * Rewrites each lowercase token to its {@link Transliteration#searchKey}: Cyrillic words in Latin letters (Uzbek
 * or Kazakh alphabet by the word's letters), the Kazakh Latin spellings unified. Follow it with ASCII folding.
 */
public final class TransliterationFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public TransliterationFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (hasCyrillic(term.buffer(), term.length()) || Transliteration.needsUnifying(term)) {
            String key = Transliteration.searchKey(term);
            term.setEmpty().append(key);
        }
        return true;
    }

    /** Only Cyrillic and the Latin spellings searchKey unifies change: most tokens are passed without a copy. */
    private static boolean hasCyrillic(char[] buf, int len) {
        for (int i = 0; i < len; i++) {
            char c = buf[i];
            if (Letters.isCyrillic(c)) {
                return true;
            }
        }
        return false;
    }
}
