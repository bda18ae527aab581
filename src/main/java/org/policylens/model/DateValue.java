package org.policylens.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A date or period in ISO 8601 with reduced precision: {@code 2019-01-10}, {@code 2024-09}, {@code 2025},
 * or an interval {@code 2022/2023}. {@link #first()} and {@link #last()} are the days it covers.
 */
public record DateValue(String iso) implements Value {
    private static final Pattern ONE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public DateValue {
        Objects.requireNonNull(iso, "iso");
        String[] parts = iso.split("/", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("not an ISO date or period: " + iso);
        }
        for (String p : parts) {
            if (!ONE.matcher(p).matches()) {
                throw new IllegalArgumentException("not an ISO date or period: " + iso);
            }
            try {
                firstDay(p);
            } catch (java.time.DateTimeException e) {
                throw new IllegalArgumentException("not a calendar date: " + iso, e);
            }
        }
    }

    public static DateValue of(LocalDate day) {
        return new DateValue(day.toString());
    }

    public static DateValue period(DateValue from, DateValue to) {
        return new DateValue(from.iso + "/" + to.iso);
    }

    public boolean isPeriod() {
        return iso.indexOf('/') >= 0;
    }

    public LocalDate first() {
        return firstDay(iso.split("/")[0]);
    }

    public LocalDate last() {
        String[] parts = iso.split("/");
        return lastDay(parts[parts.length - 1]);
    }

    /** True when the two cover at least one common day. */
    public boolean overlaps(DateValue other) {
        return !first().isAfter(other.last()) && !other.first().isAfter(last());
    }

    @Override
    public FactType type() {
        return FactType.DATE;
    }

    @Override
    public String normalized() {
        return iso;
    }

    private static LocalDate firstDay(String p) {
        return switch (p.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(p), 1, 1);
            case 7 -> YearMonth.parse(p).atDay(1);
            default -> LocalDate.parse(p);
        };
    }

    private static LocalDate lastDay(String p) {
        return switch (p.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(p), 12, 31);
            case 7 -> YearMonth.parse(p).atEndOfMonth();
            default -> LocalDate.parse(p);
        };
    }
}
