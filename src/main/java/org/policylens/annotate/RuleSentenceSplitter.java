package org.policylens.annotate;

import org.policylens.budget.Budget;
import org.policylens.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule-based sentence splitting for Russian, Uzbek (both scripts), Kazakh and anything without a model.
 * First cuts hard blocks at blank lines and list items, then splits a block after terminal punctuation
 * followed by whitespace unless {@link SentenceRules} vetoes it. Single line breaks are ordinary spaces
 * (text extracted from PDF breaks lines mid-sentence). Linear in the text length.
 */
public final class RuleSentenceSplitter {
    private RuleSentenceSplitter() {
    }

    /** Sentences of a matching view (see {@link MatchingView}), trimmed, in order, never overlapping. */
    public static List<Span> split(String view) {
        List<Span> out = new ArrayList<>();
        for (Span block : blocks(view)) {
            splitBlock(view, block, out);
        }
        return out;
    }

    /** Hard blocks: paragraphs separated by blank lines, and list items each on their own. Trimmed. */
    public static List<Span> blocks(String v) {
        List<Span> out = new ArrayList<>();
        int n = v.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            if (v.charAt(i) == '\n') {
                int j = i + 1;
                boolean blank = false;
                while (j < n && Character.isWhitespace(v.charAt(j))) {
                    if (v.charAt(j) == '\n') {
                        blank = true;
                    }
                    j++;
                }
                if (blank || SentenceRules.isListItem(v, j)) {
                    addTrimmed(v, start, i, out);
                    start = j;
                }
                i = j;
            } else {
                i++;
            }
        }
        addTrimmed(v, start, n, out);
        return out;
    }

    static void splitBlock(String v, Span block, List<Span> out) {
        int start = block.start();
        int end = block.end();
        int i = start;
        while (i < end) {
            char c = v.charAt(i);
            if (isTerminal(c)) {
                int last = i;
                int e = i + 1;
                while (e < end && (isTerminal(v.charAt(e)) || isCloser(v.charAt(e)))) {
                    if (isTerminal(v.charAt(e))) {
                        last = e;
                    }
                    e++;
                }
                if (e >= end) {
                    break;
                }
                if (Character.isWhitespace(v.charAt(e))) {
                    int next = e;
                    while (next < end && Character.isWhitespace(v.charAt(next))) {
                        next++;
                    }
                    if (SentenceRules.mayEndAt(v, last == i ? i : last, next, firstNonSpace(v, start, end))) {
                        addTrimmed(v, start, e, out);
                        start = next;
                    }
                    i = next;
                    continue;
                }
                i = e;
            } else {
                i++;
            }
        }
        addTrimmed(v, start, end, out);
    }

    /**
     * Post-corrects sentences proposed by a statistical model inside one block: a boundary the rules veto
     * (abbreviation, initial, lowercase continuation) is merged away.
     */
    static void correct(String v, Span block, List<Span> proposed, List<Span> out) {
        int start = -1;
        int end = -1;
        for (Span s : proposed) {
            if (start < 0) {
                start = s.start();
                end = s.end();
                continue;
            }
            int last = end - 1;
            while (last > start && isCloser(v.charAt(last))) {
                last--;
            }
            boolean keep = !isTerminal(v.charAt(last)) ? !Character.isLowerCase(v.charAt(s.start()))
                    : SentenceRules.mayEndAt(v, last, s.start(), start);
            if (keep) {
                addTrimmed(v, start, end, out);
                start = s.start();
            }
            end = s.end();
        }
        if (start >= 0) {
            addTrimmed(v, start, end, out);
        } else {
            addTrimmed(v, block.start(), block.end(), out);
        }
    }

    /**
     * The sentences with each one longer than {@code max} characters cut into pieces of at most {@code max}: after
     * the last whitespace in a piece's second half, else after its last character that is neither letter nor digit,
     * else at {@code max}. Real sentences stay whole (the longest in our real corpus, outside tables, is under 5,000
     * characters); a megabyte without punctuation would otherwise be one sentence, and every fact in it would carry
     * and scan all of it (quadratic in the finders' context, the linking and the facts' sentence column).
     */
    public static List<Span> capLength(String v, List<Span> sentences, int max) {
        List<Span> out = null;
        for (int k = 0; k < sentences.size(); k++) {
            Span s = sentences.get(k);
            if (s.length() <= max) {
                if (out != null) {
                    out.add(s);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(sentences.subList(0, k));
            }
            int start = s.start();
            while (s.end() - start > max) {
                int cut = cutPoint(v, start, start + max);
                addTrimmed(v, start, cut, out);
                start = cut;
            }
            addTrimmed(v, start, s.end(), out);
        }
        return out == null ? sentences : out;
    }

    private static int cutPoint(String v, int start, int hardEnd) {
        int half = start + (hardEnd - start) / 2;
        for (int i = hardEnd; i > half; i--) {
            if (Character.isWhitespace(v.charAt(i - 1))) {
                return i;
            }
        }
        for (int i = hardEnd; i > half; i--) {
            if (!Character.isLetterOrDigit(v.charAt(i - 1))) {
                return i;
            }
        }
        return hardEnd;
    }

    private static int firstNonSpace(String v, int from, int to) {
        while (from < to && Character.isWhitespace(v.charAt(from))) {
            from++;
        }
        return from;
    }

    static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    static boolean isCloser(char c) {
        return c == '"' || c == '»' || c == '”' || c == '\'' || c == ')' || c == ']' || c == '“';
    }

    static void addTrimmed(String v, int from, int to, List<Span> out) {
        Budget.check(); // once per sentence
        while (from < to && Character.isWhitespace(v.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(v.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            out.add(new Span(from, to));
        }
    }
}
