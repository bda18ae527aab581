package org.policylens.verify;

import org.policylens.model.DateValue;
import org.policylens.model.Fact;
import org.policylens.model.Qualifier;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Dates and periods: each side covers the days from {@link DateValue#first()} to {@link DateValue#last()},
 * stretched to a half-line by before/until/by ("by 2030") or after. Compatible when the two cover a common day:
 * a day against a day must be equal, a year contains its days, periods overlap.
 */
final class DateComparator implements ValueComparator {
    static final DateComparator INSTANCE = new DateComparator();

    private DateComparator() {
    }

    @Override
    public Comparison compare(Fact a, Fact b) {
        if (!(a.value() instanceof DateValue da) || !(b.value() instanceof DateValue db)) {
            return Comparison.incomparable("not dates");
        }
        return compare(da, a.qualifier(), db, b.qualifier());
    }

    static Comparison compare(DateValue a, Qualifier qa, DateValue b, Qualifier qb) {
        LocalDate[] ra = range(a, qa);
        LocalDate[] rb = range(b, qb);
        boolean meet = !ra[0].isAfter(rb[1]) && !rb[0].isAfter(ra[1]);
        double closeness = a.iso().equals(b.iso()) ? 1.0 : overlapShare(a, b);
        return meet
                ? Comparison.compatible(closeness, a.iso().equals(b.iso()) ? "same date" : "periods overlap")
                : Comparison.incompatible(closeness, "dates differ: " + a.iso() + " vs " + b.iso());
    }

    /**
     * True when every day {@code b} admits is one {@code a} admits: a source at least as precise as the claim
     * confirms it ("August 22, 2022" confirms "2022"), a broader one ("until 2030") only fails to refute it.
     */
    static boolean covers(Fact a, Fact b) {
        if (!(a.value() instanceof DateValue da) || !(b.value() instanceof DateValue db)) {
            return false;
        }
        LocalDate[] ra = range(da, a.qualifier());
        LocalDate[] rb = range(db, b.qualifier());
        return !rb[0].isBefore(ra[0]) && !rb[1].isAfter(ra[1]);
    }

    private static LocalDate[] range(DateValue d, Qualifier q) {
        return switch (q) {
            case BEFORE, UNTIL, AT_MOST, LESS_THAN -> new LocalDate[]{LocalDate.MIN, d.last()};
            case AFTER, MORE_THAN, AT_LEAST -> new LocalDate[]{d.first(), LocalDate.MAX};
            default -> new LocalDate[]{d.first(), d.last()};
        };
    }

    /** Days in common over days covered by either: 1 for the same span, 0 for disjoint ones. */
    private static double overlapShare(DateValue a, DateValue b) {
        LocalDate from = a.first().isAfter(b.first()) ? a.first() : b.first();
        LocalDate to = a.last().isBefore(b.last()) ? a.last() : b.last();
        if (from.isAfter(to)) {
            return 0.0;
        }
        LocalDate unionFrom = a.first().isBefore(b.first()) ? a.first() : b.first();
        LocalDate unionTo = a.last().isAfter(b.last()) ? a.last() : b.last();
        return (ChronoUnit.DAYS.between(from, to) + 1.0) / (ChronoUnit.DAYS.between(unionFrom, unionTo) + 1.0);
    }
}
