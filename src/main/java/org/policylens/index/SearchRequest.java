package org.policylens.index;

import java.util.Optional;

/**
 * A full-text query in Lucene syntax plus the contract's filters; {@code from}/{@code to} are
 * {@code YYYY[-MM[-DD]]} and keep documents holding a fact dated in that range.
 */
public record SearchRequest(String query, int limit, Optional<String> language, Optional<String> documentType,
                            Optional<String> actId, Optional<String> program, Optional<String> from,
                            Optional<String> to) {
    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, limit, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
