package org.policylens.export;

import org.policylens.model.Fact;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A facts file format: opens a sink on a writer; convenience methods write a whole collection. */
public interface FactExporter {
    /** A sink that writes to {@code out}; closing it flushes but leaves {@code out} open. */
    FactSink open(Writer out) throws IOException;

    default void write(Iterable<Fact> facts, Writer out) throws IOException {
        try (FactSink sink = open(out)) {
            for (Fact f : facts) {
                sink.accept(f);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Writes UTF-8 to {@code file}, replacing it. */
    default void write(Iterable<Fact> facts, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(facts, out);
        }
    }
}
