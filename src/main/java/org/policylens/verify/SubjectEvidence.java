package org.policylens.verify;

import java.util.List;

/**
 * Anchors two facts share (see {@link SubjectMatcher#evidence}): stems near both values, other numbers of both
 * sentences (years weigh less), how many of those numbers are not years (act numbers, counts), other sentence
 * words, and their weighted sum.
 */
public record SubjectEvidence(int local, double numbers, int figures, int words, double score, List<String> localShared,
                              List<String> numbersShared) {
    public SubjectEvidence {
        localShared = List.copyOf(localShared);
        numbersShared = List.copyOf(numbersShared);
    }

    /** Shared figures at least this large are rarely a coincidence (act numbers, counts); small ones often are. */
    static final int DISTINCTIVE = 100;

    /** Shared numbers other than years that are at least {@value #DISTINCTIVE}. */
    int distinctiveFigures() {
        int n = 0;
        for (String x : numbersShared) {
            try {
                double v = Double.parseDouble(x);
                boolean year = x.matches("(19|20)\\d\\d");
                if (!year && v >= DISTINCTIVE) {
                    n++;
                }
            } catch (NumberFormatException e) {
                // not a plain number: no anchor
            }
        }
        return n;
    }

    /** For reasons: {@code words near both [kompan, rezident]; numbers [17]; 2 sentence words}. */
    String describe() {
        StringBuilder b = new StringBuilder();
        b.append(localShared.isEmpty() ? "no word near both values" : "near both " + localShared);
        if (!numbersShared.isEmpty()) {
            b.append(", numbers ").append(numbersShared);
        }
        if (words > 0) {
            b.append(", ").append(words).append(" sentence word").append(words == 1 ? "" : "s");
        }
        return b.toString();
    }

    /**
     * Whether these anchors tie two differing figures to one and the same thing, so that they contradict
     * each other: two shared words next to both values, or one plus {@code strength} (this evidence and
     * any shared period or date) reaching {@link Verifier#CONTRADICTION_EVIDENCE}.
     */
    boolean pinsOneThing(double strength) {
        return local >= 2 || (local >= 1 && strength >= Verifier.CONTRADICTION_EVIDENCE);
    }
}
