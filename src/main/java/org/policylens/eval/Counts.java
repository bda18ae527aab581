package org.policylens.eval;

/** True positives, false positives and false negatives, with the usual ratios (1.0 when undefined and empty). */
public record Counts(int truePositives, int falsePositives, int falseNegatives) {
    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts other) {
        return new Counts(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    public int gold() {
        return truePositives + falseNegatives;
    }

    public int predicted() {
        return truePositives + falsePositives;
    }

    public double precision() {
        return predicted() == 0 ? (gold() == 0 ? 1.0 : 0.0) : (double) truePositives / predicted();
    }

    public double recall() {
        return gold() == 0 ? (predicted() == 0 ? 1.0 : 0.0) : (double) truePositives / gold();
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
