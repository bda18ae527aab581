package org.policylens.model;

import java.util.Objects;

/** A programme, strategy, project or initiative by canonical name (from the gazetteer, else cleaned surface). */
public record ProgramRef(String name) implements Value {
    public ProgramRef {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("empty programme name");
        }
    }

    @Override
    public FactType type() {
        return FactType.PROGRAM;
    }

    @Override
    public String normalized() {
        return name;
    }
}
