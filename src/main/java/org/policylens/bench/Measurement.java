package org.policylens.bench;

/**
 * One measured figure. {@code size} is the corpus size it was measured on (0 when it does not depend
 * on one, as for the seed article); {@code repetition} counts from 1, and 0 marks a summary value
 * (median over repetitions, a ratio, a percentile over many queries).
 */
public record Measurement(int size, String system, String metric, double value, String unit, int repetition) {
    public Measurement {
        if (system == null || system.isBlank() || metric == null || metric.isBlank()) {
            throw new IllegalArgumentException("system and metric are required");
        }
        unit = unit == null ? "" : unit;
    }
}
