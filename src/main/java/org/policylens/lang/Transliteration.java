package org.policylens.lang;

import java.util.Map;

/**
 * The one Cyrillic→Latin transliteration of policylens, word by word: a word holding a Kazakh-only letter
 * (ә ң ө ұ ү һ і), or ы, which Uzbek lacks (so the word is Kazakh or Russian: {@code халық}, {@code сияқты}),
 * takes the 2021 Kazakh Latin alphabet (ә→ä, ғ→ğ, қ→q, ң→ñ, ө→ö, ұ→ū, ү→ü, і→ı, ш→ş, ч→ç,
 * х→h, ц→s: the 2021 rules write {@code Sifrlyq} for {@code Цифрлық}); any other word the official Uzbek Latin
 * alphabet, which also spells Russian (ў→oʻ, ғ→gʻ, х→x, ш→sh, ц→ts after a vowel and s elsewhere as in
 * {@code litsenziya}, {@code konsepsiya}, {@code sirk}, which also gives a Kazakh word without a Kazakh-only letter
 * its 2021 spelling, {@code цифрлық} → {@code sifrlyq}; е→ye at a word start or after a vowel; ы, which Uzbek lacks,
 * →y as in Kazakh and every Russian
 * romanisation, so a Kazakh word without a Kazakh-only letter, {@code маусым}, meets its Latin {@code maýsym}).
 * Latin letters pass unchanged.
 *
 * <p>{@link #searchKey} folds the Kazakh Latin alphabets onto one spelling (2021 ş/ç and 2018 sh/ch, 2018 ý for
 * у), and the Kazakh spellings of я ю ё onto the Uzbek ones (ia, iu, io, 2018 ıa: ya, yu, yo), so a Kazakh word
 * that has neither a Kazakh-only letter nor ы ({@code саясат}: sayasat by the Uzbek alphabet) meets its Latin
 * spelling ({@code saiasat}). The two letters the Uzbek and Kazakh alphabets spell apart are keyed alike as well:
 * x as h (Uzbek х→x, Kazakh х→h: {@code хабар} is xabar by the Uzbek alphabet, habar in Kazakh Latin and
 * хабарлағаны habarlağany) and ye as e (Uzbek е→ye at a word start, after a vowel or ъ, Kazakh е→e: {@code ел} is
 * yel by the Uzbek alphabet, el in Kazakh Latin); Uzbek loses its x/h and ye/e pairs ({@code xol}, {@code hol};
 * {@code yer}, {@code er}) in the key, as it already loses o'/o. The index, verification and every other
 * comparison of words across scripts agree.
 */
