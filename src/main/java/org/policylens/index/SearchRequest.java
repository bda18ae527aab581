package org.policylens.index;

import java.util.Optional;

/**
 * A full-text query in Lucene syntax plus the contract's filters; {@code from}/{@code to} are
 * {@code YYYY[-MM[-DD]]} and keep documents holding a fact dated in that range; {@code scanned} keeps only documents
 * read by OCR (true) or only documents with a text layer (false); {@code year} keeps documents adopted in that year
 * (the {@code year} facet's values).
 */
public record SearchRequest(String query, int limit, Optional<String> language, Optional<String> documentType,
                            Optional<String> actId, Optional<String> program, Optional<String> from,
                            Optional<String> to, Optional<Boolean> scanned, Optional<String> year) {
    public SearchRequest(String query, int limit, Optional<String> language, Optional<String> documentType,
                         Optional<String> actId, Optional<String> program, Optional<String> from, Optional<String> to) {
        this(query, limit, language, documentType, actId, program, from, to, Optional.empty(), Optional.empty());
    }

    public SearchRequest(String query, int limit, Optional<String> language, Optional<String> documentType,
                         Optional<String> actId, Optional<String> program, Optional<String> from, Optional<String> to,
                         Optional<Boolean> scanned) {
        this(query, limit, language, documentType, actId, program, from, to, scanned, Optional.empty());
    }

    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, limit, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    public SearchRequest withScanned(boolean onlyScanned) {
        return new SearchRequest(query, limit, language, documentType, actId, program, from, to,
                Optional.of(onlyScanned), year);
    }
}
