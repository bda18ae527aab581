package org.policylens.extract;

import org.policylens.model.DateValue;
import org.policylens.model.FactType;
import org.policylens.model.Qualifier;
import org.policylens.model.Span;
import org.policylens.model.Value;

import java.util.Optional;

/**
 * One finder's proposal before overlaps are resolved and figures are linked to dates and subjects.
 * {@code when} is set by finders that see the date themselves (an act's adoption date next to its number).
 * {@code subject} is an act's title, or empty.
 */
public record Candidate(Span span, Value value, Qualifier qualifier, Optional<DateValue> when, String subject,
                        String finder) {
    public FactType type() {
        return value.type();
    }

    public static Candidate of(Span span, Value value, Qualifier qualifier, String finder) {
        return new Candidate(span, value, qualifier, Optional.empty(), "", finder);
    }
}
