package org.policylens.annotate;

import org.policylens.model.Language;
import org.policylens.model.Span;

import java.util.List;

/**
 * A text with its sentences and tokens. {@code view} is a length-preserving normalization of
 * {@code text} for matching (apostrophe variants unified, Latin look-alikes inside Cyrillic words
 * repaired, exotic spaces made plain), so a span found in {@code view} is valid in {@code text}.
 */
public record AnnotatedText(String text, String view, Language language, List<Span> sentences, List<Span> tokens) {
    public AnnotatedText {
        if (view.length() != text.length()) {
            throw new IllegalArgumentException("matching view must keep the text's length");
        }
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
    }

    /** The sentence containing {@code offset} (the whole text when there are no sentences). */
    public Span sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return new Span(0, text.length());
    }
}
