package org.policylens.bench;

import java.util.List;

/** The content of one benchmark document before it is written in a format. */
public record GeneratedDocument(String id, String title, String language, List<String> paragraphs) {
    public GeneratedDocument {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The plain text: title and paragraphs separated by blank lines. */
    public String plainText() {
        return title + "\n\n" + String.join("\n\n", paragraphs) + "\n";
    }
}
