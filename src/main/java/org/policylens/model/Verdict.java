package org.policylens.model;

/**
 * The outcome of checking one claim; score is in [0,1]. {@code reason} is one line saying what matched and what
 * differed (act, date, subject words, value, qualifier) and the score's parts, or why nothing counts as evidence.
 */
public sealed interface Verdict permits Verdict.Supported, Verdict.Contradicted, Verdict.NotFound {
    Claim claim();

    double score();

    String label();

    String reason();

    record Supported(Claim claim, Evidence evidence, double score, String reason) implements Verdict {
        public String label() {
            return "SUPPORTED";
        }
    }

    record Contradicted(Claim claim, Evidence evidence, double score, String reason) implements Verdict {
        public String label() {
            return "CONTRADICTED";
        }
    }

    record NotFound(Claim claim, double score, String reason) implements Verdict {
        public String label() {
            return "NOT_FOUND";
        }
    }
}
