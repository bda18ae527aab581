package org.policylens.verify;

import org.policylens.model.Claim;
import org.policylens.model.Fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the article's facts into claims numbered {@code C001}, {@code C002}, ... in text order. The order is
 * total (span, then type, then value), so the same article and extractor give the same ids on every run.
 */
public final class ClaimBuilder {
    private static final Comparator<Fact> TEXT_ORDER = Comparator.comparing(Fact::span)
            .thenComparing(Fact::type)
            .thenComparing(f -> f.value().normalized());

    public List<Claim> build(List<Fact> articleFacts) {
        List<Fact> sorted = new ArrayList<>(articleFacts);
        sorted.sort(TEXT_ORDER);
        List<Claim> claims = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            claims.add(new Claim(String.format("C%03d", i + 1), sorted.get(i)));
        }
        return claims;
    }
}
