package org.policylens.index;

import java.util.List;
import java.util.Map;

/** Hits plus facet counts: facet name (language, type, year, program) to value to count. */
public record SearchResults(long totalHits, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {
}
