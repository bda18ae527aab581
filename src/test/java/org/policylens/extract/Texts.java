package org.policylens.extract;

import org.policylens.annotate.AnnotatedText;
import org.policylens.model.Language;
import org.policylens.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Test helpers: an {@link AnnotatedText} built without OpenNLP (trivial sentence split), and lookups. */
public final class Texts {
    private static final Set<String> ABBREVIATIONS = Set.of("no", "nos", "art", "sec", "mr", "dr", "p", "pp", "vol",
            "г", "гг", "ст", "п", "e.g", "i.e", "etc", "u.s", "ch");

    private Texts() {
    }

    public static AnnotatedText annotated(String text, Language language) {
        return new AnnotatedText(text, PipelineFactExtractor.plainView(text), language, sentences(text), List.of());
    }

    /** Splits after . ! ? followed by a space and a capital (not after an abbreviation or initial), and at blank lines. */
    public static List<Span> sentences(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = false;
            int next = i + 1;
            if ((c == '.' || c == '!' || c == '?') && next + 1 < n && Character.isWhitespace(text.charAt(next))
                    && (Character.isUpperCase(text.charAt(next + 1)) || text.charAt(next + 1) == '['
                    || text.charAt(next + 1) == '\n')) {
                int ws = i;
                while (ws > start && Character.isLetter(text.charAt(ws - 1))) {
                    ws--;
                }
                String word = text.substring(ws, i).toLowerCase();
                end = !ABBREVIATIONS.contains(word) && !(word.length() == 1 && Character.isUpperCase(text.charAt(ws)));
            } else if (c == '\n' && next < n && text.charAt(next) == '\n') {
                end = true;
            } else if (c == '\n' && i > 0 && ".;:!?".indexOf(text.charAt(i - 1)) >= 0) {
                end = true;
            }
            if (end) {
                if (next > start) {
                    out.add(new Span(start, next));
                }
                start = next;
                while (start < n && text.charAt(start) == ' ') {
                    start++;
                }
            }
        }
        if (start < n) {
            out.add(new Span(start, n));
        }
        return out;
    }

    public static Optional<Candidate> bySurface(String text, List<Candidate> candidates, String surface) {
        return candidates.stream().filter(c -> c.span().of(text).equals(surface)).findFirst();
    }

    public static List<String> surfaces(String text, List<Candidate> candidates) {
        return candidates.stream().map(c -> c.span().of(text) + "=" + c.value().normalized()).toList();
    }
}
