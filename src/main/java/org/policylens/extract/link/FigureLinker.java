package org.policylens.extract.link;

import org.policylens.budget.Budget;
import org.policylens.annotate.AnnotatedText;
import org.policylens.extract.Candidate;
import org.policylens.lang.Vocabularies;
import org.policylens.lang.Vocabulary;
import org.policylens.model.DateValue;
import org.policylens.model.FactType;
import org.policylens.model.Qualifier;
import org.policylens.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives every NUMBER, MONEY and PERCENT candidate the date or period its sentence states, and a subject.
 *
 * <p>Date choice, never crossing the sentence: a date in the figure's own clause (clauses split on {@code ;}
 * and on {@code , and}, {@code , while}, {@code , а}, ...), else a date introducing the sentence
 * ({@code In 2025, ...}, {@code Between 2020 and 2022, ...}), else the nearest date in the sentence. Dates
 * that are acts' adoption dates do not date figures. A from–to period ({@code From 2017 to 2025, ... grew
 * from 147 to 1,600}) dates a figure introduced by {@code from} with its first year and the others with its
 * last, since they report the state at the end of the period.
 */
public final class FigureLinker {
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            ";|,\\s++" + Vocabularies.alternatives(Vocabulary::clauseConjunctions) + "\\s",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FROM_BEFORE = Pattern.compile(
            "(?<![\\p{L}])" + Vocabularies.alternatives(Vocabulary::fromWords) + "\\s++$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FROM_TO_SURFACE = Pattern.compile(
            "\\d\\s++" + Vocabularies.alternatives(Vocabulary::toWords) + "\\s++\\d|"
                    + Vocabularies.alternatives(Vocabulary::ablativeEndings) + "\\s++\\d",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern ACT_OF = Pattern.compile(
            "(?<![\\p{L}])" + Vocabularies.alternatives(Vocabulary::lawTitleWords) + "\\s++$", Pattern.CASE_INSENSITIVE);

    public List<Candidate> link(AnnotatedText text, List<Candidate> candidates) {
        String view = text.view();
        List<Candidate> dates = new ArrayList<>();
        List<Candidate> acts = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.type() == FactType.DATE) {
                dates.add(c);
            } else if (c.type() == FactType.ACT) {
                acts.add(c);
            }
        }
        List<Candidate> datingDates = new ArrayList<>(dates.size());
        for (Candidate d : dates) {
            // "available until September 30, 2020" bounds the money's availability, it does not date it
            if (d.qualifier() != Qualifier.UNTIL && !isActTitleYear(view, d) && !isAdoptionDate(text, d, acts)) {
                datingDates.add(d);
            }
        }
        int[] breaks = clauseBreaks(view);
        List<Candidate> out = new ArrayList<>(candidates.size());
        Span cachedSentence = null;
        int cachedComma = -1;
        for (Candidate c : candidates) {
            FactType t = c.type();
            if (t != FactType.NUMBER && t != FactType.MONEY && t != FactType.PERCENT) {
                out.add(c);
                continue;
            }
            Budget.check();
            Span sentence = text.sentenceAt(c.span().start());
            if (!sentence.equals(cachedSentence)) {
                cachedSentence = sentence;
                cachedComma = firstComma(view, sentence);
            }
            Span clause = clauseAround(breaks, sentence, c.span());
            Candidate date = chooseDate(datingDates, sentence, clause, c.span(), cachedComma);
            Optional<DateValue> when = c.when();
            if (when.isEmpty() && date != null) {
                when = Optional.of(refine(view, date, c.span()));
            }
            String subject = c.subject().isEmpty()
                    ? SubjectFinder.of(view, t, c.span().start(), c.span().end(), clause.start(), clause.end())
                    : c.subject();
            out.add(new Candidate(c.span(), c.value(), c.qualifier(), when, subject, c.finder()));
        }
        return out;
    }

    /**
     * In-clause date nearest the figure, else the date introducing the sentence, else the nearest date in the
     * sentence. Only the dates adjacent to the figure can be nearest, so this is a binary search, not a scan.
     */
    private static Candidate chooseDate(List<Candidate> dates, Span sentence, Span clause, Span figure, int firstComma) {
        int next = ActDateLinker.firstStartingAtOrAfter(dates, figure.end());
        Candidate after = next < dates.size() && dates.get(next).span().start() < sentence.end() ? dates.get(next) : null;
        Candidate before = next > 0 && dates.get(next - 1).span().start() >= sentence.start()
                && dates.get(next - 1).span().end() <= figure.start() ? dates.get(next - 1) : null;
        int da = after == null ? Integer.MAX_VALUE : after.span().start() - figure.end();
        int db = before == null ? Integer.MAX_VALUE : figure.start() - before.span().end();
        Candidate inClauseAfter = after != null && clause.contains(after.span()) ? after : null;
        Candidate inClauseBefore = before != null && clause.contains(before.span()) ? before : null;
        if (inClauseAfter != null || inClauseBefore != null) {
            if (inClauseAfter == null) {
                return inClauseBefore;
            }
            return inClauseBefore == null || da < db ? inClauseAfter : inClauseBefore;
        }
        if (firstComma > 0 && figure.start() > firstComma) {
            int first = ActDateLinker.firstStartingAtOrAfter(dates, sentence.start());
            if (first < dates.size() && dates.get(first).span().end() <= firstComma) {
                return dates.get(first);
            }
        }
        if (after == null && before == null) {
            return null;
        }
        return da < db ? after : before;
    }

    /** The first year of a from–to period for a figure introduced by "from", the last year for the others. */
    private static DateValue refine(String view, Candidate date, Span figure) {
        DateValue v = (DateValue) date.value();
        if (!v.isPeriod() || v.iso().length() != 9 || !FROM_TO_SURFACE.matcher(view).region(date.span().start(), date.span().end()).find()) {
            return v;
        }
        String[] ends = v.iso().split("/");
        Matcher from = FROM_BEFORE.matcher(view).region(Math.max(0, figure.start() - 12), figure.start());
        return new DateValue(from.find() ? ends[0] : ends[1]);
    }

    /** Sorted positions where a clause ends (its break starts) and the next begins (its break ends), pairwise. */
    private static int[] clauseBreaks(String view) {
        // what find() would return, but the regex is only tried at commas and semicolons, where every break starts
        Matcher m = CLAUSE_BREAK.matcher(view);
        int n = view.length();
        int[] out = new int[32];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = view.charAt(i);
            if (c != ';' && c != ',') {
                continue;
            }
            m.region(i, n);
            if (m.lookingAt()) {
                if (k + 2 > out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                out[k++] = m.start();
                out[k++] = m.end();
                i = m.end() - 1;
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }

    private static Span clauseAround(int[] breaks, Span sentence, Span figure) {
        // the last break ending at or before the figure, and the first starting at or after its end
        int lo = 0;
        int hi = breaks.length / 2;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (breaks[2 * mid + 1] <= figure.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int start = lo > 0 ? Math.max(sentence.start(), breaks[2 * (lo - 1) + 1]) : sentence.start();
        int end = sentence.end();
        for (int i = lo; i < breaks.length / 2; i++) {
            if (breaks[2 * i] >= figure.end()) {
                end = Math.min(end, breaks[2 * i]);
                break;
            }
        }
        return new Span(Math.min(start, figure.start()), Math.max(end, figure.end()));
    }

    private static int firstComma(String view, Span sentence) {
        for (int i = sentence.start(); i < sentence.end() && i - sentence.start() < 200; i++) {
            char c = view.charAt(i);
            if (c == ',') {
                return i;
            }
            if (c == ';' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /** The year in a law's title ({@code Deficit Control Act of 1985}) names the law, not the figures' time. */
    private static boolean isActTitleYear(String view, Candidate date) {
        return ACT_OF.matcher(view).region(Math.max(0, date.span().start() - 12), date.span().start()).find();
    }

    /** A date an act in the same sentence took as its adoption date does not date the figures. */
    private static boolean isAdoptionDate(AnnotatedText text, Candidate date, List<Candidate> acts) {
        Span sentence = text.sentenceAt(date.span().start());
        for (int i = ActDateLinker.firstStartingAtOrAfter(acts, Math.max(sentence.start(), date.span().start() - 200));
             i < acts.size(); i++) {
            Candidate a = acts.get(i);
            if (a.span().start() >= sentence.end() || a.span().start() > date.span().start() + 200) {
                break;
            }
            if (a.when().isPresent() && a.when().get().equals(date.value()) && sentence.contains(a.span())
                    && Math.abs(a.span().start() - date.span().start()) < 200) {
                return true;
            }
        }
        return false;
    }
}
