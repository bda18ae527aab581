package org.policylens.verify;

import org.policylens.model.ActRef;
import org.policylens.model.DateValue;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.Fact;
import org.policylens.model.MetadataKeys;
import org.policylens.model.Money;
import org.policylens.model.Percent;
import org.policylens.model.ProgramRef;
import org.policylens.model.Quantity;
import org.policylens.model.Qualifier;
import org.policylens.model.Span;
import org.policylens.model.Value;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-built facts for tests: the sentence is the whole document text unless an offset is given. */
public final class TestFacts {
    private TestFacts() {
    }

    public static Fact fact(String doc, String sentence, String surface, Value value, Qualifier q, String subject) {
        return at(doc, 0, sentence, surface, value, q, Optional.empty(), subject);
    }

    public static Fact dated(String doc, String sentence, String surface, Value value, Qualifier q, String when,
                             String subject) {
        return at(doc, 0, sentence, surface, value, q, Optional.of(new DateValue(when)), subject);
    }

    /** A fact whose sentence starts at {@code sentenceStart} of its document. */
    public static Fact at(String doc, int sentenceStart, String sentence, String surface, Value value, Qualifier q,
                          Optional<DateValue> when, String subject) {
        int i = sentence.indexOf(surface);
        if (i < 0) {
            throw new IllegalArgumentException("'" + surface + "' not in '" + sentence + "'");
        }
        return new Fact(new DocumentId(doc), new Span(sentenceStart + i, sentenceStart + i + surface.length()),
                surface, value, q, when, subject, new Span(sentenceStart, sentenceStart + sentence.length()),
                sentence);
    }

    /** A fact located in {@code text} by the {@code occurrence}-th (0-based) match of {@code surface}. */
    public static Fact in(String doc, String text, String surface, int occurrence, Value value, Qualifier q,
                          Optional<DateValue> when, String subject) {
        int i = -1;
        for (int k = 0; k <= occurrence; k++) {
            i = text.indexOf(surface, i + 1);
        }
        if (i < 0) {
            throw new IllegalArgumentException("'" + surface + "' not in text");
        }
        int sentenceStart = Math.max(text.lastIndexOf('\n', i) + 1, Math.max(text.lastIndexOf(". ", i) + 2, 0));
        int sentenceEnd = text.indexOf('\n', i);
        sentenceEnd = sentenceEnd < 0 ? text.length() : sentenceEnd;
        return new Fact(new DocumentId(doc), new Span(i, i + surface.length()), surface, value, q, when, subject,
                new Span(sentenceStart, sentenceEnd), text.substring(sentenceStart, sentenceEnd));
    }

    public static Document document(String id, String text, String hash) {
        return new Document(new DocumentId(id), Path.of(id), "text/plain", "en", text, List.of(), List.of(),
                Map.of(MetadataKeys.CONTENT_HASH, hash, MetadataKeys.TITLE, "Test " + id));
    }

    public static Quantity number(String amount) {
        return new Quantity(new BigDecimal(amount), "");
    }

    public static Quantity number(String amount, String unit) {
        return new Quantity(new BigDecimal(amount), unit);
    }

    public static Money money(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Percent percent(String amount) {
        return new Percent(new BigDecimal(amount));
    }

    public static DateValue date(String iso) {
        return new DateValue(iso);
    }

    public static ActRef act(String id) {
        return new ActRef(id);
    }

    public static ProgramRef program(String name) {
        return new ProgramRef(name);
    }
}
