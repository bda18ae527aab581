package org.policylens.extract;

import org.policylens.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long text into pieces of about a target length, only right after a blank line: sentences never cross a
 * blank line (it ends a hard block, {@link org.policylens.annotate.RuleSentenceSplitter#blocks}), so each piece
 * annotates to exactly the sentences the whole text has there. The pieces cover the text without gaps.
 */
final class ParagraphChunks {
    private ParagraphChunks() {
    }

    static List<Span> of(String text, int target) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        while (n - start > target + target / 2) {
            int cut = cutAfterBlankLine(text, start + target);
            if (cut < 0 || cut >= n) {
                break;
            }
            out.add(new Span(start, cut));
            start = cut;
        }
        out.add(new Span(start, n));
        return out;
    }

    /** The first offset at or after {@code from} that follows a blank line (a newline, spaces, a newline, spaces). */
    static int cutAfterBlankLine(String text, int from) {
        int n = text.length();
        int i = text.indexOf('\n', from);
        while (i >= 0) {
            int j = i + 1;
            boolean blank = false;
            while (j < n && Character.isWhitespace(text.charAt(j))) {
                if (text.charAt(j) == '\n') {
                    blank = true;
                }
                j++;
            }
            if (blank) {
                return j;
            }
            i = text.indexOf('\n', j);
        }
        return -1;
    }
}
