package org.policylens.index;

import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

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
    /** Dropped before shingling: the soft hyphen and the apostrophes. */
    private static final String DROPPED_CHARS = "\u00AD'’‘ʻʼ`´";

    public TextSignature {
        hashes = hashes.clone();
        Arrays.sort(hashes);
    }

    public static TextSignature of(String text) {
        char[] c = withoutDropped(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        int from = 0;
        int to = c.length;
        while (from < to && Character.isWhitespace(Character.codePointAt(c, from))) { // String.strip()
            from += Character.charCount(Character.codePointAt(c, from));
        }
        while (to > from && Character.isWhitespace(Character.codePointBefore(c, to))) {
            to -= Character.charCount(Character.codePointBefore(c, to));
        }
        // words as [start, end) pairs of c, as splitting the stripped text at runs of characters other than letters and
        // digits gives them (String.split): a leading break makes an empty first word when a word follows, trailing
        // breaks none
        int[] bounds = new int[64];
        int n = 0;
        int i = from;
        boolean leadingBreak = from < to && !isWordChar(Character.codePointAt(c, from));
        while (i < to) {
            while (i < to && !isWordChar(Character.codePointAt(c, i))) {
                i += Character.charCount(Character.codePointAt(c, i));
            }
            if (i >= to) {
                break;
            }
            int start = i;
            while (i < to && isWordChar(Character.codePointAt(c, i))) {
                i += Character.charCount(Character.codePointAt(c, i));
            }
            if (n == 0 && leadingBreak) {
                bounds = add(bounds, 0, from, from);
                n = 1;
            }
            bounds = add(bounds, n++, start, i);
        }
        Smallest smallest = new Smallest(SIZE);
        int shingles = Math.max(n - SHINGLE_WORDS + 1, n > 0 ? 1 : 0);
        for (int s = 0; s < shingles; s++) {
            long h = 0xcbf29ce484222325L;
            for (int w = s; w < Math.min(n, s + SHINGLE_WORDS); w++) {
                for (int k = bounds[2 * w]; k < bounds[2 * w + 1]; k++) {
                    h ^= c[k];
                    h *= 0x100000001b3L;
                }
                h ^= ' ';
                h *= 0x100000001b3L;
            }
            smallest.offer(mix(h));
        }
        return new TextSignature(smallest.values());
    }

    /** The characters of {@code s} without the soft hyphens and apostrophes. */
    private static char[] withoutDropped(String s) {
        char[] out = new char[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (DROPPED_CHARS.indexOf(ch) < 0) {
                out[n++] = ch;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** {@code [\p{L}\p{N}]}: a letter or a number of any kind, as the regex classes have them. */
    private static boolean isWordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static int[] add(int[] bounds, int word, int start, int end) {
        if (2 * word + 1 >= bounds.length) {
            bounds = Arrays.copyOf(bounds, bounds.length * 2);
        }
        bounds[2 * word] = start;
        bounds[2 * word + 1] = end;
        return bounds;
    }

    /** The {@code size} smallest distinct values offered, kept sorted: most offers lose to the largest at once. */
    private static final class Smallest {
        private final long[] kept;
        private int count;

        Smallest(int size) {
            kept = new long[size];
        }

        void offer(long h) {
            if (count == kept.length && h >= kept[count - 1]) {
                return;
            }
            int at = Arrays.binarySearch(kept, 0, count, h);
            if (at >= 0) {
                return; // already kept
            }
            at = -at - 1;
            int move = Math.min(count, kept.length - 1) - at;
            if (move > 0) {
                System.arraycopy(kept, at, kept, at + 1, move);
            }
            kept[at] = h;
            count = Math.min(count + 1, kept.length);
        }

        long[] values() {
            return Arrays.copyOf(kept, count);
        }
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
