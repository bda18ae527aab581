package org.policylens.model;

/** The outcome of checking one claim; score is in [0,1]. */
public sealed interface Verdict permits Verdict.Supported, Verdict.Contradicted, Verdict.NotFound {
    Claim claim();

    double score();

    String label();

    record Supported(Claim claim, Evidence evidence, double score) implements Verdict {
        public String label() {
            return "SUPPORTED";
        }
    }

    record Contradicted(Claim claim, Evidence evidence, double score) implements Verdict {
        public String label() {
            return "CONTRADICTED";
        }
    }

    record NotFound(Claim claim, double score) implements Verdict {
        public String label() {
            return "NOT_FOUND";
        }
    }
}
