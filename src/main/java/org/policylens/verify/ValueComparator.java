package org.policylens.verify;

import org.policylens.model.Fact;
import org.policylens.model.FactType;

/**
 * Compares the values of two facts of one type. Implementations are symmetric: {@code compare(a, b)} and
 * {@code compare(b, a)} give the same outcome, so the same comparator serves claim-versus-source and
 * article-versus-itself checks. Each fact's qualifier and precision turn its value into a range; two facts
 * are compatible when their ranges meet.
 */
public interface ValueComparator {
    Comparison compare(Fact a, Fact b);

    /** The comparator for facts of {@code type}. */
    static ValueComparator forType(FactType type) {
        return switch (type) {
            case NUMBER, MONEY, PERCENT -> AmountComparator.INSTANCE;
            case DATE -> DateComparator.INSTANCE;
            case ACT -> ActComparator.INSTANCE;
            case PROGRAM -> ProgramComparator.INSTANCE;
        };
    }

    /** Compares any two facts: different value types are incomparable. */
    static Comparison compareFacts(Fact a, Fact b) {
        if (a.type() != b.type()) {
            return Comparison.incomparable("different fact types");
        }
        return forType(a.type()).compare(a, b);
    }
}
