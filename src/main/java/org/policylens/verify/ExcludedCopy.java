package org.policylens.verify;

import org.policylens.model.DocumentId;

/** An indexed document left out as evidence because it is a copy of the article (estimated Jaccard similarity). */
public record ExcludedCopy(DocumentId document, String contentHash, double similarity) {
    public String describe() {
        return document.value() + String.format(java.util.Locale.ROOT, " (%.0f%% alike)", 100 * similarity);
    }
}
