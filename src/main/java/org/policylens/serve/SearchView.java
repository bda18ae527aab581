package org.policylens.serve;

import org.policylens.index.SearchHit;

import java.util.List;
import java.util.Map;

/** One page of search results: what {@code /api/search} serializes and the search page renders. */
record SearchView(SearchParams params, long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {
    SearchView {
        hits = List.copyOf(hits);
    }

    boolean hasNextPage() {
        long shown = (long) params.firstRank() - 1 + hits.size();
        return shown < total && params.page() < SearchParams.MAX_PAGE;
    }
}
