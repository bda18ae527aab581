package org.policylens.index;

import org.policylens.model.DocumentId;
import org.policylens.model.Fact;

import java.util.List;
import java.util.Optional;

/** Reads back one whole indexed document by its id (the web pages show it); empty when no such document. */
public interface DocumentReader {
    Optional<StoredDocument> document(DocumentId id);

    /** Only the document's facts, in text order (no text read): empty when it has none or is not indexed. */
    List<Fact> facts(DocumentId id);
}
