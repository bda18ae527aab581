package org.policylens.index;

import org.policylens.model.DocumentId;

import java.util.List;

/**
 * One indexed document's stored passages in text order, with the path of the file it was read from (its id when
 * it came from no file): the text search sees, read back without parsing the source again.
 */
public record DocumentPassages(DocumentId id, String path, List<String> passages) {
    public DocumentPassages {
        passages = List.copyOf(passages);
    }
}
