package org.policylens.index;

import org.policylens.model.DocumentId;

import java.util.Optional;

/** Reads back one whole indexed document by its id (the web pages show it); empty when no such document. */
public interface DocumentReader {
    Optional<StoredDocument> document(DocumentId id);
}
