package org.policylens.extract;

import org.policylens.budget.Budget;
import org.policylens.model.FactType;
import org.policylens.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Picks non-overlapping candidates from every finder. Among overlapping spans the higher type priority wins
 * (ACT > PROGRAM > MONEY > PERCENT > DATE > NUMBER), so the year inside {@code Digital Uzbekistan – 2030} is
 * not a date and an act number is never a NUMBER; within one type the longer span wins. Ties break on
 * start, then finder name, so the result is deterministic. Output is sorted by start.
 *
 * <p>One exception: a DATE lying wholly inside an ACT span ({@code Закона ... от 30 июня 1992 г. N 1468}) is
 * kept, because an act's adoption date is both a DATE fact and the act's date.
 */
public final class CandidateResolver {
    private static final Comparator<Candidate> PREFERENCE = Comparator
            .comparingInt((Candidate c) -> priority(c.type()))
            .thenComparing(Comparator.comparingInt((Candidate c) -> c.span().length()).reversed())
            .thenComparingInt(c -> c.span().start())
            .thenComparing(Candidate::finder)
            .thenComparing(c -> c.value().normalized());

    public List<Candidate> resolve(List<Candidate> candidates) {
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort(PREFERENCE);
        TreeMap<Integer, Integer> acts = new TreeMap<>();
        TreeMap<Integer, Integer> others = new TreeMap<>();
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : ranked) {
            Budget.check();
            Span s = c.span();
            if (s.length() == 0) {
                continue;
            }
            Map.Entry<Integer, Integer> act = overlapping(acts, s);
            boolean dateInsideAct = c.type() == FactType.DATE && act != null && act.getKey() <= s.start()
                    && s.end() <= act.getValue();
            if (act != null && !dateInsideAct || overlapping(others, s) != null) {
                continue;
            }
            (c.type() == FactType.ACT ? acts : others).put(s.start(), s.end());
            kept.add(c);
        }
        kept.sort(Comparator.comparing(Candidate::span));
        return kept;
    }

    /** The accepted span overlapping {@code s}, if any; accepted spans never overlap each other. */
    private static Map.Entry<Integer, Integer> overlapping(TreeMap<Integer, Integer> taken, Span s) {
        Map.Entry<Integer, Integer> before = taken.lowerEntry(s.end());
        return before != null && before.getValue() > s.start() ? before : null;
    }

    /** Lower is stronger. */
    static int priority(FactType type) {
        return switch (type) {
            case ACT -> 0;
            case PROGRAM -> 1;
            case MONEY -> 2;
            case PERCENT -> 3;
            case DATE -> 4;
            case NUMBER -> 5;
        };
    }
}
