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
    public static SearchRequest of(String query, int limit) {
        return builder(query, limit).build();
    }

    /** A request for {@code query}, at most {@code limit} hits, no filter until one is set. */
    public static Builder builder(String query, int limit) {
        return new Builder(query, limit);
    }

    /** Sets the filters by name; a null value leaves the filter off (as an absent option or parameter does). */
    public static final class Builder {
        private final String query;
        private final int limit;
        private String language;
        private String documentType;
        private String actId;
        private String program;
        private String from;
        private String to;
        private Boolean scanned;
        private String year;

        private Builder(String query, int limit) {
            this.query = query;
            this.limit = limit;
        }

        public Builder language(String code) {
            language = code;
            return this;
        }

        public Builder documentType(String type) {
            documentType = type;
            return this;
        }

        public Builder act(String id) {
            actId = id;
            return this;
        }

        public Builder program(String name) {
            program = name;
            return this;
        }

        /** Facts dated from {@code from} to {@code to} ({@code YYYY[-MM[-DD]]}, either may be null). */
        public Builder dates(String from, String to) {
            this.from = from;
            this.to = to;
            return this;
        }

        public Builder scanned(Boolean onlyScanned) {
            scanned = onlyScanned;
            return this;
        }

        public Builder year(String adopted) {
            year = adopted;
            return this;
        }

        public SearchRequest build() {
            return new SearchRequest(query, limit, Optional.ofNullable(language), Optional.ofNullable(documentType),
                    Optional.ofNullable(actId), Optional.ofNullable(program), Optional.ofNullable(from),
                    Optional.ofNullable(to), Optional.ofNullable(scanned), Optional.ofNullable(year));
        }
    }

    public SearchRequest withScanned(boolean onlyScanned) {
        return new SearchRequest(query, limit, language, documentType, actId, program, from, to,
                Optional.of(onlyScanned), year);
    }
}
