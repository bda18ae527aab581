package org.policylens.index;

import org.policylens.budget.Budget;
import org.policylens.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a document's text into passages, the unit of full-text ranking: one per paragraph, or windows of
 * whole sentences when a paragraph is long. Sentence ends are found crudely ([.!?…;] then whitespace), which is
 * enough for ranking windows; a sentence longer than a window is cut at whitespace. Blank text yields nothing.
 */
public final class PassageSplitter {
    private final int maxChars;

    public PassageSplitter(int maxChars) {
        if (maxChars < 50) {
            throw new IllegalArgumentException("passage size too small: " + maxChars);
        }
        this.maxChars = maxChars;
    }

    public List<Span> split(String text, List<Span> paragraphs) {
        List<Span> blocks = paragraphs.isEmpty() ? blankLineParagraphs(text) : paragraphs;
        List<Span> out = new ArrayList<>();
        for (Span p : blocks) {
            if (p.end() > text.length()) {
                continue; // a paragraph that does not fit the text is a bug upstream; never fail on it here
            }
            Span trimmed = trim(text, p);
            if (trimmed == null) {
                continue;
            }
            if (trimmed.length() <= maxChars) {
                out.add(trimmed);
            } else {
                windows(text, trimmed, out);
            }
        }
        return out;
    }

    private void windows(String text, Span paragraph, List<Span> out) {
        int windowStart = paragraph.start();
        int lastBoundary = -1;
        int i = paragraph.start();
        while (i < paragraph.end()) {
            // a sentence end beyond the window's reach would not fit it anyway: never scan past it, or every
            // window of a paragraph without sentence ends rescans the paragraph's rest (quadratic)
            int sentenceEnd = nextSentenceEnd(text, i, Math.min(paragraph.end(), windowStart + maxChars + 1),
                    paragraph.end());
            if (sentenceEnd - windowStart > maxChars) {
                if (lastBoundary > windowStart) {
                    emit(text, windowStart, lastBoundary, out);
                    windowStart = lastBoundary;
                    lastBoundary = -1;
                    continue; // re-measure the same sentence against the fresh window
                }
                int cut = cutAtWhitespace(text, windowStart, windowStart + maxChars);
                emit(text, windowStart, cut, out);
                windowStart = cut;
                i = cut;
                continue;
            }
            lastBoundary = sentenceEnd;
            i = sentenceEnd;
        }
        emit(text, windowStart, paragraph.end(), out);
    }

    /** The end of the sentence starting at {@code from}, or {@code scanLimit} when none ends before it. */
    private static int nextSentenceEnd(String text, int from, int scanLimit, int paragraphEnd) {
        for (int i = from; i < scanLimit; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '…' || c == ';')
                    && (i + 1 == paragraphEnd || Character.isWhitespace(text.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return scanLimit;
    }

    private static int cutAtWhitespace(String text, int start, int hardEnd) {
        for (int i = hardEnd; i > start + (hardEnd - start) / 2; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        return hardEnd;
    }

    private static void emit(String text, int start, int end, List<Span> out) {
        Budget.check(); // once per passage
        Span s = trim(text, new Span(start, end));
        if (s != null) {
            out.add(s);
        }
    }

    private static Span trim(String text, Span span) {
        int s = span.start();
        int e = span.end();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return s == e ? null : new Span(s, e);
    }

    private static List<Span> blankLineParagraphs(String text) {
        List<Span> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n").matcher(text);
        int start = 0;
        while (m.find()) {
            out.add(new Span(start, m.start()));
            start = m.end();
        }
        out.add(new Span(start, text.length()));
        return out;
    }
}
