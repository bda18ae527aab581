package org.policylens.extract.date;

import java.util.Arrays;

/**
 * The parts of a text worth running digit-anchored patterns on: every run of ASCII digits, padded on
 * both sides and merged. Prose without digits costs one linear scan instead of a regex pass per pattern.
 */
public final class DigitWindows {
    private final int[] bounds; // start0, end0, start1, end1, ...
    private final int count;

    private DigitWindows(int[] bounds, int count) {
        this.bounds = bounds;
        this.count = count;
    }

    public static DigitWindows of(CharSequence text, int pad) {
        int n = text.length();
        int[] out = new int[16];
        int k = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                i++;
                continue;
            }
            int runStart = i;
            while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
            }
            int s = Math.max(0, runStart - pad);
            int e = Math.min(n, i + pad);
            if (k > 0 && s <= out[k - 1]) {
                out[k - 1] = Math.max(out[k - 1], e);
            } else {
                if (k + 2 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[k++] = s;
                out[k++] = e;
            }
        }
        return new DigitWindows(out, k / 2);
    }

    public int size() {
        return count;
    }

    public int start(int i) {
        return bounds[2 * i];
    }

    public int end(int i) {
        return bounds[2 * i + 1];
    }
}
