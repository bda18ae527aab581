package org.policylens.index;

import org.policylens.model.DocumentId;

/** An indexed document's id, content hash and near-duplicate signature. */
public record SignedDocument(DocumentId id, String contentHash, TextSignature signature) {
}
