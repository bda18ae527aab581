package org.policylens.lang;

import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

import java.nio.BufferOverflowException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The language model's context for a sample: the distinct character 1- to 3-grams of the normalized, lowercased
 * sample, in the order OpenNLP's language detector hands them to the model.
 *
 * <p>The detector ({@code LanguageDetectorFactory}'s context generator) lowercases the normalized text into a
 * {@code CharBuffer}, keys a {@code HashMap} by a {@code CharBuffer} view of each n-gram (two buffer objects, a boxed
 * count and a map entry per n-gram), and the model sees the map's keys in its iteration order. The order matters: the
 * model sums each n-gram's weights in that order, and floating-point sums are not associative. Here each n-gram is
 * one small key that hashes and compares as that {@code CharBuffer} does, added to a {@code HashSet} in the same
 * order, so the set iterates in the same order (a hash map's order follows only its keys' hashes and the order they
 * came in); half of the detector's cost was its n-gram objects.
 */
final class ModelContext {

    /** The normalizers {@code LanguageDetectorFactory.getContextGenerator()} applies, in its order. */
    private static final CharSequenceNormalizer NORMALIZER = new AggregateCharSequenceNormalizer(
            EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
            TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
            ShrinkCharSequenceNormalizer.getInstance());
    private static final int MIN_GRAM = 1;
    private static final int MAX_GRAM = 3;

    private ModelContext() {
    }

    /** The distinct n-grams of {@code sample}, in the detector's order. */
    static String[] of(CharSequence sample) {
        char[] text = lowercased(NORMALIZER.normalize(sample));
        Set<Gram> grams = new HashSet<>();
        for (int n = MIN_GRAM; n <= MAX_GRAM; n++) {
            for (int i = 0; i + n <= text.length; i++) {
                grams.add(new Gram(text, i, n));
            }
        }
        String[] context = new String[grams.size()];
        int k = 0;
        for (Gram g : grams) {
            context[k++] = new String(text, g.start, g.length);
        }
        return context;
    }

    /**
     * As OpenNLP's {@code StringUtil.toLowerCaseCharBuffer}: each code point lowercased, into a buffer as long as the
     * text (a lowercase form with fewer chars leaves NULs at the end, which the n-grams then include, as the
     * detector's do; one with more overflows, as the detector's does).
     */
    private static char[] lowercased(CharSequence text) {
        char[] out = new char[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            int lower = Character.toLowerCase(cp);
            if (n + Character.charCount(lower) > out.length) {
                throw new BufferOverflowException();
            }
            n += Character.toChars(lower, out, n);
        }
        return out;
    }

    /** An n-gram of the lowercased text, hashed and compared as a {@code CharBuffer} over the same chars is. */
    private static final class Gram {
        private final char[] text;
        private final int start;
        private final int length;
        private final int hash;

        Gram(char[] text, int start, int length) {
            this.text = text;
            this.start = start;
            this.length = length;
            int h = 1; // CharBuffer.hashCode: from the last char to the first
            for (int i = start + length - 1; i >= start; i--) {
                h = 31 * h + text[i];
            }
            this.hash = h;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Gram g && g.hash == hash && Arrays.equals(text, start, start + length,
                    g.text, g.start, g.start + g.length);
        }
    }
}
