package org.policylens.ingest;

import org.policylens.model.DocumentId;
import org.policylens.model.ParseResult;

import java.nio.file.Path;

/** Turns one file into a {@link org.policylens.model.Document}, or a one-line failure. Never throws for bad input. */
public interface DocumentIngester {
    ParseResult ingest(Path file, DocumentId id);
}
