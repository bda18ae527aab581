package org.policylens.index;

import org.policylens.model.DocumentId;

/**
 * One ranked document: {@code passage} is its best passage with matched words between
 * {@code [[} and {@code ]]}; {@code page} is 0 when unknown; {@code date} is the adoption date or empty.
 */
public record SearchHit(DocumentId document, String title, String documentType, String language, String date,
                        float score, String passage, int page) {
}
