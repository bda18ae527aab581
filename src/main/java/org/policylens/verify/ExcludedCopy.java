package org.policylens.verify;

import org.policylens.model.DocumentId;

/**
 * An indexed document left out as evidence because it is a copy of the article: its similarity is the estimated
 * Jaccard similarity of the two signatures, or for a copy found by {@link RestatedSentences} the share of the
 * article's long fact sentences it restates.
 */
public record ExcludedCopy(DocumentId document, String contentHash, double similarity) {
    public String describe() {
        return document.value() + String.format(java.util.Locale.ROOT, " (%.0f%% alike)", 100 * similarity);
    }
}
