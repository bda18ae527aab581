package org.policylens.index;

import org.policylens.model.DateValue;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.Fact;
import org.policylens.model.MetadataKeys;
import org.policylens.model.Qualifier;
import org.policylens.model.Span;
import org.policylens.model.Value;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Small builders for documents and facts written inline in tests. */
final class TestDocs {
    private TestDocs() {
    }

    /** Stand-in for the acts engineer's ActIds::canonical: УП/ПФ/UP/PF-n → PF-n, ПП/ПҚ/PP/PQ-n → PQ-n. */
    static final Function<String, Optional<String>> ACTS = id -> {
        String[] parts = id.trim().toUpperCase(Locale.ROOT).split("[-‐‑–]", 2);
        if (parts.length < 2) {
            return Optional.empty();
        }
        String prefix = switch (parts[0]) {
            case "УП", "ПФ", "UP", "PF" -> "PF";
            case "ПП", "ПҚ", "PP", "PQ" -> "PQ";
            default -> parts[0];
        };
        return Optional.of(prefix + "-" + parts[1]);
    };

    static Document doc(String id, String language, String type, String title, String text) {
        return doc(id, language, type, title, text, List.of());
    }

    static Document doc(String id, String language, String type, String title, String text, List<Span> pages) {
        Map<String, String> meta = new HashMap<>();
        meta.put(MetadataKeys.TITLE, title);
        meta.put(MetadataKeys.CONTENT_HASH, "hash-" + id + "-" + text.hashCode());
        meta.put(MetadataKeys.DOCUMENT_TYPE, type);
        return new Document(new DocumentId(id), Path.of(id), "text/plain", language, text, paragraphs(text), pages,
                meta);
    }

    static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (String part : text.split("\n", -1)) {
            if (!part.isBlank()) {
                out.add(new Span(start, start + part.length()));
            }
            start += part.length() + 1;
        }
        return out;
    }

    static Fact fact(Document d, String surface, Value value) {
        return fact(d, surface, value, Qualifier.EXACT, null, "");
    }

    /** A fact at the first occurrence of {@code surface}; its sentence is the text between sentence ends around it. */
    static Fact fact(Document d, String surface, Value value, Qualifier qualifier, String when, String subject) {
        String text = d.text();
        int start = text.indexOf(surface);
        if (start < 0) {
            throw new IllegalArgumentException("not in text: " + surface);
        }
        int end = start + surface.length();
        int sStart = start;
        while (sStart > 0 && ".!?\n".indexOf(text.charAt(sStart - 1)) < 0) {
            sStart--;
        }
        while (sStart < start && Character.isWhitespace(text.charAt(sStart))) {
            sStart++;
        }
        int sEnd = end;
        while (sEnd < text.length() && ".!?\n".indexOf(text.charAt(sEnd)) < 0) {
            sEnd++;
        }
        if (sEnd < text.length() && text.charAt(sEnd) != '\n') {
            sEnd++;
        }
        Span sentence = new Span(sStart, sEnd);
        return new Fact(d.id(), new Span(start, end), surface, value, qualifier,
                Optional.ofNullable(when).map(DateValue::new), subject, sentence, sentence.of(text));
    }
}
