package org.policylens.index;

import org.policylens.model.Fact;

/** A stored fact with where it stands: page (0 if none), its document's title and content hash, and a score. */
public record FactHit(Fact fact, int page, String documentTitle, String contentHash, float score) {
}
