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
}
