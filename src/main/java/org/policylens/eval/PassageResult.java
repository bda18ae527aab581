package org.policylens.eval;

import org.policylens.model.Fact;
import org.policylens.model.FactType;

import java.util.List;
import java.util.Optional;

/**
 * The scoring of one gold passage: matched pairs, gold facts not found (misses) and extracted facts with
 * no gold counterpart (false positives). {@code error} is set when the passage could not be read or
 * the extractor failed; then every gold fact is a miss.
 */
public record PassageResult(GoldFile gold, List<MatchedPair> matches, List<GoldFact> misses,
                            List<Fact> falsePositives, Optional<String> error) {
    public PassageResult {
        matches = List.copyOf(matches);
        misses = List.copyOf(misses);
        falsePositives = List.copyOf(falsePositives);
    }

    public Counts counts(FactType type) {
        int tp = (int) matches.stream().filter(m -> m.gold().type() == type).count();
        int fp = (int) falsePositives.stream().filter(f -> f.type() == type).count();
        int fn = (int) misses.stream().filter(g -> g.type() == type).count();
        return new Counts(tp, fp, fn);
    }

    public Counts counts() {
        return new Counts(matches.size(), falsePositives.size(), misses.size());
    }

    /** Qualifier agreement on matched pairs. */
    public Ratio qualifierAccuracy(Optional<FactType> type) {
        List<MatchedPair> pairs = of(type);
        return new Ratio((int) pairs.stream().filter(MatchedPair::qualifierAgrees).count(), pairs.size());
    }

    /** Date agreement on matched pairs whose gold fact or extracted fact carries a date. */
    public Ratio dateAccuracy(Optional<FactType> type) {
        List<MatchedPair> dated = of(type).stream()
                .filter(m -> m.gold().date().isPresent() || m.predicted().when().isPresent()).toList();
        return new Ratio((int) dated.stream().filter(MatchedPair::dateAgrees).count(), dated.size());
    }

    private List<MatchedPair> of(Optional<FactType> type) {
        return matches.stream().filter(m -> type.isEmpty() || m.gold().type() == type.get()).toList();
    }
}
