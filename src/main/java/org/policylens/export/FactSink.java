package org.policylens.export;

import org.policylens.model.Fact;

import java.io.Closeable;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Receives facts one by one, so an export can stream straight from {@code CorpusIndex.forEachFact}.
 * {@link #accept} reports I/O failures as {@link java.io.UncheckedIOException}; {@link #close} flushes and
 * closes only what the sink itself opened.
 */
public interface FactSink extends Consumer<Fact>, Closeable {
    @Override
    void close() throws IOException;
}
