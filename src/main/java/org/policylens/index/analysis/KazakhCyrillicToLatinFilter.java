package org.policylens.index.analysis;

import org.apache.lucene.analysis.TokenStream;

import java.util.Map;

/**
 * Transliterates Kazakh Cyrillic to the 2021 Kazakh Latin alphabet (lowercase input expected):
 * ә→ä, ғ→ğ, қ→q, ң→ñ, ө→ö, ұ→ū, ү→ü, һ→h, і→ı, ш→ş, ы→y … Follow it with ASCII folding so that Latin text typed
 * without diacritics matches too. Characters outside the table pass unchanged.
 */
public final class KazakhCyrillicToLatinFilter extends CyrillicToLatinFilter {
    private static final Map<Character, String> TABLE = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('ә', "ä"), Map.entry('б', "b"), Map.entry('в', "v"),
            Map.entry('г', "g"), Map.entry('ғ', "ğ"), Map.entry('д', "d"), Map.entry('е', "e"),
            Map.entry('ё', "io"), Map.entry('ж', "j"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "i"), Map.entry('к', "k"), Map.entry('қ', "q"), Map.entry('л', "l"),
            Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('ң', "ñ"), Map.entry('о', "o"),
            Map.entry('ө', "ö"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"),
            Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ұ', "ū"), Map.entry('ү', "ü"),
            Map.entry('ф', "f"), Map.entry('х', "h"), Map.entry('һ', "h"), Map.entry('ц', "ts"),
            Map.entry('ч', "ch"), Map.entry('ш', "ş"), Map.entry('щ', "şş"), Map.entry('ъ', ""),
            Map.entry('ы', "y"), Map.entry('і', "ı"), Map.entry('ь', ""), Map.entry('э', "e"),
            Map.entry('ю', "iu"), Map.entry('я', "ia"));

    /** {@link #TABLE} by {@code c - U+0400}: a token filter runs for every word indexed or highlighted. */
    private static final String[] LATIN = byCyrillicOffset(TABLE);

    public KazakhCyrillicToLatinFilter(TokenStream in) {
        super(in, LATIN);
    }
}
