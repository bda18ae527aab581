package org.policylens.model;

import java.math.BigDecimal;
import java.util.Objects;

/** A plain count or measure; {@code unit} is what is counted when known (may be empty). */
public record Quantity(BigDecimal amount, String unit) implements Value {
    public Quantity {
        Objects.requireNonNull(amount, "amount");
        unit = unit == null ? "" : unit;
    }

    @Override
    public FactType type() {
        return FactType.NUMBER;
    }

    @Override
    public String normalized() {
        return Amounts.plain(amount);
    }
}
