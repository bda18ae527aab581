package org.policylens.verify;

import org.policylens.model.Fact;
import org.policylens.model.Money;
import org.policylens.model.Quantity;

import java.util.Locale;
import java.util.Optional;

/**
 * NUMBER, MONEY and PERCENT. Currencies must be equal and counted units must agree when both are stated;
 * figures dated to periods that do not overlap speak of different times and are incomparable. Otherwise the
 * two {@link AmountRange}s decide.
 */
final class AmountComparator implements ValueComparator {
    static final AmountComparator INSTANCE = new AmountComparator();

    private AmountComparator() {
    }

    @Override
    public Comparison compare(Fact a, Fact b) {
        Optional<Comparison> otherKind = otherKind(a, b);
        if (otherKind.isPresent()) {
            return otherKind.get();
        }
        if (a.when().isPresent() && b.when().isPresent() && !a.when().get().overlaps(b.when().get())) {
            return Comparison.incomparable("different periods: " + a.when().get().iso() + " vs "
                    + b.when().get().iso());
        }
        return compareRanges(a, b);
    }

    /** Why two figures cannot be compared at all: another type, currency or counted unit. */
    private static Optional<Comparison> otherKind(Fact a, Fact b) {
        if (a.type() != b.type()) {
            return Optional.of(Comparison.incomparable("different fact types"));
        }
        if (a.value() instanceof Money ma && b.value() instanceof Money mb
                && !ma.currency().equalsIgnoreCase(mb.currency())) {
            return Optional.of(Comparison.incomparable(
                    "different currencies: " + ma.currency() + " vs " + mb.currency()));
        }
        if (a.value() instanceof Quantity qa && b.value() instanceof Quantity qb && !qa.unit().isBlank()
                && !qb.unit().isBlank() && !sameUnit(qa.unit(), qb.unit())) {
            return Optional.of(Comparison.incomparable("different units: " + qa.unit() + " vs " + qb.unit()));
        }
        return Optional.empty();
    }

    /** The values alone (type, currency, unit, ranges), whatever periods the two facts are linked to. */
    Comparison compareValues(Fact a, Fact b) {
        return otherKind(a, b).orElseGet(() -> compareRanges(a, b));
    }

    /** Two figures of one kind, by the ranges their stated values and qualifiers admit. */
    private static Comparison compareRanges(Fact a, Fact b) {
        Optional<AmountRange> ra = AmountRange.of(a);
        Optional<AmountRange> rb = AmountRange.of(b);
        if (ra.isEmpty() || rb.isEmpty()) {
            return Comparison.incomparable("not amounts");
        }
        double closeness = ra.get().closeness(rb.get());
        return ra.get().meets(rb.get())
                ? Comparison.compatible(closeness, "values agree: " + a.value().normalized() + " ~ "
                + b.value().normalized())
                : Comparison.incompatible(closeness, "values differ: " + a.qualifier().code() + " "
                + a.value().normalized() + " vs " + b.qualifier().code() + " " + b.value().normalized());
    }

    private static boolean sameUnit(String a, String b) {
        return KeyTerms.stem(KeyTerms.fold(a.toLowerCase(Locale.ROOT)))
                .equals(KeyTerms.stem(KeyTerms.fold(b.toLowerCase(Locale.ROOT))));
    }
}
