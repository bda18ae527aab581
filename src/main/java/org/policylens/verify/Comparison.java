package org.policylens.verify;

/**
 * How two values of the same type relate. {@code closeness} is 1 for identical values and falls towards 0
 * as they drift apart; {@code reason} is a short human explanation for reports.
 */
public record Comparison(Outcome outcome, double closeness, String reason) {
    public enum Outcome {
        /** Both can be true at once: the source supports the claim. */
        COMPATIBLE,
        /** They cannot both be true: a contradiction when both speak of the same subject. */
        INCOMPATIBLE,
        /** Not about the same thing (other act, other currency, other period): says nothing either way. */
        INCOMPARABLE
    }

    public Comparison {
        closeness = Math.max(0.0, Math.min(1.0, closeness));
        reason = reason == null ? "" : reason;
    }

    public static Comparison compatible(double closeness, String reason) {
        return new Comparison(Outcome.COMPATIBLE, closeness, reason);
    }

    public static Comparison incompatible(double closeness, String reason) {
        return new Comparison(Outcome.INCOMPATIBLE, closeness, reason);
    }

    public static Comparison incomparable(String reason) {
        return new Comparison(Outcome.INCOMPARABLE, 0.0, reason);
    }

    public boolean compatible() {
        return outcome == Outcome.COMPATIBLE;
    }

    public boolean incompatible() {
        return outcome == Outcome.INCOMPATIBLE;
    }
}
