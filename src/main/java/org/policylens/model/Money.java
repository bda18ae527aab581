package org.policylens.model;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount of money; {@code currency} is an ISO 4217 code such as USD, UZS, KZT, RUB, EUR. */
public record Money(BigDecimal amount, String currency) implements Value {
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    @Override
    public FactType type() {
        return FactType.MONEY;
    }

    @Override
    public String normalized() {
        return Amounts.plain(amount);
    }

    @Override
    public String unit() {
        return currency;
    }
}
