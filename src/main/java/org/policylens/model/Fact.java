package org.policylens.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One fact stated in a document. {@code text} is exactly {@code document.text().substring(span)};
 * {@code sentenceText} is the sentence holding it (kept so that facts read back from an index need
 * no re-parsing). {@code when} is an act's adoption date, or the date/period a figure refers to.
 */
public record Fact(DocumentId document, Span span, String text, Value value, Qualifier qualifier,
                   Optional<DateValue> when, String subject, Span sentence, String sentenceText) {
    public Fact {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(when, "when");
        subject = subject == null ? "" : subject;
        Objects.requireNonNull(sentence, "sentence");
        sentenceText = sentenceText == null ? "" : sentenceText;
    }

    public FactType type() {
        return value.type();
    }
}
