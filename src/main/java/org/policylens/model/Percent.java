package org.policylens.model;

import java.math.BigDecimal;
import java.util.Objects;

public record Percent(BigDecimal amount) implements Value {
    public Percent {
        Objects.requireNonNull(amount, "amount");
    }

    @Override
    public FactType type() {
        return FactType.PERCENT;
    }

    @Override
    public String normalized() {
        return Amounts.plain(amount);
    }

    @Override
    public String unit() {
        return "%";
    }
}
