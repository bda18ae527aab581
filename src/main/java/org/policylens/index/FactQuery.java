package org.policylens.index;

import org.policylens.model.FactType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Facts wanted by verification: any present filter must hold. {@code text} ranks the facts by how well
 * their sentence matches it (same analyzers as indexing). Documents whose content hash is in
 * {@code excludeHashes} never answer (the article itself and its exact duplicates).
 */
public record FactQuery(Optional<FactType> type, Optional<String> actId, Optional<String> program,
                        Optional<BigDecimal> minAmount, Optional<BigDecimal> maxAmount, Optional<String> unit,
                        Optional<LocalDate> from, Optional<LocalDate> to, String text, Set<String> excludeHashes,
                        int limit) {
    /** A query ranking by {@code text}, at most {@code limit} facts, no filter until one is set. */
    public static Builder ranking(String text, int limit) {
        return new Builder(text, limit);
    }

    /** Sets the filters one by one; those never set stay empty. */
    public static final class Builder {
        private final String text;
        private final int limit;
        private Optional<FactType> type = Optional.empty();
        private Optional<String> actId = Optional.empty();
        private Optional<String> program = Optional.empty();
        private Optional<BigDecimal> minAmount = Optional.empty();
        private Optional<BigDecimal> maxAmount = Optional.empty();
        private Optional<String> unit = Optional.empty();
        private Optional<LocalDate> from = Optional.empty();
        private Optional<LocalDate> to = Optional.empty();
        private Set<String> excludeHashes = Set.of();

        private Builder(String text, int limit) {
            this.text = text;
            this.limit = limit;
        }

        public Builder type(Optional<FactType> type) {
            this.type = type;
            return this;
        }

        public Builder actId(String actId) {
            this.actId = Optional.of(actId);
            return this;
        }

        public Builder program(String program) {
            this.program = Optional.of(program);
            return this;
        }

        /** Amounts within [{@code min}, {@code max}]. */
        public Builder amounts(BigDecimal min, BigDecimal max) {
            this.minAmount = Optional.of(min);
            this.maxAmount = Optional.of(max);
            return this;
        }

        /** Amounts of at least {@code min}. */
        public Builder atLeast(BigDecimal min) {
            this.minAmount = Optional.of(min);
            return this;
        }

        public Builder unit(Optional<String> unit) {
            this.unit = unit;
            return this;
        }

        /** Dates overlapping [{@code from}, {@code to}]; an empty end is open. */
        public Builder dates(Optional<LocalDate> from, Optional<LocalDate> to) {
            this.from = from;
            this.to = to;
            return this;
        }

        public Builder excluding(Set<String> contentHashes) {
            this.excludeHashes = contentHashes;
            return this;
        }

        public FactQuery build() {
            return new FactQuery(type, actId, program, minAmount, maxAmount, unit, from, to, text, excludeHashes, limit);
        }
    }
}
