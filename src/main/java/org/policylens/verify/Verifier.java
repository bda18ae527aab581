package org.policylens.verify;

import org.policylens.budget.BudgetExceeded;
import org.policylens.extract.program.ProgramGazetteer;
import org.policylens.index.CorpusIndex;
import org.policylens.index.FactHit;
import org.policylens.model.Claim;
import org.policylens.model.DateValue;
import org.policylens.model.Document;
import org.policylens.model.Evidence;
import org.policylens.model.Fact;
import org.policylens.model.FactType;
import org.policylens.model.Qualifier;
import org.policylens.model.Verdict;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks each fact of an article against the index. A retrieved source fact of the claim's type is judged by
 * its value ({@link ValueComparator}; amounts by value alone, their periods below) and by how much the two
 * sentences say they are about the same thing ({@link SubjectMatcher#evidence}: words near both values, other
 * numbers, names and words of both sentences, matched across scripts). Acts and programmes are their own subject.
 * <ul>
 *   <li>support: compatible values, amounts at least {@value #SUPPORT_CLOSENESS} close, a source date within
 *       the claimed one (as precise or more), and anchors worth
 *       {@value #SUPPORT_EVIDENCE} (the same linked period or the same specific date adds 1, the same figure with
 *       the same qualifier {@value #SAME_FIGURE_BONUS});</li>
 *   <li>contradiction (a wrong CONTRADICTED costs more than a NOT_FOUND, so it asks more): incompatible values,
 *       two shared words near both values or one plus anchors worth {@value #CONTRADICTION_EVIDENCE}, and for
 *       amounts the same linked period or none on either side, for dates a shared non-year number;</li>
 *   <li>time series: amounts linked to different periods say nothing about each other, unless each sentence
 *       names the other's period (the linker may have crossed them), which may support but never contradict;</li>
 *   <li>siblings: a source figure that another figure of the claim's own sentence matches belongs to that one;</li>
 *   <li>acts: a dated mention with the same date supports; a dated mention with another date contradicts and
 *       outweighs undated mentions, which support only when nothing contradicts.</li>
 * </ul>
 * SUPPORTED when some source supports, CONTRADICTED when some contradicts and none supports, NOT_FOUND
 * otherwise. Evidence never comes from the article's own document or content hash.
 *
 * <p>Score of a verdict (in [0,1]), from its best evidence:
 * <pre>
 *   score = 0.2 * retrieval + 0.4 * subject + 0.4 * value
 *   retrieval = hit score / best hit score for this claim (Lucene scores are only comparable within a query)
 *   subject   = max(SubjectMatcher.similarity, anchors / 3), capped at 1 (acts, programmes: similarity)
 *   value     = closeness for SUPPORTED; 0.5 + 0.5 * (1 - closeness) for CONTRADICTED
 *               (a definite mismatch counts at least half; a far-off value counts more)
 * </pre>
 * NOT_FOUND has score 0. A failure of the index for one claim makes that claim NOT_FOUND with score 0 and
 * is counted in the report; the other claims go on.
 */
public final class Verifier {
    private static final double W_RETRIEVAL = 0.2;
    private static final double W_SUBJECT = 0.4;
    private static final double W_VALUE = 0.4;
    /** Anchors ({@link SubjectEvidence#score}, plus 1 for the same linked period or the same specific date) a support needs. */
    static final double SUPPORT_EVIDENCE = 1.5;
    /**
     * Stated amounts must be this close (1 - relative difference) for a support: a half-line ("at least 200")
     * admits 390 but does not confirm it, while "more than 2.5 million" is what one writes for 2,503,060.
     */
    static final double SUPPORT_CLOSENESS = 0.8;
    /** How close a differing stated value must be to count as a rounding of the other. */
    static final double ROUNDING_CLOSENESS = 0.95;
    /** Anchors a contradiction needs besides one shared stem near both values (or two such stems alone). */
    static final double CONTRADICTION_EVIDENCE = 2.5;
    /** Evidence of one figure stated alike on both sides (see {@link #sameStatedFigure}). */
    static final double SAME_FIGURE_BONUS = 0.5;
    private static final int DISTINCTIVE_FIGURE = 100;
    /**
     * Words of a day's or month's own clause that the source clause states too, for the date to be the date of the
     * same thing when none stands next to both dates: who acts and what is due may stand at the clause's other end
     * ("The Cabinet of Ministers will submit proposals … by January 1, 2021" / "Vazirlar Mahkamasi 2021-yil
     * 1-yanvarga qadar … takliflarni").
     */
    static final int CLAUSE_WORDS = 3;
    /** Anchors that count as full subject similarity in the score. */
    private static final double FULL_EVIDENCE = 3.0;
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");
    /** Marks the clause keys of {@link #datedThings} found through a programme (see {@link #dateGap}). */
    private static final String PROGRAMME_DATE = "programme:";
    /** Characters that end a clause within a sentence: semicolons and list bullets. */
    private static final String CLAUSE_END = ";•·▪●➖";
    /** Characters that end the phrase a figure stands in: clause ends, commas and colons. */
    private static final String PHRASE_END = CLAUSE_END + ",:";

    private final EvidenceRetriever retriever;
    private final SubjectMatcher subjects;
    private final Set<String> excludedSources;
    private final CopyFinder copies;
    private final List<List<Fact>> otherArticles;
    private final ClaimBuilder claims = new ClaimBuilder();
    private final ProgrammeMentions mentions = new ProgrammeMentions(ProgramGazetteer.standard());
    private final ArticleIntegrityChecker integrity = new ArticleIntegrityChecker();

    public Verifier(CorpusIndex index) {
        this(index, Set.of());
    }

    /** A verifier that never takes evidence from documents with these content hashes (other articles, say). */
    public Verifier(CorpusIndex index, Set<String> excludedSources) {
        this(new EvidenceRetriever(index), new SubjectMatcher(), excludedSources, new CopyFinder(index));
    }

    public Verifier(EvidenceRetriever retriever, SubjectMatcher subjects, CopyFinder copies) {
        this(retriever, subjects, Set.of(), copies);
    }

    /** As above, with one copy finder shared by the verifiers of one run (it reads the index's signatures once). */
    public Verifier(CorpusIndex index, Set<String> excludedSources, CopyFinder copies) {
        this(new EvidenceRetriever(index), new SubjectMatcher(), excludedSources, copies);
    }

    /**
     * As above, also knowing the facts of the run's other articles (one list per article): a document restating their
     * sentences is a copy of one of them that its signature missed, never evidence for this one.
     */
    public Verifier(CorpusIndex index, Set<String> excludedSources, CopyFinder copies, List<List<Fact>> otherArticles) {
        this(new EvidenceRetriever(index), new SubjectMatcher(), excludedSources, copies, otherArticles);
    }

    private Verifier(EvidenceRetriever retriever, SubjectMatcher subjects, Set<String> excludedSources,
                     CopyFinder copies) {
        this(retriever, subjects, excludedSources, copies, List.of());
    }

    private Verifier(EvidenceRetriever retriever, SubjectMatcher subjects, Set<String> excludedSources,
                     CopyFinder copies, List<List<Fact>> otherArticles) {
        this.retriever = retriever;
        this.subjects = subjects;
        this.excludedSources = Set.copyOf(excludedSources);
        this.copies = copies;
        this.otherArticles = List.copyOf(otherArticles);
    }

    /** One verdict per fact of the article, in claim (text) order. */
    public List<Verdict> verify(Document article, List<Fact> articleFacts) {
        return run(article, articleFacts).verdicts();
    }

    /** Verdicts, integrity findings, the copies of the article left out, and counts. */
    public VerificationReport report(Document article, List<Fact> articleFacts) {
        Run run = run(article, articleFacts);
        return VerificationReport.of(article.id(), run.verdicts(), integrity.check(article, articleFacts),
                run.failures(), run.copies());
    }

    private record Run(List<Verdict> verdicts, int failures, List<ExcludedCopy> copies) {
    }

    private Run run(Document article, List<Fact> articleFacts) {
        Set<String> exclude = new HashSet<>(excludedSources);
        if (!article.contentHash().isBlank()) {
            exclude.add(article.contentHash());
        }
        // copies of the article in other formats or versions restate it: never evidence
        List<ExcludedCopy> found = new ArrayList<>();
        for (ExcludedCopy copy : copies.copiesOf(article)) {
            if (!copy.contentHash().equals(article.contentHash()) && !copy.document().equals(article.id())) {
                found.add(copy);
            }
            exclude.add(copy.contentHash());
        }
        List<Claim> all = claims.build(articleFacts);
        // copies the signature misses (a PDF text layer with letters out of place) restate the article's sentences
        Map<Integer, List<FactHit>> retrieved = new HashMap<>();
        List<FactHit> pooled = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            try {
                List<FactHit> hits = retriever.retrieve(all.get(i), exclude);
                retrieved.put(i, hits);
                pooled.addAll(hits);
            } catch (BudgetExceeded e) {
                throw e;
            } catch (RuntimeException e) {
                // retried, and counted, with the claim below
            }
        }
        for (ExcludedCopy copy : RestatedSentences.copies(articleFacts, pooled)) {
            if (exclude.add(copy.contentHash())) {
                found.add(copy);
            }
        }
        for (List<Fact> other : otherArticles) {
            // a copy of another article of the run restates that article, and so is no source for this one
            exclude.addAll(RestatedSentences.restatingOther(other, pooled));
        }
        String copyNote = found.isEmpty() ? "" : "excluded as a copy of the article: "
                + String.join(", ", found.stream().map(ExcludedCopy::describe).toList());
        Verdict[] out = new Verdict[all.size()];
        Map<Fact, Fact> evidenceOf = new HashMap<>();
        int failures = 0;
        // figures, acts and programmes first: a date is then checked through what it dates, among them the figures
        // it qualifies that a source states linked to the same date
        for (boolean dates : new boolean[]{false, true}) {
            for (int i = 0; i < all.size(); i++) {
                Claim claim = all.get(i);
                Fact f = claim.fact();
                if ((f.type() == FactType.DATE) != dates) {
                    continue;
                }
                try {
                    DatedThings dated = dates ? datedThings(f, articleFacts, article, exclude, evidenceOf)
                            : DatedThings.NONE;
                    List<FactHit> hits = retrieved.containsKey(i)
                            ? retrieved.get(i).stream().filter(h -> !exclude.contains(h.contentHash())).toList()
                            : retriever.retrieve(claim, exclude);
                    if (f.type() == FactType.PROGRAM) {
                        // the programme named inflected or translated ("IT-parklarni"), which the finder took for no name
                        hits = new ArrayList<>(hits);
                        hits.addAll(mentions.in(f, retriever.programmePassages(f, exclude)));
                    }
                    // the source clauses of the act or figure the date dates are where its evidence stands: a bare
                    // year ranked by the article's words alone may not reach them (an English sentence, an Uzbek
                    // act with a hundred dates of that year). Not a programme's clauses: a clause naming a
                    // programme states the dates of its tasks and deadlines, rarely the programme's own
                    List<String> beside = dated.anchors().stream().filter(a -> a.type() != FactType.PROGRAM)
                            .map(Verifier::clauseText).toList();
                    if (!beside.isEmpty()) {
                        hits = retriever.retrieveBeside(claim, hits, beside, exclude);
                    }
                    Set<String> programme = isAmount(f.type()) ? clausesOfProgramme(f, articleFacts, article, exclude)
                            : null;
                    Judged j = judge(claim, article, hits, siblings(f, articleFacts), copyNote, dated.clauses(),
                            programme);
                    out[i] = j.verdict();
                    if (j.source() != null) {
                        evidenceOf.put(f, j.source());
                    }
                } catch (BudgetExceeded e) {
                    throw e; // the article is out of time: no verdict is better than a wrong NOT_FOUND
                } catch (RuntimeException e) {
                    // one broken lookup (index I/O, a bad stored fact) must not sink the other claims
                    failures++;
                    out[i] = new Verdict.NotFound(claim, 0.0, "index lookup failed: " + e.getMessage());
                }
            }
        }
        return new Run(List.of(out), failures, found);
    }

    /**
     * What a date in the claim's sentence may be the date of: the acts and programmes the sentence names and the
     * distinctive figures it states (at least {@value SubjectEvidence#DISTINCTIVE}: "5 trillion UZS", not "3").
     */
    private static List<Fact> namedInSentence(Fact claim, List<Fact> articleFacts) {
        List<Fact> out = new ArrayList<>();
        for (Fact f : articleFacts) {
            if (!f.sentence().equals(claim.sentence()) || clause(f) != clause(claim)) {
                continue;
            }
            boolean named = f.type() == FactType.ACT || f.type() == FactType.PROGRAM;
            boolean figure = isAmount(f.type()) && AmountRange.amountOf(f)
                    .map(x -> x.abs().compareTo(java.math.BigDecimal.valueOf(SubjectEvidence.DISTINCTIVE)) >= 0)
                    .orElse(false);
            if (named || figure) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Source clauses ({@link #clauseKey}) a date of the claim's clause may be the date of: those stating an act,
     * programme or distinctive figure the clause names, and those stating a figure of the clause that is linked to
     * this very date, judged against a source figure linked to the same date: SUPPORTED by it, or CONTRADICTED
     * (the same thing in the same period with another value: "20,000 km in 2020" against "12 ming km" in 2020 dates
     * the same plan, whatever its size).
     */
    private DatedThings datedThings(Fact date, List<Fact> articleFacts, Document article, Set<String> exclude,
                                    Map<Fact, Fact> evidenceOf) {
        Set<String> out = new HashSet<>();
        List<Fact> anchors = new ArrayList<>();
        clausesNaming(namedInSentence(date, articleFacts), article, exclude, out, anchors);
        DateValue d = (DateValue) date.value();
        for (Fact f : articleFacts) {
            Fact source = evidenceOf.get(f);
            if (source != null && isAmount(f.type()) && f.sentence().equals(date.sentence())
                    && clause(f) == clause(date) && f.when().map(w -> w.iso().equals(d.iso())).orElse(false)
                    && source.when().map(w -> w.iso().equals(d.iso())).orElse(false)) {
                out.add(clauseKey(source));
                anchors.add(source);
            }
        }
        return new DatedThings(Set.copyOf(out), List.copyOf(anchors));
    }

    /**
     * What a date of the article may be the date of: source clauses ({@link #clauseKey}, programmes marked) and the
     * source facts found there (the act, programme or figure the date belongs to).
     */
    private record DatedThings(Set<String> clauses, List<Fact> anchors) {
        static final DatedThings NONE = new DatedThings(Set.of(), List.of());
    }

    /** Adds the source clauses ({@link #clauseKey}) stating one of these acts, programmes or figures, and those facts. */
    private void clausesNaming(List<Fact> named, Document article, Set<String> exclude, Set<String> out,
                               List<Fact> anchors) {
        for (Fact n : named) {
            List<FactHit> found = new ArrayList<>(retriever.retrieve(new Claim("", n), exclude));
            if (n.type() == FactType.PROGRAM) {
                // a programme named in a form the finder took for no name ("Harakatlar strategiyasini") dates there too
                found.addAll(mentions.in(n, retriever.programmePassages(n, exclude)));
            }
            for (FactHit h : found) {
                Fact s = h.fact();
                if (s.document().equals(article.id()) || s.type() != n.type()) {
                    continue;
                }
                Comparison cmp = isAmount(n.type()) ? AmountComparator.INSTANCE.compareValues(n, s)
                        : ValueComparator.compareFacts(n, s);
                boolean same = isAmount(n.type()) ? cmp.compatible() && cmp.closeness() >= ROUNDING_CLOSENESS
                        : cmp.outcome() != Comparison.Outcome.INCOMPARABLE;
                if (same) {
                    out.add(n.type() == FactType.PROGRAM ? PROGRAMME_DATE + clauseKey(s) : clauseKey(s));
                    anchors.add(s);
                }
            }
        }
    }

    /**
     * When the figure's own phrase (its words between commas, colons and clause ends) names programmes, the source
     * clauses ({@link #clauseKey}) that name one of them: a figure of a programme is evidence only from there. Null
     * when the phrase names none.
     */
    private Set<String> clausesOfProgramme(Fact figure, List<Fact> articleFacts, Document article,
                                           Set<String> exclude) {
        String sentence = figure.sentenceText();
        int at = figure.span().start() - figure.sentence().start();
        if (at < 0 || at > sentence.length()) {
            return null;
        }
        int from = at;
        while (from > 0 && PHRASE_END.indexOf(sentence.charAt(from - 1)) < 0) {
            from--;
        }
        int to = Math.min(sentence.length(), figure.span().end() - figure.sentence().start());
        while (to < sentence.length() && PHRASE_END.indexOf(sentence.charAt(to)) < 0) {
            to++;
        }
        List<Fact> named = new ArrayList<>();
        for (Fact f : articleFacts) {
            int p = f.span().start() - figure.sentence().start();
            if (f.type() == FactType.PROGRAM && f.sentence().equals(figure.sentence()) && p >= from && p < to) {
                named.add(f);
            }
        }
        if (named.isEmpty()) {
            return null;
        }
        List<Fact> anchors = new ArrayList<>();
        clausesNaming(named, article, exclude, new HashSet<>(), anchors);
        Set<String> out = new HashSet<>();
        anchors.forEach(a -> out.add(clauseKey(a)));
        return out;
    }

    /** The clause of its sentence a fact stands in (see {@link #clauseKey}). */
    static String clauseText(Fact f) {
        String sentence = f.sentenceText();
        int n = clause(f);
        int start = 0;
        for (int k = 0; k < n; k++) {
            start = indexOfClauseEnd(sentence, start) + 1;
        }
        int end = indexOfClauseEnd(sentence, start);
        return sentence.substring(start, end < 0 ? sentence.length() : end);
    }

    private static int indexOfClauseEnd(String sentence, int from) {
        for (int i = from; i < sentence.length(); i++) {
            if (CLAUSE_END.indexOf(sentence.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }


    /**
     * Where a fact stands: its document, sentence and clause. Clauses end at a semicolon or a list bullet, so the
     * items of one long enumeration ("…by 2023; …by 2022; …") are told apart; line breaks are not clause ends
     * (extracted PDF text breaks lines inside sentences).
     */
    private static String clauseKey(Fact f) {
        return f.document().value() + '\u0000' + f.sentence().start() + ':' + clause(f);
    }

    private static int clause(Fact f) {
        String sentence = f.sentenceText();
        int at = f.span().start() - f.sentence().start();
        if (at < 0 || at > sentence.length()) {
            at = Math.max(0, f.text().isEmpty() ? 0 : sentence.indexOf(f.text()));
        }
        return clauseAt(sentence, at);
    }

    private static int clauseAt(String sentence, int at) {
        int n = 0;
        for (int i = 0; i < at; i++) {
            if (CLAUSE_END.indexOf(sentence.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }

    /** The other facts of the claim's type in the claim's sentence: figures the article states side by side. */
    private static List<Fact> siblings(Fact claim, List<Fact> articleFacts) {
        List<Fact> out = new ArrayList<>();
        for (Fact f : articleFacts) {
            if (f.type() == claim.type() && f.sentence().equals(claim.sentence()) && !f.span().equals(claim.span())) {
                out.add(f);
            }
        }
        return out;
    }

    /** How the periods two amounts are linked to relate. */
    enum Period {
        /** Both dated, overlapping. */
        SAME,
        /** Neither dated. */
        NONE,
        /** One dated, the other not. */
        OPEN,
        /** Dated differently, but each sentence names the other's period: a series whose links may be crossed. */
        CROSSED,
        /** Dated differently: another point of a time series. */
        DIFFERENT
    }

    static Period period(Fact a, Fact b) {
        if (a.when().isEmpty() && b.when().isEmpty()) {
            return Period.NONE;
        }
        if (a.when().isEmpty() || b.when().isEmpty()) {
            return Period.OPEN;
        }
        DateValue wa = a.when().get();
        DateValue wb = b.when().get();
        if (wa.overlaps(wb)) {
            return Period.SAME;
        }
        return mentionsYears(a.sentenceText(), wb) && mentionsYears(b.sentenceText(), wa) ? Period.CROSSED
                : Period.DIFFERENT;
    }

    private static boolean mentionsYears(String sentence, DateValue d) {
        Set<String> years = new HashSet<>();
        Matcher m = YEAR.matcher(sentence);
        while (m.find()) {
            years.add(m.group());
        }
        return years.contains(String.valueOf(d.first().getYear())) && years.contains(String.valueOf(d.last().getYear()));
    }

    private static boolean isAmount(FactType t) {
        return t == FactType.NUMBER || t == FactType.MONEY || t == FactType.PERCENT;
    }

    /** Strength of a support: an act matched only by an undated mention yields to a dated conflicting one. */
    private enum Tier { WEAK, STRONG }

    /** A verdict and, when SUPPORTED or CONTRADICTED, the source fact it rests on. */
    private record Judged(Verdict verdict, Fact source) {
    }

    private Judged judge(Claim claim, Document article, List<FactHit> hits, List<Fact> siblings, String copyNote,
                         Set<String> datedThings, Set<String> programmeClauses) {
        Fact c = claim.fact();
        float top = 0f;
        for (FactHit h : hits) {
            top = Math.max(top, h.score());
        }
        Candidate strong = null;
        Candidate weak = null;
        Candidate conflict = null;
        String firstRejection = null;
        boolean rejectedSameValue = false;
        for (FactHit h : hits) {
            Fact s = h.fact();
            if (s.document().equals(article.id()) || s.type() != c.type()) {
                continue;
            }
            Comparison cmp = isAmount(c.type()) ? AmountComparator.INSTANCE.compareValues(c, s)
                    : ValueComparator.compareFacts(c, s);
            if (cmp.outcome() == Comparison.Outcome.INCOMPARABLE) {
                continue;
            }
            double subject;
            String matched;
            Tier tier = Tier.STRONG;
            if (c.type() == FactType.ACT || c.type() == FactType.PROGRAM) {
                subject = subjects.similarity(c, s);
                if (subject < SubjectMatcher.SAME_SUBJECT) {
                    continue;
                }
                matched = cmp.reason();
                if (c.type() == FactType.PROGRAM) {
                    SubjectEvidence ev = subjects.evidence(c, s);
                    if (!statesProgramme(ev) && saysMoreThanTheName(c)) {
                        firstRejection = firstRejection != null ? firstRejection
                                : rejection(s, "names the programme, but says nothing the claim says about it ("
                                + ev.describe() + ")");
                        continue;
                    }
                    matched += "; " + ev.describe();
                }
                if (c.when().isPresent() && s.when().isEmpty()) {
                    tier = Tier.WEAK;
                    matched += "; the source does not date it";
                }
            } else {
                Period period = isAmount(c.type()) ? period(c, s) : Period.NONE;
                if (period == Period.DIFFERENT || ownedBySibling(c, s, cmp, siblings)) {
                    continue;
                }
                if (programmeClauses != null && !programmeClauses.contains(clauseKey(s))) {
                    // "Digital Uzbekistan sets out five priority areas" and the Action Strategy's "beshta ustuvor
                    // yo'nalish": a figure of one programme says nothing of another's, however alike the words
                    if (firstRejection == null) {
                        firstRejection = rejection(s, "a figure of a programme the source clause does not name");
                    }
                    continue;
                }
                if (isAmount(c.type()) && StatedAs.differ(c, s)) {
                    // "more than 10 thousand km were built" and "12 thousand km shall be laid": a result, a plan
                    if (firstRejection == null) {
                        firstRejection = rejection(s, "a " + StatedAs.of(c).name().toLowerCase(Locale.ROOT)
                                + " against a " + StatedAs.of(s).name().toLowerCase(Locale.ROOT));
                    }
                    continue;
                }
                if (isAmount(c.type()) && AmountRelation.differ(c, s)) {
                    // "a 60 percent increase" and "up to 60 percent": another fact, whatever the numbers
                    if (firstRejection == null) {
                        firstRejection = rejection(s, "a change against a level (" + AmountRelation.of(c)
                                .name().toLowerCase(Locale.ROOT) + " vs " + AmountRelation.of(s).name()
                                .toLowerCase(Locale.ROOT) + ")");
                    }
                    continue;
                }
                SubjectEvidence ev = subjects.evidence(c, s);
                double strength = ev.score() + (period == Period.SAME ? 1.0 : 0.0) + (sameSpecificDate(c, s) ? 1.0 : 0.0)
                        + (sameStatedFigure(c, s) ? SAME_FIGURE_BONUS : 0.0);
                String anchors = ev.describe() + (period == Period.SAME ? ", same period " + c.when().get().iso() : "")
                        + (sameSpecificDate(c, s) ? ", same date" : "")
                        + String.format(Locale.ROOT, " (evidence %.1f)", strength);
                if (cmp.compatible()) {
                    String gap = supportGap(c, s, cmp, ev, strength, datedThings);
                    if (gap != null) {
                        // the reason names the best-ranked source stating the same value, else the best-ranked one
                        boolean sameValue = c.value().normalized().equals(s.value().normalized());
                        if (firstRejection == null || (sameValue && !rejectedSameValue)) {
                            firstRejection = rejection(s, gap + "; " + anchors);
                            rejectedSameValue = sameValue;
                        }
                        continue;
                    }
                } else {
                    if (isAmount(c.type()) ? !SubjectMatcher.countedSame(c, s) : !SubjectMatcher.countedAlike(c, s)) {
                        continue; // another counted thing: not a conflict
                    }
                    boolean datedAlike = period == Period.SAME || period == Period.NONE;
                    boolean sameThing = ev.pinsOneThing(strength);
                    // a date is about an event: only a shared figure of both sentences (an act number) pins it down
                    boolean sameEvent = c.type() != FactType.DATE || ev.figures() >= 1;
                    if (!datedAlike || !sameThing || !sameEvent) {
                        continue;
                    }
                }
                matched = cmp.reason() + "; " + anchors;
                subject = Math.max(subjects.similarity(c, s), Math.min(1.0, strength / FULL_EVIDENCE));
            }
            double retrieval = top > 0f ? Math.max(0f, h.score()) / top : 0.0;
            double value = cmp.compatible() ? cmp.closeness() : 0.5 + 0.5 * (1 - cmp.closeness());
            double score = clamp(W_RETRIEVAL * retrieval + W_SUBJECT * subject + W_VALUE * value);
            String reason = matched + String.format(Locale.ROOT,
                    "; score %.2f = 0.2×retrieval %.2f + 0.4×subject %.2f + 0.4×value %.2f", score, retrieval,
                    subject, value);
            Candidate cand = new Candidate(h, score, reason);
            if (!cmp.compatible()) {
                conflict = better(conflict, cand);
            } else if (tier == Tier.STRONG) {
                strong = better(strong, cand);
            } else {
                weak = better(weak, cand);
            }
        }
        if (strong != null) {
            return new Judged(new Verdict.Supported(claim, evidence(strong.hit()), strong.score(), strong.reason()),
                    strong.hit().fact());
        }
        if (conflict != null) {
            return new Judged(new Verdict.Contradicted(claim, evidence(conflict.hit()), conflict.score(),
                    conflict.reason()), conflict.hit().fact());
        }
        if (weak != null) {
            return new Judged(new Verdict.Supported(claim, evidence(weak.hit()), weak.score(), weak.reason()),
                    weak.hit().fact());
        }
        String why = hits.isEmpty() ? "no source states a " + c.type().name().toLowerCase(Locale.ROOT) + " like it"
                : firstRejection != null ? firstRejection
                : "no source states it about the same thing (" + hits.size() + " candidates)";
        return new Judged(new Verdict.NotFound(claim, 0.0, copyNote.isEmpty() ? why : why + "; " + copyNote), null);
    }

    private static String rejection(Fact source, String why) {
        return "nearest " + source.document().value() + " (" + ClaimedValues.format(source) + "): " + why;
    }

    /**
     * Why a source with a compatible value does not support the claim, or null when it does. Amounts must be
     * close (a differing value only as a rounding or a bound) and tied to the same counted thing; dates see
     * {@link #dateGap}.
     */
    private static String supportGap(Fact c, Fact s, Comparison cmp, SubjectEvidence ev, double strength,
                                     Set<String> datedThings) {
        if (c.type() == FactType.DATE) {
            return dateGap(c, s, ev, datedThings);
        }
        if (strength < SUPPORT_EVIDENCE) {
            return "too little in common";
        }
        if (!isAmount(c.type())) {
            return null;
        }
        if (cmp.closeness() < SUPPORT_CLOSENESS) {
            return "values too far apart";
        }
        if (!c.value().normalized().equals(s.value().normalized())) {
            // a differing value supports only as a rounding of it ("2.5 million" for 2,503,060) or as the
            // bound a stated half-line puts on an exact figure ("more than 2.5 million")
            boolean bound = (upper(c.qualifier()) || lower(c.qualifier())) && s.qualifier() == Qualifier.EXACT;
            if (!bound && cmp.closeness() < ROUNDING_CLOSENESS) {
                return "another value (" + qualified(c) + " vs " + qualified(s) + ")";
            }
        }
        // the same passage: a word next to both figures (the subject) or other numbers both sentences state (a
        // figure, or two years), not only words elsewhere in the sentences
        return ev.local() >= 1 || ev.numbers() >= 1.0 ? null : "not the same counted thing";
    }

    /**
     * A date must have the same value (a period the same period, a deadline the same deadline; an exact year or
     * month is confirmed by a day within it) and be the date of the same thing: both sentences name the same act
     * or programme or state the same distinctive figure (see {@link #namedInSentence}), or share a distinctive
     * number, or a smaller number and a word next to both dates; or by the words next to both dates: one for a day
     * or month, two for a period (or one, and a number or two more words both
     * sentences state); a bare year never by words alone, only through the act, programme or figure it dates. A
     * bare year agreeing with a year elsewhere proves nothing.
     */
    private static String dateGap(Fact c, Fact s, SubjectEvidence ev, Set<String> datedThings) {
        DateValue dc = (DateValue) c.value();
        DateValue ds = (DateValue) s.value();
        boolean sameValue = dc.iso().equals(ds.iso());
        if (c.qualifier() != Qualifier.EXACT || dc.isPeriod()) {
            // a start or deadline the source states more precisely within the claim's year or month is the same
            // bound ("starting from 2020" / "2020-yil 1-sentabrdan boshlab"); a period must be the same period
            boolean preciser = !dc.isPeriod() && !ds.isPeriod() && c.qualifier() == s.qualifier()
                    && !ds.first().isBefore(dc.first()) && !ds.last().isAfter(dc.last());
            if (!(sameValue || preciser) || opposite(c.qualifier(), s.qualifier())) {
                return "another date (" + qualified(c) + " vs " + qualified(s) + ")";
            }
        } else if (!DateComparator.covers(c, s) && !(sameValue && s.qualifier() != Qualifier.EXACT)) {
            // the same day, month or year as the source's start or deadline is that date with its preposition left
            // out ("in 2020" / "2020-yildan boshlab", "on September 1" / "1-sentabrdan"): as precise, not broader
            return "another date (" + qualified(c) + " vs " + qualified(s) + ")";
        }
        boolean specific = !dc.isPeriod() && dc.iso().length() > 4;
        boolean byWords = specific ? ev.local() >= 1 || SubjectMatcher.clauseWords(c, s) >= CLAUSE_WORDS
                : dc.isPeriod() ? ev.local() >= 2 || (ev.local() >= 1 && (ev.words() >= 2 || ev.numbers() > 0))
                : false;
        boolean bareYear = !specific && !dc.isPeriod();
        // a bare year only through what it dates (the same act, programme or figure fact in the source clause): a
        // raw number both sentences hold may be an article or page number there. A programme's date is its year or
        // period: a day inside it in the same clause dates something else there (the Address of 24 January 2020
        // beside the Action Strategy), while an act is dated by its day
        boolean datesSameThing = datedThings.contains(clauseKey(s))
                || datedThings.contains(PROGRAMME_DATE + clauseKey(s)) && sameValue
                || !bareYear && (ev.distinctiveFigures() >= 1 || (ev.figures() >= 1 && ev.local() >= 1) || byWords);
        return datesSameThing ? null : "not the date of the same thing";
    }

    private static String qualified(Fact f) {
        return f.qualifier() == Qualifier.EXACT ? f.value().normalized() : f.qualifier().code() + " " + f.value().normalized();
    }

    /** Qualifiers pointing opposite ways ("until 2030" and "after 2030"). */
    private static boolean opposite(Qualifier a, Qualifier b) {
        return (upper(a) && lower(b)) || (lower(a) && upper(b));
    }

    private static boolean upper(Qualifier q) {
        return q == Qualifier.BEFORE || q == Qualifier.UNTIL || q == Qualifier.AT_MOST || q == Qualifier.LESS_THAN;
    }

    private static boolean lower(Qualifier q) {
        return q == Qualifier.AFTER || q == Qualifier.MORE_THAN || q == Qualifier.AT_LEAST;
    }

    /**
     * A passage naming the claimed programme supports the claim only when it says something the claim's
     * sentence says about it: a word next to the name in both, a shared figure (an act number, a year range), or two
     * other words both sentences state (a source that names the programme in another word order, as Uzbek does).
     */
    private static boolean statesProgramme(SubjectEvidence ev) {
        return ev.local() >= 1 || ev.figures() >= 1 || ev.words() >= 2;
    }

    /** Whether the claim's sentence says anything besides the programme's name (a heading says nothing more). */
    private static boolean saysMoreThanTheName(Fact c) {
        return KeyTerms.tokens(SubjectMatcher.context(c)).stream().anyMatch(t -> KeyTerms.significant(t.stem()));
    }

    /**
     * A source figure that another figure of the claim's own sentence matches is that figure's evidence: it
     * cannot contradict the claim (the article states it too), and supports the claim only if it fits it better.
     */
    private static boolean ownedBySibling(Fact claim, Fact source, Comparison cmp, List<Fact> siblings) {
        for (Fact t : siblings) {
            if (sameFigure(claim, t)) {
                continue; // "more than 2.5 million (2,503,060)": one figure stated twice, both may use the source
            }
            Comparison other = isAmount(t.type()) ? AmountComparator.INSTANCE.compareValues(t, source)
                    : ValueComparator.compareFacts(t, source);
            if (other.compatible() && other.closeness() >= SUPPORT_CLOSENESS
                    && (!cmp.compatible() || other.closeness() > cmp.closeness())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameFigure(Fact a, Fact b) {
        Comparison ab = isAmount(a.type()) ? AmountComparator.INSTANCE.compareValues(a, b) : ValueComparator.compareFacts(a, b);
        return ab.compatible() && ab.closeness() >= SUPPORT_CLOSENESS;
    }

    /**
     * The same figure with the same qualifier ("around 20,000" / "около 20 000"): a little evidence of its own,
     * but only for figures of at least {@value #DISTINCTIVE_FIGURE}, since small counts (5, 8, 40) are everywhere.
     */
    private static boolean sameStatedFigure(Fact a, Fact b) {
        if (!isAmount(a.type()) || a.qualifier() != b.qualifier()
                || !a.value().normalized().equals(b.value().normalized())) {
            return false;
        }
        return AmountRange.amountOf(a).map(x -> x.abs().compareTo(java.math.BigDecimal.valueOf(DISTINCTIVE_FIGURE)) >= 0)
                .orElse(false);
    }

    /** Two dates with the same stated day, month or period (a bare year is too common to count). */
    private static boolean sameSpecificDate(Fact a, Fact b) {
        return a.value() instanceof DateValue da && b.value() instanceof DateValue db && da.iso().equals(db.iso())
                && da.iso().length() > 4;
    }

    private record Candidate(FactHit hit, double score, String reason) {
    }

    private static Candidate better(Candidate current, Candidate next) {
        return current == null || next.score() > current.score() ? next : current;
    }

    private static Evidence evidence(FactHit hit) {
        Fact f = hit.fact();
        String passage = f.sentenceText().isBlank() ? f.text() : f.sentenceText();
        return new Evidence(f.document(), hit.page(), passage, ClaimedValues.format(f));
    }

    private static double clamp(double x) {
        return Double.isNaN(x) ? 0.0 : Math.max(0.0, Math.min(1.0, x));
    }
}
