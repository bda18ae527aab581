package org.policylens.index.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.util.Map;

/**
 * Rewrites each Cyrillic token letter by letter through a transliteration table; tokens without
 * Cyrillic pass untouched. Subclasses give the table and may spell a letter by its context.
 */
abstract class CyrillicToLatinFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final StringBuilder out = new StringBuilder();
    private final String[] latin;

    /** {@code latin} is a table from {@link #byCyrillicOffset}: built once per class, shared by every stream. */
    CyrillicToLatinFilter(TokenStream in, String[] latin) {
        super(in);
        this.latin = latin;
    }

    /** The Latin spelling of the lowercase letter {@code c} at {@code i}, or null to keep the character. */
    protected String spell(char[] buf, int i, char c) {
        return c >= '\u0400' && c <= '\u04FF' ? latin[c - 0x400] : null;
    }

    @Override
    public final boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buf = term.buffer();
        int len = term.length();
        if (!hasCyrillic(buf, len)) {
            return true;
        }
        out.setLength(0);
        for (int i = 0; i < len; i++) {
            String s = spell(buf, i, Character.toLowerCase(buf[i]));
            if (s != null) {
                out.append(s);
            } else {
                out.append(buf[i]);
            }
        }
        term.setEmpty().append(out);
        return true;
    }

    /** A transliteration table as an array indexed by {@code c - U+0400}; every key is in the Cyrillic block. */
    static String[] byCyrillicOffset(Map<Character, String> table) {
        String[] out = new String[0x100];
        table.forEach((c, latin) -> out[c - 0x400] = latin);
        return out;
    }

    private static boolean hasCyrillic(char[] buf, int len) {
        for (int i = 0; i < len; i++) {
            if (buf[i] >= '\u0400' && buf[i] <= '\u04FF') {
                return true;
            }
        }
        return false;
    }
}
