package org.policylens.verify;

import org.policylens.model.Span;

import java.util.Objects;

/** A problem the article has with itself, located by {@code span} in the article's text. */
public record IntegrityFinding(Kind kind, String message, Span span) {
    public enum Kind {
        /** An in-text marker {@code [n]} with no entry {@code n} in the reference list. */
        DANGLING_CITATION,
        /** The same act with one adoption date in the body and another in the reference list. */
        ACT_DATE_MISMATCH,
        /** The body cites {@code [n]} for an act, but reference {@code n} names a different act number. */
        ACT_NUMBER_MISMATCH,
        /** The body cites {@code [n]} for an act, but reference {@code n} names no act at all. */
        ACT_NOT_IN_REFERENCE,
        /** The same figure (same subject, same period) stated twice with values that cannot both hold. */
        INCONSISTENT_FIGURE
    }

    public IntegrityFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
    }
}
