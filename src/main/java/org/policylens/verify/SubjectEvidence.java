package org.policylens.verify;

/**
 * Anchors two facts share (see {@link SubjectMatcher#evidence}): stems near both values, other numbers of both
 * sentences (years weigh less), other sentence words, and their weighted sum.
 */
public record SubjectEvidence(int local, double numbers, int words, double score) {
}
