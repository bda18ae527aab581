package org.policylens.extract;

import org.policylens.annotate.AnnotatedText;

import java.util.List;

/** Finds facts of one family (dates, amounts, acts, programmes) in an annotated text. Must never throw. */
public interface CandidateFinder {
    List<Candidate> find(AnnotatedText text);
}
