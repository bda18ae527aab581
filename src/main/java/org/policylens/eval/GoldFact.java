package org.policylens.eval;

import org.policylens.model.DateValue;
import org.policylens.model.FactType;
import org.policylens.model.Qualifier;

import java.util.Objects;
import java.util.Optional;

/**
 * One annotated fact: its type, exact surface form in the passage, normalized value (CSV spelling),
 * qualifier and linked date (a figure's reference date or an act's adoption date).
 */
public record GoldFact(FactType type, String text, String value, Qualifier qualifier, Optional<DateValue> date,
                       int line) {
    public GoldFact {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(date, "date");
    }
}
