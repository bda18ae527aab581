package org.policylens.verify;

/**
 * Anchors two facts share (see {@link SubjectMatcher#evidence}): stems near both values, other numbers of both
 * sentences (years weigh less), how many of those numbers are not years (act numbers, counts), other sentence
 * words, and their weighted sum.
 */
public record SubjectEvidence(int local, double numbers, int figures, int words, double score) {
}
