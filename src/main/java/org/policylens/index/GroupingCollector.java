package org.policylens.index;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.policylens.index.IndexSchema.*;

/**
 * Collects matching passages into one entry per source document (its best-scoring passage) and counts the
 * facets (language, type, year, program) once per matching document, from the passages' doc values.
 */
final class GroupingCollector extends SimpleCollector {
    record Best(int doc, float score, String documentId) {
    }

    private final Map<String, Best> best = new HashMap<>();
    private final Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    private Scorable scorer;
    private int base;
    private SortedDocValues ids;
    private SortedDocValues languages;
    private SortedDocValues types;
    private SortedDocValues years;
    private SortedSetDocValues programs;

    GroupingCollector() {
        for (String name : List.of("language", "type", "year", "program")) {
            facets.put(name, new HashMap<>());
        }
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        base = context.docBase;
        ids = DocValues.getSorted(context.reader(), DOC_ID_DV);
        languages = DocValues.getSorted(context.reader(), LANGUAGE_DV);
        types = DocValues.getSorted(context.reader(), DOC_TYPE_DV);
        years = DocValues.getSorted(context.reader(), YEAR_DV);
        programs = DocValues.getSortedSet(context.reader(), PROGRAMS_DV);
    }

    @Override
    public void setScorer(Scorable scorer) {
        this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
        if (!ids.advanceExact(doc)) {
            return;
        }
        String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
        float score = scorer.score();
        Best previous = best.get(id);
        if (previous == null) {
            count("language", languages, doc);
            count("type", types, doc);
            count("year", years, doc);
            if (programs.advanceExact(doc)) {
                for (int i = 0; i < programs.docValueCount(); i++) {
                    facets.get("program").merge(programs.lookupOrd(programs.nextOrd()).utf8ToString(), 1L, Long::sum);
                }
            }
        }
        if (previous == null || score > previous.score()) {
            best.put(id, new Best(base + doc, score, id));
        }
    }

    private void count(String facet, SortedDocValues values, int doc) throws IOException {
        if (values.advanceExact(doc)) {
            facets.get(facet).merge(values.lookupOrd(values.ordValue()).utf8ToString(), 1L, Long::sum);
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
    }

    long documents() {
        return best.size();
    }

    List<Best> top(int limit) {
        return best.values().stream()
                .sorted(Comparator.comparing(Best::score).reversed().thenComparing(Best::documentId))
                .limit(limit).toList();
    }

    /** Facet values by descending count, then value. */
    Map<String, Map<String, Long>> facets() {
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
}
