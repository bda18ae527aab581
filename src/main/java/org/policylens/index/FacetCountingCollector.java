package org.policylens.index;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.policylens.index.IndexSchema.*;

/**
 * Counts the source documents with a matching passage and their facets (language, type, year, program, act), without
 * scoring: every match must be seen for exact counts, but none needs a score. Counts are kept by doc-values ordinal
 * per segment, read from the cached {@link BlockFacets}, and named once when the segment is done. A document's passages are consecutive entries of one segment
 * (its block, ended by the document entry), so a hit past the last counted block's end starts a new document.
 */
final class FacetCountingCollector extends SimpleCollector {
    private static final List<String> FACETS = List.of("language", "type", "year", "program", "act");

    private final Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    private long documents;
    private Segment segment;

    FacetCountingCollector() {
        for (String name : FACETS) {
            facets.put(name, new HashMap<>());
        }
    }

    /** The current segment's blocks and its facet counts by value ordinal. */
    private static final class Segment {
        final BlockFacets blocks;
        final SortedDocValues languages;
        final SortedDocValues types;
        final SortedDocValues years;
        final SortedSetDocValues programs;
        final SortedSetDocValues acts;
        final long[] languageCounts;
        final long[] typeCounts;
        final long[] yearCounts;
        final long[] programCounts;
        final long[] actCounts;
        final int maxDoc;
        /** The first entry after the last counted document's block. */
        int uncounted;

        Segment(LeafReaderContext context) throws IOException {
            LeafReader reader = context.reader();
            maxDoc = reader.maxDoc();
            blocks = BlockFacets.of(reader);
            // kept to name the counted ordinals when the segment is done (lookupOrd needs no positioning)
            languages = DocValues.getSorted(reader, LANGUAGE_DV);
            types = DocValues.getSorted(reader, DOC_TYPE_DV);
            years = DocValues.getSorted(reader, YEAR_DV);
            programs = DocValues.getSortedSet(reader, PROGRAMS_DV);
            languageCounts = new long[languages.getValueCount()];
            typeCounts = new long[types.getValueCount()];
            yearCounts = new long[years.getValueCount()];
            programCounts = new long[(int) programs.getValueCount()];
            acts = DocValues.getSortedSet(reader, ACTS_DV);
            actCounts = new long[(int) acts.getValueCount()];
        }
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        finishSegment();
        segment = new Segment(context);
    }

    @Override
    public void collect(int doc) {
        Segment s = segment;
        if (doc < s.uncounted) {
            return; // another passage of a document already counted
        }
        BlockFacets f = s.blocks;
        int end = f.ranks.endOf(doc);
        if (end == DocIdSetIterator.NO_MORE_DOCS) {
            s.uncounted = doc + 1; // outside any block: BlockBuilder never writes that
            return;
        }
        int b = f.ranks.blockEndingAt(end);
        s.uncounted = end + 1;
        documents++;
        count(f.language[b], s.languageCounts);
        count(f.type[b], s.typeCounts);
        count(f.year[b], s.yearCounts);
        for (long ord : f.programs[b]) {
            s.programCounts[(int) ord]++;
        }
        for (long ord : f.acts[b]) {
            s.actCounts[(int) ord]++;
        }
    }

    /**
     * The entries not yet counted: once a document is counted, the scorer advances past its block instead of matching
     * its other passages one by one (a phrase's positions are checked only until a document's first match).
     */
    @Override
    public DocIdSetIterator competitiveIterator() {
        return new DocIdSetIterator() {
            private int doc = -1;

            @Override
            public int docID() {
                return doc;
            }

            @Override
            public int nextDoc() {
                return advance(doc + 1);
            }

            @Override
            public int advance(int target) {
                Segment s = segment;
                int next = Math.max(target, s.uncounted);
                doc = next >= s.maxDoc ? NO_MORE_DOCS : next;
                return doc;
            }

            @Override
            public long cost() {
                return segment.maxDoc;
            }
        };
    }

    private static void count(int ord, long[] counts) {
        if (ord >= 0) {
            counts[ord]++;
        }
    }

    private void finishSegment() throws IOException {
        Segment s = segment;
        if (s == null) {
            return;
        }
        segment = null;
        name("language", s.languages, s.languageCounts);
        name("type", s.types, s.typeCounts);
        name("year", s.years, s.yearCounts);
        name("program", s.programs, s.programCounts);
        name("act", s.acts, s.actCounts);
    }

    private void name(String facet, SortedSetDocValues values, long[] counts) throws IOException {
        for (int ord = 0; ord < counts.length; ord++) {
            if (counts[ord] > 0) {
                facets.get(facet).merge(values.lookupOrd(ord).utf8ToString(), counts[ord], Long::sum);
            }
        }
    }

    private void name(String facet, SortedDocValues values, long[] counts) throws IOException {
        for (int ord = 0; ord < counts.length; ord++) {
            if (counts[ord] > 0) {
                facets.get(facet).merge(values.lookupOrd(ord).utf8ToString(), counts[ord], Long::sum);
            }
        }
    }

    @Override
    public void finish() throws IOException {
        finishSegment();
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** Matching documents and facet values by descending count, then value. */
    record Counts(long documents, Map<String, Map<String, Long>> facets) {
    }

    /** One collector per slice of segments; a document lies in one segment, so the slices' counts add up. */
    static CollectorManager<FacetCountingCollector, Counts> manager() {
        return new CollectorManager<>() {
            @Override
            public FacetCountingCollector newCollector() {
                return new FacetCountingCollector();
            }

            @Override
            public Counts reduce(Collection<FacetCountingCollector> collectors) {
                long documents = 0;
                Map<String, Map<String, Long>> merged = new LinkedHashMap<>();
                FACETS.forEach(name -> merged.put(name, new HashMap<>()));
                for (FacetCountingCollector c : collectors) {
                    documents += c.documents;
                    c.facets.forEach((name, counts) -> counts.forEach((value, n) ->
                            merged.get(name).merge(value, n, Long::sum)));
                }
                Map<String, Map<String, Long>> sorted = new LinkedHashMap<>();
                merged.forEach((name, counts) -> {
                    Map<String, Long> byCount = new LinkedHashMap<>();
                    counts.entrySet().stream()
                            .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                                    .thenComparing(Map.Entry.comparingByKey()))
                            .forEach(e -> byCount.put(e.getKey(), e.getValue()));
                    sorted.put(name, byCount);
                });
                return new Counts(documents, sorted);
            }
        };
    }
}
