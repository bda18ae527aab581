package org.policylens.model;

import java.math.BigDecimal;

/** The one spelling of a decimal amount in every output: no grouping, no exponent, no trailing zeros. */
public final class Amounts {
    private Amounts() {
    }

    public static String plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        return stripped.toPlainString();
    }
}
