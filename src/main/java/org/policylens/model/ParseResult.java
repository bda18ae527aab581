package org.policylens.model;

import java.nio.file.Path;

/** What ingesting one file gives: a document, or a one-line reason it could not be read. */
public sealed interface ParseResult permits ParseResult.Parsed, ParseResult.Failed {
    Path path();

    record Parsed(Path path, Document document) implements ParseResult {
    }

    record Failed(Path path, String reason) implements ParseResult {
    }
}
