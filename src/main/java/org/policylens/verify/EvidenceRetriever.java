package org.policylens.verify;

import org.policylens.index.CorpusIndex;
import org.policylens.index.FactHit;
import org.policylens.index.FactQuery;
import org.policylens.model.ActRef;
import org.policylens.model.Claim;
import org.policylens.model.DateValue;
import org.policylens.model.Fact;
import org.policylens.model.FactType;
import org.policylens.model.Money;
import org.policylens.model.ProgramRef;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds candidate evidence for a claim with two typed queries to the index, both ranked by the key terms of
 * the claim's sentence: a <em>targeted</em> one whose value filter admits the values that could support the
 * claim (same act id, same programme, same currency and an amount window, an overlapping period), and an
 * <em>open</em> one of the same type without a value filter that surfaces conflicting values about the same
 * subject. Hits from the excluded content hashes (the article and its duplicates) never come back.
 */
public final class EvidenceRetriever {
    public static final int LIMIT_PER_QUERY = 20;
    private static final int MAX_QUERY_WORDS = 32;
    /** Retrieval margin around the range the claim admits, and the reach of an open-ended range. */
    private static final BigDecimal MARGIN_LOW = new BigDecimal("0.9");
    private static final BigDecimal MARGIN_HIGH = new BigDecimal("1.1");
    private static final BigDecimal OPEN_LOW = new BigDecimal("0.5");
    private static final BigDecimal OPEN_HIGH = new BigDecimal("2");

    private final CorpusIndex index;

    public EvidenceRetriever(CorpusIndex index) {
        this.index = index;
    }

    /** Hits of both queries, best score per stored fact, highest first. Index failures propagate. */
    public List<FactHit> retrieve(Claim claim, Set<String> excludeHashes) {
        Map<String, FactHit> best = new LinkedHashMap<>();
        for (FactQuery q : queries(claim, excludeHashes)) {
            keepBest(best, index.findFacts(q), excludeHashes);
        }
        return byScore(best);
    }

    /**
     * {@code hits} with the claim's targeted facts ranked by each of these source passages' key words instead of the
     * claim's own: the facts of the claim's type and value that stand in those passages, found even when the claim's
     * sentence shares no word with them. Best score per stored fact, highest first.
     */
    public List<FactHit> retrieveBeside(Claim claim, List<FactHit> hits, List<String> passages,
                                        Set<String> excludeHashes) {
        Map<String, FactHit> best = new LinkedHashMap<>();
        keepBest(best, hits, Set.of());
        FactQuery targeted = queries(claim, excludeHashes).get(0);
        for (String passage : passages.stream().distinct().toList()) {
            List<String> words = KeyTerms.words(passage);
            String text = String.join(" ", words.subList(0, Math.min(words.size(), MAX_QUERY_WORDS)));
            FactQuery q = new FactQuery(targeted.type(), targeted.actId(), targeted.program(), targeted.minAmount(),
                    targeted.maxAmount(), targeted.unit(), targeted.from(), targeted.to(), text,
                    targeted.excludeHashes(), LIMIT_PER_QUERY);
            keepBest(best, index.findFacts(q), excludeHashes);
        }
        return byScore(best);
    }

    /**
     * Facts of any type whose passages best match the words of a programme claim's name forms and sentence: the
     * passages where {@link ProgrammeMentions} looks for the programme named in a form the finder did not take.
     */
    public List<FactHit> programmePassages(Fact claim, Set<String> excludeHashes) {
        List<String> words = new ArrayList<>();
        ProgrammeMentions.nameForms(claim).forEach(n -> {
            words.addAll(KeyTerms.words(n));
            words.addAll(ProgrammeMentions.translations(n)); // "Raqamli Toshkent" ranks for "Digital Tashkent"
        });
        words.addAll(KeyTerms.words(SubjectMatcher.context(claim)));
        String text = String.join(" ", words.stream().distinct().limit(MAX_QUERY_WORDS).toList());
        Map<String, FactHit> best = new LinkedHashMap<>();
        keepBest(best, index.findFacts(FactQuery.ranking(text, LIMIT_PER_QUERY).excluding(Set.copyOf(excludeHashes))
                .build()), excludeHashes);
        return byScore(best);
    }

