package org.policylens.index.analysis;

import org.apache.lucene.analysis.TokenStream;

import java.util.Map;

/**
 * Transliterates Uzbek Cyrillic to the official Uzbek Latin alphabet (lowercase input expected):
 * ў→o', қ→q, ғ→g', ҳ→h, ш→sh, ч→ch, ё→yo, ю→yu, я→ya, ц→ts, х→x, ъ→', е→ye at the start of a word or after
 * a vowel. Russian letters absent from Uzbek (щ, ы) get their nearest Uzbek spelling; other characters pass.
 */
public final class UzbekCyrillicToLatinFilter extends CyrillicToLatinFilter {
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
    private static final String[] LATIN = byCyrillicOffset(TABLE);

    public UzbekCyrillicToLatinFilter(TokenStream in) {
        super(in, LATIN);
    }

    /** Uzbek е is "ye" at the start of a word and after a vowel or a sign, else "e". */
    @Override
    protected String spell(char[] buf, int i, char c) {
        if (c == 'е') {
            return i == 0 || VOWELS_AND_SIGNS.indexOf(Character.toLowerCase(buf[i - 1])) >= 0 ? "ye" : "e";
        }
        return super.spell(buf, i, c);
    }
}
