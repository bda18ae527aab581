package org.policylens.index;

import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A near-duplicate signature of a text: the {@value #SIZE} smallest 64-bit hashes of its word
 * {@value #SHINGLE_WORDS}-shingles (a bottom-k MinHash sketch). Two signatures estimate the Jaccard similarity of
 * their shingle sets, so that the same text in another format (PDF, DOCX), with a heading added or paragraphs
 * moved, is recognized as a copy. A text with fewer shingles than {@value #SIZE} keeps them all, and the
 * estimate is exact.
 *
 * <p>Normalization before shingling: Unicode NFKC, lower case, apostrophes and soft hyphens dropped (Uzbek o‘ and
 * o' read alike), every other run of non-letters and non-digits a word break, so that line wrapping, page
 * breaks and punctuation differences between formats do not matter.
 */
public record TextSignature(long[] hashes) {
    public static final int SIZE = 256;
    static final int SHINGLE_WORDS = 3;
    private static final Pattern DROPPED = Pattern.compile("[\\u00AD'’‘ʻʼ`´]");
    private static final Pattern BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");

    public TextSignature {
        hashes = hashes.clone();
        Arrays.sort(hashes);
    }

    public static TextSignature of(String text) {
        String norm = DROPPED.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                .replaceAll("");
        String[] words = BREAK.split(norm.strip());
        int n = words.length == 1 && words[0].isEmpty() ? 0 : words.length;
        TreeSet<Long> smallest = new TreeSet<>();
        int shingles = Math.max(n - SHINGLE_WORDS + 1, n > 0 ? 1 : 0);
        for (int i = 0; i < shingles; i++) {
            long h = 0xcbf29ce484222325L;
            for (int w = i; w < Math.min(n, i + SHINGLE_WORDS); w++) {
                h = fnv(h, words[w]);
                h = fnv(h, " ");
            }
            h = mix(h);
            if (smallest.size() < SIZE) {
                smallest.add(h);
            } else if (h < smallest.last() && smallest.add(h)) {
                smallest.pollLast();
            }
        }
        return new TextSignature(smallest.stream().mapToLong(Long::longValue).toArray());
    }

    /**
     * Estimated Jaccard similarity of the two shingle sets: of the {@value #SIZE} smallest hashes of the union
     * (all of them when the union is smaller), the share present in both. 0 when either text is empty.
     */
    public double similarity(TextSignature other) {
        long[] a = hashes;
        long[] b = other.hashes;
        if (a.length == 0 || b.length == 0) {
            return 0.0;
        }
        int i = 0;
        int j = 0;
        int taken = 0;
        int both = 0;
        int k = Math.max(a.length, b.length);
        while (taken < k && (i < a.length || j < b.length)) {
            if (j >= b.length || (i < a.length && a[i] < b[j])) {
                i++;
            } else if (i >= a.length || b[j] < a[i]) {
                j++;
            } else {
                both++;
                i++;
                j++;
            }
            taken++;
        }
        return taken == 0 ? 0.0 : both / (double) taken;
    }

    /** The stored form: the hashes as big-endian longs. */
    public byte[] toBytes() {
        ByteBuffer buf = ByteBuffer.allocate(hashes.length * Long.BYTES);
        for (long h : hashes) {
            buf.putLong(h);
        }
        return buf.array();
    }

    public static TextSignature fromBytes(byte[] bytes, int offset, int length) {
        ByteBuffer buf = ByteBuffer.wrap(bytes, offset, length);
        long[] out = new long[length / Long.BYTES];
        for (int i = 0; i < out.length; i++) {
            out[i] = buf.getLong();
        }
        return new TextSignature(out);
    }

    private static long fnv(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** A finalizer (SplitMix64) so that the hash order is a random permutation of the shingles. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextSignature t && Arrays.equals(hashes, t.hashes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hashes);
    }

    @Override
    public String toString() {
        return "TextSignature[" + hashes.length + " hashes]";
    }
}
