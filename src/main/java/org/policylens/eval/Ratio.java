package org.policylens.eval;

/** {@code correct} out of {@code total}; the value is NaN when nothing was measured. */
public record Ratio(int correct, int total) {
    public static final Ratio NONE = new Ratio(0, 0);

    public Ratio plus(Ratio other) {
        return new Ratio(correct + other.correct, total + other.total);
    }

    public double value() {
        return total == 0 ? Double.NaN : (double) correct / total;
    }
}
