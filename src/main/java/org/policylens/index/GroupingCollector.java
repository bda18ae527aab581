package org.policylens.index;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import static org.policylens.index.IndexSchema.*;

/**
 * Collects matching passages into one entry per source document (its best-scoring passage) and counts the
 * facets (language, type, year, program) once per matching document, from the passages' doc values.
 *
 * <p>Within a segment everything is kept by doc-values ordinal in arrays; when the segment is done, its documents
 * are counted and only those that may enter the top are named (a string each) and kept in a bounded heap. A broad
 * query on a large corpus matches passages by the hundred thousand, and a string, a map entry per document and a
 * sort of them all made it slow. A document's block lies in one segment, so no document is split.
 */
final class GroupingCollector extends SimpleCollector {
    record Best(int doc, float score, String documentId) {
    }

    private static final List<String> FACETS = List.of("language", "type", "year", "program");

    /** Worst first: lowest score, then greatest id, so the root is the one a better document replaces. */
    private static final Comparator<Best> WORST_FIRST =
            Comparator.comparing(Best::score).thenComparing(Best::documentId, Comparator.reverseOrder());

    private final int limit;
    private final PriorityQueue<Best> best;
    private long documents;
    private final Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    private Scorable scorer;
    private Segment segment;

    /** Keeps the best {@code limit} documents (and counts them all). */
    GroupingCollector(int limit) {
        this.limit = Math.max(1, limit);
        this.best = new PriorityQueue<>(this.limit + 1, WORST_FIRST);
        for (String name : FACETS) {
            facets.put(name, new HashMap<>());
        }
    }

    /** The current segment's matches by document ordinal, and its facet counts by value ordinal. */
    private static final class Segment {
        final int base;
        final SortedDocValues ids;
        final SortedDocValues languages;
        final SortedDocValues types;
        final SortedDocValues years;
        final SortedSetDocValues programs;
        final float[] bestScore;
        final int[] bestDoc;
        final long[] languageCounts;
        final long[] typeCounts;
        final long[] yearCounts;
        final long[] programCounts;

        Segment(LeafReaderContext context) throws IOException {
            base = context.docBase;
            ids = DocValues.getSorted(context.reader(), DOC_ID_DV);
            languages = DocValues.getSorted(context.reader(), LANGUAGE_DV);
            types = DocValues.getSorted(context.reader(), DOC_TYPE_DV);
            years = DocValues.getSorted(context.reader(), YEAR_DV);
            programs = DocValues.getSortedSet(context.reader(), PROGRAMS_DV);
            bestScore = new float[ids.getValueCount()];
            Arrays.fill(bestScore, Float.NaN);
            bestDoc = new int[ids.getValueCount()];
            languageCounts = new long[languages.getValueCount()];
            typeCounts = new long[types.getValueCount()];
            yearCounts = new long[years.getValueCount()];
            programCounts = new long[(int) programs.getValueCount()];
        }
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        finishSegment();
        segment = new Segment(context);
    }

    @Override
    public void setScorer(Scorable scorer) {
        this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
        Segment s = segment;
        if (!s.ids.advanceExact(doc)) {
            return;
        }
        int ord = s.ids.ordValue();
        float score = scorer.score();
        float previous = s.bestScore[ord];
        if (Float.isNaN(previous)) {
            count(s.languages, s.languageCounts, doc);
            count(s.types, s.typeCounts, doc);
            count(s.years, s.yearCounts, doc);
            if (s.programs.advanceExact(doc)) {
                for (int i = 0; i < s.programs.docValueCount(); i++) {
                    s.programCounts[(int) s.programs.nextOrd()]++;
                }
            }
        }
        if (Float.isNaN(previous) || score > previous) {
            s.bestScore[ord] = score;
            s.bestDoc[ord] = doc;
        }
    }

    private static void count(SortedDocValues values, long[] counts, int doc) throws IOException {
        if (values.advanceExact(doc)) {
            counts[values.ordValue()]++;
        }
    }

    /** Moves the current segment's documents and counts into the string-keyed results. */
    private void finishSegment() throws IOException {
        Segment s = segment;
        if (s == null) {
            return;
        }
        segment = null;
        for (int ord = 0; ord < s.bestScore.length; ord++) {
            float score = s.bestScore[ord];
            if (Float.isNaN(score)) {
                continue;
            }
            documents++;
            // the id (a string) is read only for a document that may enter the top
            if (best.size() < limit || score >= best.peek().score()) {
                offer(new Best(s.base + s.bestDoc[ord], score, s.ids.lookupOrd(ord).utf8ToString()));
            }
        }
        merge("language", s.languages, s.languageCounts);
        merge("type", s.types, s.typeCounts);
        merge("year", s.years, s.yearCounts);
        for (int ord = 0; ord < s.programCounts.length; ord++) {
            if (s.programCounts[ord] > 0) {
                facets.get("program").merge(s.programs.lookupOrd(ord).utf8ToString(), s.programCounts[ord], Long::sum);
            }
        }
    }

    private void merge(String facet, SortedDocValues values, long[] counts) throws IOException {
        for (int ord = 0; ord < counts.length; ord++) {
            if (counts[ord] > 0) {
                facets.get(facet).merge(values.lookupOrd(ord).utf8ToString(), counts[ord], Long::sum);
            }
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
    }

    long documents() {
        done();
        return documents;
    }

    /** The best documents, best first (ties by id). */
    List<Best> top() {
        done();
        return best.stream().sorted(WORST_FIRST.reversed()).toList();
    }

    /** Facet values by descending count, then value. */
    Map<String, Map<String, Long>> facets() {
        done();
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        facets.forEach((name, counts) -> {
            Map<String, Long> sorted = new LinkedHashMap<>();
            counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> sorted.put(e.getKey(), e.getValue()));
            out.put(name, sorted);
        });
        return out;
    }

    /**
     * A manager for searching segment slices in parallel: one collector per slice, merged at the end (a document
     * lies in one segment, so counts add up and the best documents are the best of the slices' best).
     */
    static CollectorManager<GroupingCollector, GroupingCollector> manager(int limit) {
        return new CollectorManager<>() {
            @Override
            public GroupingCollector newCollector() {
                return new GroupingCollector(limit);
            }

            @Override
            public GroupingCollector reduce(Collection<GroupingCollector> collectors) {
                GroupingCollector merged = new GroupingCollector(limit);
                for (GroupingCollector c : collectors) {
                    c.done();
                    merged.documents += c.documents;
                    for (Best b : c.best) {
                        merged.offer(b);
                    }
                    c.facets.forEach((name, counts) -> counts.forEach((value, n) ->
                            merged.facets.get(name).merge(value, n, Long::sum)));
                }
                return merged;
            }
        };
    }

    private void offer(Best b) {
        best.add(b);
        if (best.size() > limit) {
            best.poll();
        }
    }

    /** Called by the searcher after each segment. */
    @Override
    public void finish() throws IOException {
        finishSegment();
    }

    /** Makes sure the last segment is in the results (idempotent). */
    private void done() {
        try {
            finishSegment();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
