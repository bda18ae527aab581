package org.policylens.index;

import org.policylens.model.DocumentId;
import org.policylens.model.Fact;
import org.policylens.model.Span;

import java.util.List;

/**
 * One indexed document as the index holds it: its entry's fields, its text rebuilt from the stored passages (the
 * blank runs between passages come back as line breaks and spaces, so every fact offset still points at its words),
 * its passages with their pages, and its facts in text order.
 */
public record StoredDocument(DocumentId id, String title, String documentType, String language, String date,
                             String contentHash, String text, List<Passage> passages, List<Fact> facts) {
    public record Passage(Span span, int page) {
    }

    public StoredDocument {
        passages = List.copyOf(passages);
        facts = List.copyOf(facts);
    }
}
