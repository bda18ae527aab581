package org.policylens.index;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Marks the words of a passage that the query matched, between {@code [[} and {@code ]]}: the passage is
 * re-analyzed with each queried text field's analyzer and a token is marked when its term is one the query
 * asks for (exact terms, or terms accepted by a wildcard/fuzzy automaton). Negated clauses mark nothing.
 * Long passages are cut to a window around the first match.
 */
final class PassageHighlighter {
    static final String OPEN = "[[";
    static final String CLOSE = "]]";
    private static final int WINDOW = 400;
    private static final Set<String> TEXT_FIELDS = Set.of(IndexSchema.TEXT_FOLD, IndexSchema.TEXT_EN,
            IndexSchema.TEXT_RU);

    private final Map<String, Set<BytesRef>> terms = new HashMap<>();
    private final Map<String, List<ByteRunAutomaton>> automata = new HashMap<>();

    PassageHighlighter(Query query) {
        query.visit(new Collector());
    }

    String highlight(String text) {
        List<int[]> marks = new ArrayList<>();
        for (String field : TEXT_FIELDS) {
            if (terms.containsKey(field) || automata.containsKey(field)) {
                collectMarks(field, text, marks);
            }
        }
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

    private void collectMarks(String field, String text, List<int[]> marks) {
        Set<BytesRef> wanted = terms.getOrDefault(field, Set.of());
        List<ByteRunAutomaton> patterns = automata.getOrDefault(field, List.of());
        try (TokenStream ts = IndexSchema.analyzer().tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                BytesRef bytes = new BytesRef(term);
                boolean hit = wanted.contains(bytes);
                for (int i = 0; !hit && i < patterns.size(); i++) {
                    hit = patterns.get(i).run(bytes.bytes, bytes.offset, bytes.length);
                }
                if (hit && offset.endOffset() <= text.length()) {
                    marks.add(new int[] {offset.startOffset(), offset.endOffset()});
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final class Collector extends QueryVisitor {
        @Override
        public void consumeTerms(Query query, Term... queryTerms) {
            for (Term t : queryTerms) {
                terms.computeIfAbsent(t.field(), f -> new HashSet<>()).add(BytesRef.deepCopyOf(t.bytes()));
            }
        }

        @Override
        public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            automata.computeIfAbsent(field, f -> new ArrayList<>()).add(automaton.get());
        }

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
        }
    }
}
