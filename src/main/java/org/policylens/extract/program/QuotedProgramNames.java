package org.policylens.extract.program;

import org.policylens.annotate.AnnotatedText;
import org.policylens.budget.Budget;
import org.policylens.lang.Vocabularies;
import org.policylens.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Quoted names with a programme cue word right after the closing quote ({@code «Нұрлы жер» бағдарламасы},
 * {@code «Жайлы мектеп» ұлттық жобасына}, {@code “Besh tashabbus” loyihasi}) or as the last word inside it
 * ({@code “Mahalla guzarlarida kasbga o'qitish dasturi”ni}): the order of languages whose cue follows the name.
 * Only in languages whose vocabulary lists such cues ({@code quotedNameCues}: the model cuts these names short or
 * misses them); elsewhere the model decides. Only short quotes on one line are proposed, whole (a number
 * inside is part of the name: {@code “5 ta muhim tashabbus” dasturi}); a cue inside the quotes only when no word
 * follows them ({@code “Taraqqiyot strategiyasi” markazi} is a centre); a quote that starts in lowercase only with
 * two words or more and the cue right after it ({@code “raqamli markirovka va onlayn kassa” loyihasi}, not
 * {@code “onlayn” tizim}), never a domain ({@code “pedkadr.tdi.uz” platformasi}); nested quotes yield the inner
 * name.
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
            Span sentence = text.sentenceAt(name.start());
            boolean named = startsLikeName(v, name)
                    ? ProgramNames.hasCueAfter(v, name, sentence, cues) || endsWithCue(v, name, cues) && !namesNext(v, close)
                    : ProgramNames.hasCueAfter(v, name, sentence, cues, 0) && words(v, name) >= 2;
            if (named && !domain(v, name)) {
                out.add(new Span(i, close + 1));
            }
            from = close + 1; // a closing quote opens nothing
        }
        return out;
    }

    /**
     * The whole quotation around a span inside one ({@code “Besh tashabbus”} around {@code Besh}), else the span:
     * a name the model cut short inside quotes is the whole quoted name.
     */
    static Span enclosing(String v, Span span) {
        int floor = Math.max(0, span.end() - MAX_LENGTH);
        for (int k = span.start() - 1; k >= floor; k--) {
            char c = v.charAt(k);
            if (c == '\n' || c == '»' || c == '”') {
                return span;
            }
            if (OPENERS.indexOf(c) >= 0) {
                int close = closing(v, k + 1, c);
                return close >= span.end() ? new Span(k, close + 1) : span;
            }
        }
        return span;
    }

    /** Whether the quote's last word is a cue and other words precede it. */
    private static boolean endsWithCue(String v, Span name, String[] cues) {
        int e = name.end();
        while (e > name.start() && !Character.isLetterOrDigit(v.charAt(e - 1))) {
            e--;
        }
        int s = e;
        while (s > name.start() && (Character.isLetterOrDigit(v.charAt(s - 1)) || v.charAt(s - 1) == '\'')) {
            s--;
        }
        boolean wordsBefore = false;
        for (int k = name.start(); k < s; k++) {
            wordsBefore |= Character.isLetterOrDigit(v.charAt(k));
        }
        return wordsBefore && e - s <= 16 && ProgramNames.startsWithCue(v, s, cues);
    }

    /**
     * Whether a word follows the closing quote after a space: the quote then names what that word says
     * ({@code “Taraqqiyot strategiyasi” markazi}: a centre), unlike a suffix or punctuation right after it
     * ({@code “… dasturi”ni}).
     */
    private static boolean namesNext(String v, int close) {
        int k = close + 1;
        if (k >= v.length() || v.charAt(k) != ' ') {
            return false;
        }
        while (k < v.length() && v.charAt(k) == ' ') {
            k++;
        }
        return k < v.length() && Character.isLetter(v.charAt(k));
    }

    private static int words(String v, Span name) {
        return NameKeys.words(v, name.start(), name.end()).size();
    }

    /** A quoted web address or domain ({@code pedkadr.tdi.uz}): not a name (addresses are not facts). */
    private static boolean domain(String v, Span name) {
        for (int k = name.start() + 1; k + 1 < name.end(); k++) {
            if (v.charAt(k) == '.' && Character.isLetter(v.charAt(k - 1)) && Character.isLetter(v.charAt(k + 1))) {
                return true;
            }
        }
        return false;
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
