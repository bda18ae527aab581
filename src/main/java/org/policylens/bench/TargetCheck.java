package org.policylens.bench;

/** A target from the benchmark issue and how the measured value compares with it. */
public record TargetCheck(String name, String target, Double measured, String unit, Status status, String detail) {

    public enum Status { MET, NOT_MET, NOT_MEASURED }

    static TargetCheck atLeast(String name, double threshold, Double measured, String unit, String detail) {
        return new TargetCheck(name, "≥ " + Numbers.format(threshold) + " " + unit, measured, unit,
                measured == null || measured.isNaN() ? Status.NOT_MEASURED
                        : measured >= threshold ? Status.MET : Status.NOT_MET, detail);
    }

    static TargetCheck atMost(String name, double threshold, Double measured, String unit, String detail) {
        return new TargetCheck(name, "< " + Numbers.format(threshold) + " " + unit, measured, unit,
                measured == null || measured.isNaN() ? Status.NOT_MEASURED
                        : measured < threshold ? Status.MET : Status.NOT_MET, detail);
    }
}
