package org.policylens.model;

/** The passage a verdict rests on: which document, which page (0 if none), the sentence and the value found. */
public record Evidence(DocumentId document, int page, String passage, String value) {
}
