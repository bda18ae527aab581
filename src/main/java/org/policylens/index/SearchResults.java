package org.policylens.index;

import java.util.List;
import java.util.Map;

/** Hits plus facet counts: facet name (language, type, year, program, act) to value to count;
 * the act facet is empty on an index built before it existed. */
public record SearchResults(long totalHits, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {
}
