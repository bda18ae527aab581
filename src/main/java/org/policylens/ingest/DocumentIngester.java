package org.policylens.ingest;

import org.policylens.model.DocumentId;
import org.policylens.model.ParseResult;

import java.nio.file.Path;

/** Turns one file into a {@link org.policylens.model.Document}, or a one-line failure. Never throws for bad input. */
public interface DocumentIngester {
    ParseResult ingest(Path file, DocumentId id);

    /**
     * A hint that the calling thread will ingest {@code file} next: an ingester may start on it in the background,
     * so that the thread's other work overlaps it. Ignoring the hint is always correct.
     */
    default void startEarly(Path file) {
    }
}
