package org.policylens.bench;

/** A paragraph of real text to build benchmark documents from, with its language code. */
public record SourceParagraph(String text, String language) {
    public SourceParagraph {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty paragraph");
        }
        if (language == null || language.isBlank()) {
            throw new IllegalArgumentException("no language");
        }
    }
}
