package org.policylens.model;

/** The normalized value of a fact; {@link #normalized()} is the CSV {@code value} column. */
public sealed interface Value permits DateValue, Quantity, Money, Percent, ActRef, ProgramRef {
    FactType type();

    String normalized();

    /** CSV {@code unit} column: ISO currency, {@code %}, a counted unit, or empty. */
    default String unit() {
        return "";
    }
}