    /** Adds the hits not in an excluded document, keeping each stored fact's best-scored hit. */
    private static void keepBest(Map<String, FactHit> best, List<FactHit> hits, Set<String> excludeHashes) {
        for (FactHit hit : hits) {
            if (!excludeHashes.contains(hit.contentHash())) {
                best.merge(key(hit.fact()), hit, (x, y) -> x.score() >= y.score() ? x : y);
            }
        }
    }

    private static List<FactHit> byScore(Map<String, FactHit> best) {
        List<FactHit> out = new ArrayList<>(best.values());
        out.sort((x, y) -> Float.compare(y.score(), x.score()));
        return out;
    }

    /** The targeted query, then the open one when it differs (acts and programmes need only the first). */
    List<FactQuery> queries(Claim claim, Set<String> excludeHashes) {
        Fact f = claim.fact();
        String text = queryText(f);
        Optional<FactType> type = Optional.of(f.type());
        Set<String> exclude = Set.copyOf(excludeHashes);
        List<FactQuery> out = new ArrayList<>(2);
        switch (f.type()) {
            case ACT -> out.add(query(type, text, exclude).actId(((ActRef) f.value()).id()).build());
            case PROGRAM -> out.add(query(type, text, exclude).program(((ProgramRef) f.value()).name()).build());
            case DATE -> {
                DateValue d = (DateValue) f.value();
                Optional<LocalDate> from = switch (f.qualifier()) {
                    case BEFORE, UNTIL, AT_MOST, LESS_THAN -> Optional.empty();
                    default -> Optional.of(d.first());
                };
                Optional<LocalDate> to = switch (f.qualifier()) {
                    case AFTER, MORE_THAN, AT_LEAST -> Optional.empty();
                    default -> Optional.of(d.last());
                };
                out.add(query(type, text, exclude).dates(from, to).build());
                out.add(open(type, Optional.empty(), text, exclude));
            }
            case NUMBER, MONEY, PERCENT -> {
                Optional<String> unit = f.value() instanceof Money m ? Optional.of(m.currency()) : Optional.empty();
                AmountRange r = AmountRange.of(f).orElseThrow();
                BigDecimal low = r.low() == null ? r.center().multiply(OPEN_LOW) : r.low().multiply(MARGIN_LOW);
                BigDecimal high = r.high() == null ? r.center().multiply(OPEN_HIGH) : r.high().multiply(MARGIN_HIGH);
                out.add(query(type, text, exclude).amounts(low.min(high), low.max(high)).unit(unit).build());
                out.add(open(type, unit, text, exclude));
            }
        }
        return out;
    }

    /** Key words of the claim's sentence (value cut out) and subject; acts add their id, dates their years. */
    static String queryText(Fact f) {
        List<String> words = new ArrayList<>(KeyTerms.words(SubjectMatcher.context(f) + " " + f.subject()));
        if (f.value() instanceof DateValue d) {
            // the date's own years rank sources that state the same period (the value is cut from the context)
            words.add(0, String.valueOf(d.first().getYear()));
            if (d.last().getYear() != d.first().getYear()) {
                words.add(1, String.valueOf(d.last().getYear()));
            }
        } else if (f.value() instanceof ActRef act) {
            words.add(0, act.id());
        } else if (f.value() instanceof ProgramRef p) {
            words.add(0, p.name());
        }
        List<String> query = new ArrayList<>(words.subList(0, Math.min(words.size(), MAX_QUERY_WORDS)));
        // the same counted things in the other languages, so that an English claim ranks the Uzbek passage stating it
        List<String> others = KeyTerms.wordsWithEquivalents(String.join(" ", query));
        others.removeAll(query);
        query.addAll(others.subList(0, Math.min(others.size(), MAX_QUERY_WORDS)));
        return String.join(" ", query);
    }

    private static FactQuery open(Optional<FactType> type, Optional<String> unit, String text, Set<String> exclude) {
        return query(type, text, exclude).unit(unit).build();
    }

    private static FactQuery.Builder query(Optional<FactType> type, String text, Set<String> exclude) {
        return FactQuery.ranking(text, LIMIT_PER_QUERY).type(type).excluding(exclude);
    }

    private static String key(Fact f) {
        return f.document().value() + '\u0000' + f.span().start() + ':' + f.span().end() + ':' + f.type();
    }
}