public final class Transliteration {
    private static final String[] UZBEK = table(Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('д', "d"), Map.entry('ё', "yo"), Map.entry('ж', "j"), Map.entry('з', "z"),
            Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"),
            Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
            Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"),
            Map.entry('ф', "f"), Map.entry('х', "x"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "sh"), Map.entry('ъ', "'"), Map.entry('ы', "y"),
            Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"),
            Map.entry('ў', "o'"), Map.entry('қ', "q"), Map.entry('ғ', "g'"), Map.entry('ҳ', "h")));
    private static final String[] KAZAKH = table(Map.ofEntries(
            Map.entry('а', "a"), Map.entry('ә', "ä"), Map.entry('б', "b"), Map.entry('в', "v"),
            Map.entry('г', "g"), Map.entry('ғ', "ğ"), Map.entry('д', "d"), Map.entry('е', "e"),
            Map.entry('ё', "io"), Map.entry('ж', "j"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "i"), Map.entry('к', "k"), Map.entry('қ', "q"), Map.entry('л', "l"),
            Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('ң', "ñ"), Map.entry('о', "o"),
            Map.entry('ө', "ö"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"),
            Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ұ', "ū"), Map.entry('ү', "ü"),
            Map.entry('ф', "f"), Map.entry('х', "h"), Map.entry('һ', "h"), Map.entry('ц', "s"),
            Map.entry('ч', "ç"), Map.entry('ш', "ş"), Map.entry('щ', "şş"), Map.entry('ъ', ""),
            Map.entry('ы', "y"), Map.entry('і', "ı"), Map.entry('ь', ""), Map.entry('э', "e"),
            Map.entry('ю', "iu"), Map.entry('я', "ia")));
    /** Before these an Uzbek е is spelt "ye". */
    private static final String VOWELS_AND_SIGNS = "аеёиоуэюяўыъь";
    /** After these an Uzbek ц is spelt "ts" (litsey, militsiya); elsewhere "s" (sirk, konsert, aksiya). */
    private static final String VOWELS = "аеёиоуэюяўы";

    private Transliteration() {
    }

    /** True when {@code word} holds a letter of the Cyrillic block. */
    public static boolean hasCyrillic(CharSequence word) {
        for (int i = 0; i < word.length(); i++) {
            if (cyrillic(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The Latin spelling of one lowercase word (see the class comment); the word itself when it has no Cyrillic. */
    public static String toLatin(CharSequence word) {
        if (!hasCyrillic(word)) {
            return word.toString();
        }
        boolean kazakh = Letters.hasKazakhLetter(word) || Letters.hasNonUzbekKazakhLetter(word);
        String[] table = kazakh ? KAZAKH : UZBEK;
        StringBuilder out = new StringBuilder(word.length() + 4);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char l = Character.toLowerCase(c);
            String s = cyrillic(l) ? table[l - 0x400] : null;
            if (!kazakh && l == 'е') {
                s = i == 0 || VOWELS_AND_SIGNS.indexOf(Character.toLowerCase(word.charAt(i - 1))) >= 0 ? "ye" : "e";
            } else if (!kazakh && l == 'ц') {
                s = i > 0 && VOWELS.indexOf(Character.toLowerCase(word.charAt(i - 1))) >= 0 ? "ts" : "s";
            }
            if (s != null) {
                out.append(s);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * {@link #toLatin} with the Kazakh Latin spellings made one: ş→sh, ç→ch (2021 vs 2018 and Cyrillic), ý→u
     * (the 2018 letter for у), an i or ı before a, u or o spelt y (я ю ё: Kazakh ia iu io, 2018 ıa; Uzbek and
     * Russian ya yu yo), x→h and ye→e (Uzbek х, е; Kazakh h, e). Diacritics stay: ASCII folding is the caller's
     * next step.
     */
    public static String searchKey(CharSequence lowerWord) {
        String latin = toLatin(lowerWord);
        if (!needsUnifying(latin)) {
            return latin;
        }
        StringBuilder out = new StringBuilder(latin.length() + 2);
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            switch (c) {
                case 'ş' -> out.append("sh");
                case 'ç' -> out.append("ch");
                case 'ý' -> out.append('u');
                case 'x' -> out.append('h');
                case 'y' -> {
                    if (!yeAt(latin, i)) {
                        out.append(c);
                    }
                }
                case 'i', 'ı' -> out.append(iotatedAt(latin, i) ? 'y' : c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** True when {@code s} holds a letter {@link #searchKey} rewrites (Latin input included). */
    public static boolean needsUnifying(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'ş' || c == 'ç' || c == 'ý' || c == 'x' || (c == 'i' || c == 'ı') && iotatedAt(s, i)
                    || c == 'y' && yeAt(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** An i or ı at {@code i} that spells the y of я ю ё: before a, u (or 2018 ý) or o. */
    private static boolean iotatedAt(CharSequence s, int i) {
        if (i + 1 >= s.length()) {
            return false;
        }
        char next = s.charAt(i + 1);
        return next == 'a' || next == 'u' || next == 'o' || next == 'ý';
    }

    /**
     * A y at {@code i} that begins a ye: the Uzbek alphabet writes е "ye" at a word start, after a vowel and after
     * the hard sign ({@code yer}, {@code obyekt}, {@code ob'yekt}), where Kazakh Latin writes e ({@code el},
     * {@code obekt}). Every ye is keyed alike, so no position rule can set the scripts apart.
     */
    private static boolean yeAt(CharSequence s, int i) {
        return i + 1 < s.length() && s.charAt(i + 1) == 'e';
    }

    private static boolean cyrillic(char c) {
        return c >= '\u0400' && c <= '\u04FF';
    }

    private static String[] table(Map<Character, String> letters) {
        String[] out = new String[0x100];
        letters.forEach((c, latin) -> out[c - 0x400] = latin);
        return out;
    }
}
