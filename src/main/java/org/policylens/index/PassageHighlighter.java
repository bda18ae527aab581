package org.policylens.index;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter.HighlightFlag;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Marks the words of a passage that the query matched, between {@code [[} and {@code ]]}, with Lucene's unified
 * highlighter set up as Solr runs it for the Solr backend ({@code hl.method=unified} with {@link #SOLR_PARAMS}): each
 * text field the passage is indexed in is re-analysed with that field's index analyzer, and a token is marked when it
 * is one of the terms the query asks of that field (exact terms, or terms a wildcard/fuzzy query accepts), wherever it
 * stands, phrase or not; negated clauses mark nothing. The marks of the passage's fields are merged, and a long
 * passage is cut to a window around the first mark, the same way for both backends.
 */
public final class PassageHighlighter {
    static final String OPEN = "[[";
    static final String CLOSE = "]]";
    /** Transport tags around a match: private-use characters that no extracted text holds, so marks read back exactly. */
    private static final String PRE = "\uE000";
    private static final String POST = "\uE001";
    private static final int WINDOW = 400;
    /** Every character of a passage is analysed (Solr's default stops at 51,200). */
    private static final int MAX_ANALYZED_CHARS = 1 << 20;

    /**
     * The highlighting parameters of a Solr search, the unified highlighter set up as {@link #PassageHighlighter(Query)}
     * sets up Lucene's: the whole stored value as one passage, per-field terms, every occurrence of a term (no phrase
     * or weight matching); Solr always adds relevancy-over-speed, so the local one does too.
     */
    public static final Map<String, String> SOLR_PARAMS = Map.ofEntries(
            Map.entry("hl", "true"),
            Map.entry("hl.method", "unified"),
            Map.entry("hl.fl", String.join(",", IndexSchema.TEXT_FOLD, IndexSchema.TEXT_EN, IndexSchema.TEXT_RU)),
            Map.entry("hl.requireFieldMatch", "true"),
            Map.entry("hl.usePhraseHighlighter", "false"),
            Map.entry("hl.weightMatches", "false"),
            Map.entry("hl.highlightMultiTerm", "true"),
            Map.entry("hl.bs.type", "WHOLE"),
            Map.entry("hl.fragsize", "0"),
            Map.entry("hl.snippets", "1"),
            Map.entry("hl.defaultSummary", "false"),
            Map.entry("hl.maxAnalyzedChars", Integer.toString(MAX_ANALYZED_CHARS)),
            Map.entry("hl.tag.pre", PRE),
            Map.entry("hl.tag.post", POST));

    private final Query query;
    private final UnifiedHighlighter highlighter;

    /** A highlighter of {@code query}'s matches in passages given as text (the local index stores no analysed text). */
    PassageHighlighter(Query query) {
        this.query = query;
        this.highlighter = UnifiedHighlighter.builderWithoutSearcher(IndexSchema.indexAnalyzer())
                .withHandleMultiTermQuery(true)
                .withHighlightPhrasesStrictly(false)
                .withWeightMatches(false)
                .withPassageRelevancyOverSpeed(true)
                .withFlags(EnumSet.of(HighlightFlag.MULTI_TERM_QUERY, HighlightFlag.PASSAGE_RELEVANCY_OVER_SPEED))
                .withBreakIterator(WholeBreakIterator::new)
                .withMaxLength(MAX_ANALYZED_CHARS)
                .withMaxNoHighlightPassages(0)
                .withFormatter(new DefaultPassageFormatter(PRE, POST, "", false))
                .build();
    }

    /** The passage with its matches in {@code fields} (those it is indexed in) marked, cut to a window. */
    String highlight(String text, List<String> fields) {
        List<String> highlighted = new ArrayList<>(fields.size());
        try {
            for (String field : fields) {
                Object one = highlighter.highlightWithoutSearcher(field, query, text, 1);
                if (one != null) {
                    highlighted.add(one.toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return marked(text, highlighted);
    }

    /**
     * The passage {@code text} marked with the matches of its fields' highlights (each the whole text with the
     * transport tags, as Solr returns them for {@link #SOLR_PARAMS}), cut to a window around the first match.
     */
    public static String marked(String text, Collection<String> highlighted) {
        List<int[]> marks = new ArrayList<>();
        for (String h : highlighted) {
            marks.addAll(marksOf(text, h));
        }
        return window(text, marks);
    }

    /** The spans between transport tags, as offsets in the text without them; none when it is not {@code text} tagged. */
    private static List<int[]> marksOf(String text, String highlighted) {
        List<int[]> out = new ArrayList<>();
        StringBuilder plain = new StringBuilder(text.length());
        int start = -1;
        for (int i = 0; i < highlighted.length(); i++) {
            char c = highlighted.charAt(i);
            if (c == PRE.charAt(0)) {
                start = plain.length();
            } else if (c == POST.charAt(0) && start >= 0) {
                out.add(new int[] {start, plain.length()});
                start = -1;
            } else {
                plain.append(c);
            }
        }
        // a highlight of other text (a value cut short) would mark the wrong words
        return plain.toString().equals(text) ? out : List.of();
    }

    private static String window(String text, List<int[]> marks) {
        marks.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] m : marks) {
            if (!merged.isEmpty() && m[0] < merged.get(merged.size() - 1)[1]) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], m[1]);
            } else {
                merged.add(new int[] {m[0], m[1]});
            }
        }
        int from = 0;
        int to = text.length();
        if (text.length() > WINDOW) {
            int anchor = merged.isEmpty() ? 0 : merged.get(0)[0];
            from = Math.max(0, anchor - WINDOW / 4);
            while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
                from--;
            }
            to = Math.min(text.length(), from + WINDOW);
            while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
                to++;
            }
        }
        StringBuilder out = new StringBuilder();
        if (from > 0) {
            out.append("… ");
        }
        int at = from;
        for (int[] m : merged) {
            if (m[0] < from || m[1] > to) {
                continue;
            }
            out.append(text, at, m[0]).append(OPEN).append(text, m[0], m[1]).append(CLOSE);
            at = m[1];
        }
        out.append(text, at, to);
        if (to < text.length()) {
            out.append(" …");
        }
        return out.toString().replaceAll("\\s+", " ").trim();
    }
}
