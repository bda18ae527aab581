package org.policylens.extract.program;

import org.policylens.annotate.AnnotatedText;
import org.policylens.budget.Budget;
import org.policylens.lang.Vocabularies;
import org.policylens.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Quoted names with a programme cue word right after the closing quote ({@code «Нұрлы жер» бағдарламасы},
 * {@code «Жайлы мектеп» ұлттық жобасына}, {@code "X" jobasy}): the order of languages whose cue follows the name.
 * Only in languages whose vocabulary lists such cues ({@code quotedNameCues}: those the name model was not trained
 * on, which it misses there); elsewhere the model decides. Only short quotes that
 * start like a name (capital letter or digit) on one line are proposed; nested quotes yield the inner name.
 */
final class QuotedProgramNames {
    /** Longest quoted name proposed, in characters: longer quotes are titles of acts, not names. */
    static final int MAX_LENGTH = 80;
    private static final String OPENERS = "«“„\"";

    private QuotedProgramNames() {
    }

    /** Raw spans (quotes included) of quoted names followed by a cue word. */
    static List<Span> find(AnnotatedText text) {
        String v = text.view();
        List<Span> out = new ArrayList<>();
        String[] cues = Vocabularies.of(text.language()).quotedNameCues().toArray(String[]::new);
        if (cues.length == 0) {
            return out; // the model decides for this language
        }
        int from = 0;
        int i;
        while ((i = nextOpener(v, from)) >= 0) {
            from = i + 1;
            Budget.check();
            char open = v.charAt(i);
            int close = closing(v, i + 1, open);
            if (close < 0) {
                continue;
            }
            Span name = new Span(i + 1, close);
            if (startsLikeName(v, name) && ProgramNames.hasCueAfter(v, name, text.sentenceAt(name.start()), cues)) {
                out.add(new Span(i, close + 1));
            }
            from = close + 1; // a closing quote opens nothing
        }
        return out;
    }

    private static int nextOpener(String v, int from) {
        for (int k = from; k < v.length(); k++) {
            if (OPENERS.indexOf(v.charAt(k)) >= 0) {
                return k;
            }
        }
        return -1;
    }

    /** The closing quote of {@code open}, within {@link #MAX_LENGTH} and one line; -1 when another quote opens. */
    private static int closing(String v, int from, char open) {
        int limit = Math.min(v.length(), from + MAX_LENGTH + 1);
        for (int k = from; k < limit; k++) {
            char c = v.charAt(k);
            boolean closes = switch (open) {
                case '«' -> c == '»';
                case '“' -> c == '”';
                case '„' -> c == '“' || c == '”';
                default -> c == '"';
            };
            if (closes) {
                return k;
            }
            if (c == '\n' || (c != '"' && OPENERS.indexOf(c) >= 0)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean startsLikeName(String v, Span name) {
        int k = name.start();
        while (k < name.end() && v.charAt(k) == ' ') {
            k++;
        }
        return k < name.end() && (Character.isUpperCase(v.charAt(k)) || Character.isDigit(v.charAt(k)));
    }
}
