package org.policylens.index.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.util.Map;

/**
 * Transliterates Uzbek Cyrillic to the official Uzbek Latin alphabet (lowercase input expected):
 * ў→o', қ→q, ғ→g', ҳ→h, ш→sh, ч→ch, ё→yo, ю→yu, я→ya, ц→ts, х→x, ъ→', е→ye at the start of a word or after
 * a vowel. Russian letters absent from Uzbek (щ, ы) get their nearest Uzbek spelling; other characters pass.
 */
public final class UzbekCyrillicToLatinFilter extends TokenFilter {
    private static final Map<Character, String> TABLE = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('д', "d"), Map.entry('ё', "yo"), Map.entry('ж', "j"), Map.entry('з', "z"),
            Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"),
            Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
            Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"),
            Map.entry('ф', "f"), Map.entry('х', "x"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "sh"), Map.entry('ъ', "'"), Map.entry('ы', "i"),
            Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"),
            Map.entry('ў', "o'"), Map.entry('қ', "q"), Map.entry('ғ', "g'"), Map.entry('ҳ', "h"));
    private static final String VOWELS_AND_SIGNS = "аеёиоуэюяўыъь";

    /** {@link #TABLE} by {@code c - U+0400}: a token filter runs for every word indexed or highlighted. */
    private static final String[] LATIN = UzbekCyrillicToLatinFilter.byCyrillicOffset(TABLE);

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final StringBuilder out = new StringBuilder();

    public UzbekCyrillicToLatinFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
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
            char c = Character.toLowerCase(buf[i]);
            if (c == 'е') {
                boolean iotated = i == 0 || VOWELS_AND_SIGNS.indexOf(Character.toLowerCase(buf[i - 1])) >= 0;
                out.append(iotated ? "ye" : "e");
            } else {
                String latin = latin(LATIN, c);
                if (latin != null) {
                    out.append(latin);
                } else {
                    out.append(buf[i]);
                }
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

    /** The table's transliteration of {@code c}, or null when it has none. */
    static String latin(String[] table, char c) {
        return c >= '\u0400' && c <= '\u04FF' ? table[c - 0x400] : null;
    }

    static boolean hasCyrillic(char[] buf, int len) {
        for (int i = 0; i < len; i++) {
            if (buf[i] >= '\u0400' && buf[i] <= '\u04FF') {
                return true;
            }
        }
        return false;
    }
}
