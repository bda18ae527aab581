package org.policylens.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The signature is computed in one scan without regexes or word strings; signatures are stored in indexes, so it must
 * give exactly the hashes of its definition: normalize, lower-case, drop, strip, split with the regexes, shingle
 * (the reference below, the signature as first written).
 */
class TextSignatureEquivalenceTest {
    private static final Pattern DROPPED = Pattern.compile("[\\u00AD'’‘ʻʼ`´]");
    private static final Pattern BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");

    @Test
    void sameHashesAsTheRegexDefinitionOnEdgeCases() {
        for (String text : List.of("", " ", "...", "-", "a", " a ", "(a b", "( a b c d", "a b c.", "o‘zbek o'zbek oʻzbek",
                "soft\u00ADhyphen word", "İstanbul ǅemal ß", "١٢٣ ٤٥ Ⅻ ½ x²", "\uD835\uDC00\uD835\uDC01 math letters",
                "lone \uD800 surrogate \uDC00 here", "\u00A0nbsp\u2007start", "tab\tand\nnewlines\r\n", "´´a", "'", " ' a",
                "Указ № УП-6079 от 5 октября 2020 г.", "2020-yil 26-oktabrdagi 617-son qarori")) {
            assertArrayEquals(reference(text), TextSignature.of(text).hashes(), text);
        }
    }

    @Test
    void sameHashesAsTheRegexDefinitionOnRandomTexts() {
        String alphabet = "abcXYZ  \t\n.,;-()'’ʻ\u00AD´`1234567890ёЖқўәİı\u00A0\u2007½Ⅻ٣\uD835\uDC00\uD800";
        Random random = new Random(23);
        for (int t = 0; t < 2_000; t++) {
            int length = random.nextInt(t < 1_500 ? 40 : 3_000);
            StringBuilder b = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            assertArrayEquals(reference(text), TextSignature.of(text).hashes(), text);
        }
    }

    /** The definition, as the signature was first written. */
    private static long[] reference(String text) {
        String norm = DROPPED.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                .replaceAll("");
        String[] words = BREAK.split(norm.strip());
        int n = words.length == 1 && words[0].isEmpty() ? 0 : words.length;
        TreeSet<Long> smallest = new TreeSet<>();
        int shingles = Math.max(n - TextSignature.SHINGLE_WORDS + 1, n > 0 ? 1 : 0);
        for (int i = 0; i < shingles; i++) {
            long h = 0xcbf29ce484222325L;
            for (int w = i; w < Math.min(n, i + TextSignature.SHINGLE_WORDS); w++) {
                h = fnv(h, words[w]);
                h = fnv(h, " ");
            }
            h = mix(h);
            if (smallest.size() < TextSignature.SIZE) {
                smallest.add(h);
            } else if (h < smallest.last() && smallest.add(h)) {
                smallest.pollLast();
            }
        }
        return smallest.stream().mapToLong(Long::longValue).toArray();
    }

    private static long fnv(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
