package org.policylens.model;

import java.util.Objects;

/** Stable identity of a source document: its path as given, or relative to the indexed root. */
public record DocumentId(String value) {
    public DocumentId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("empty document id");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
