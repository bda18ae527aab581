package org.policylens.model;

import java.util.Objects;

/**
 * A reference to a legal act by its canonical id, the same in every language and script:
 * {@code PF-6079}, {@code PQ-357}, {@code VMQ-17}, {@code ORQ-404}, {@code EO-13658}, {@code PL-113-67}, ...
 * (the README documents every form).
 */
public record ActRef(String id) implements Value {
    public ActRef {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("empty act id");
        }
    }

    @Override
    public FactType type() {
        return FactType.ACT;
    }

    @Override
    public String normalized() {
        return id;
    }
}
