package org.policylens.verify;

import org.policylens.lang.Vocabularies;
import org.policylens.model.Fact;
import org.policylens.model.Money;
import org.policylens.model.Percent;
import org.policylens.model.Quantity;
import org.policylens.model.Qualifier;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The values a stated amount admits, as an interval with optional open ends ({@code null} = unbounded).
 * <ul>
 *   <li>exact: the value, widened by half a unit of its last stated digit when it was rounded by a scale
 *       word or is a percentage ("1.2 million" admits 1,150,000..1,250,000; "90%" admits 89.5..90.5), but by
 *       at most a tenth of the value ("1 billion" admits 0.9..1.1 billion);</li>
 *   <li>approx: that, widened further by {@value #APPROX_TOLERANCE} of the value either way;</li>
 *   <li>more_than/after (open), at_least, less_than (open), at_most/before/until: half-lines.</li>
 * </ul>
 */
public record AmountRange(BigDecimal center, BigDecimal low, boolean lowInclusive, BigDecimal high,
                          boolean highInclusive) {
    /** Relative tolerance of "about", "nearly", "around" and their Russian/Uzbek kin. */
    public static final double APPROX_TOLERANCE = 0.05;
    /**
     * Rounding never stretches a figure by more than this share of itself: half a unit of "1 billion" would admit
     * 1.5 billion, which no writer means by it.
     */
    private static final BigDecimal MAX_ROUNDING = new BigDecimal("0.1");

    /** Powers of ten that scale words name, in the order their groups are tried. */
    private static final List<Integer> POWERS = List.of(3, 6, 9, 12);
    /** A scale word of any language (the vocabularies' scale words), in a group named by its power: {@code s6}. */
    private static final Pattern SCALE = Pattern.compile(POWERS.stream()
            .map(p -> "(?<s" + p + ">" + Vocabularies.union(v -> v.scaleWords().getOrDefault(p, "")) + ")")
            .collect(Collectors.joining("|")), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern STATED_NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");

    public static Optional<BigDecimal> amountOf(Fact fact) {
        if (fact.value() instanceof Quantity q) {
            return Optional.of(q.amount());
        }
        if (fact.value() instanceof Money m) {
            return Optional.of(m.amount());
        }
        if (fact.value() instanceof Percent p) {
            return Optional.of(p.amount());
        }
        return Optional.empty();
    }

    /** The range of an amount fact; empty for other types. */
    public static Optional<AmountRange> of(Fact fact) {
        return amountOf(fact).map(a -> of(a, fact.qualifier(), fact.text(), fact.value() instanceof Percent));
    }

    public static AmountRange of(BigDecimal value, Qualifier qualifier, String surface, boolean percent) {
        BigDecimal slack = roundingSlack(value, surface, percent);
        if (qualifier == Qualifier.APPROX) {
            slack = slack.max(value.abs().multiply(BigDecimal.valueOf(APPROX_TOLERANCE)));
        }
        return switch (qualifier) {
            case MORE_THAN, AFTER -> new AmountRange(value, value, false, null, false);
            case AT_LEAST -> new AmountRange(value, value, true, null, false);
            case LESS_THAN -> new AmountRange(value, null, false, value, false);
            case AT_MOST, BEFORE, UNTIL -> new AmountRange(value, null, false, value, true);
            case EXACT, APPROX -> new AmountRange(value, value.subtract(slack), true, value.add(slack), true);
        };
    }

    /** True when some value lies in both ranges. */
    public boolean meets(AmountRange o) {
        return !below(high, highInclusive, o.low, o.lowInclusive) && !below(o.high, o.highInclusive, low, lowInclusive);
    }

    /** 1 - |a - b| / max(|a|, |b|) of the stated values: 1 when equal, 0 when one is zero or signs differ. */
    public double closeness(AmountRange o) {
        BigDecimal a = center;
        BigDecimal b = o.center;
        BigDecimal max = a.abs().max(b.abs());
        if (max.signum() == 0) {
            return 1.0;
        }
        double diff = a.subtract(b).abs().divide(max, MathContext.DECIMAL64).doubleValue();
        return Math.max(0.0, 1.0 - diff);
    }

    /** True when everything up to {@code high} lies below everything from {@code low}. */
    private static boolean below(BigDecimal high, boolean highIncl, BigDecimal low, boolean lowIncl) {
        if (high == null || low == null) {
            return false;
        }
        int c = high.compareTo(low);
        return c < 0 || (c == 0 && !(highIncl && lowIncl));
    }

    /** Half a unit of the last stated digit when a scale word or a percent sign says the value was rounded. */
    private static BigDecimal roundingSlack(BigDecimal value, String surface, boolean percent) {
        String s = surface == null ? "" : surface.toLowerCase(Locale.ROOT);
        BigDecimal scale = BigDecimal.ONE;
        Matcher sm = SCALE.matcher(s);
        if (sm.find()) {
            int power = POWERS.stream().filter(p -> sm.group("s" + p) != null).findFirst().orElseThrow();
            scale = BigDecimal.TEN.pow(power);
        } else if (!percent) {
            return BigDecimal.ZERO;
        }
        Matcher nm = STATED_NUMBER.matcher(s);
        int fractionDigits = 0;
        if (nm.find()) {
            String n = nm.group();
            int sep = Math.max(n.indexOf('.'), n.indexOf(','));
            if (sep >= 0) {
                fractionDigits = n.length() - sep - 1;
            }
        }
        return scale.movePointLeft(fractionDigits).divide(BigDecimal.valueOf(2)).min(value.abs().multiply(MAX_ROUNDING));
    }
}
