package org.policylens.extract.link;

import org.policylens.annotate.AnnotatedText;
import org.policylens.extract.Candidate;
import org.policylens.model.DateValue;
import org.policylens.model.FactType;
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
            ";|,\\s++(?:and|but|while|whereas|though|although|а|но|тогда\\s++как|однако|va|ammo|lekin|ва|аммо|лекин)\\s",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FROM_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:from|с|от)\\s++$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FROM_TO_SURFACE = Pattern.compile(
            "\\d\\s++(?:to|through|по|до)\\s++\\d|(?:dan|дан)\\s++\\d", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern ACT_OF = Pattern.compile(
            "(?<![\\p{L}])(?:act|acts|law|code)\\s++of\\s++$", Pattern.CASE_INSENSITIVE);

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
            if (d.qualifier() != org.policylens.model.Qualifier.UNTIL && !isActTitleYear(view, d)
                    && !isAdoptionDate(text, d, acts)) {
                datingDates.add(d);
            }
        }
        List<Candidate> out = new ArrayList<>(candidates.size());
        int cursor = 0;
        for (Candidate c : candidates) {
            FactType t = c.type();
            if (t != FactType.NUMBER && t != FactType.MONEY && t != FactType.PERCENT) {
                out.add(c);
                continue;
            }
            Span sentence = text.sentenceAt(c.span().start());
            while (cursor < datingDates.size() && datingDates.get(cursor).span().end() <= sentence.start()) {
                cursor++;
            }
            Span clause = clauseAround(view, sentence, c.span());
            Candidate date = chooseDate(view, datingDates, cursor, sentence, clause, c.span());
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

    private static Candidate chooseDate(String view, List<Candidate> dates, int from, Span sentence, Span clause,
                                        Span figure) {
        Candidate inClause = null;
        Candidate intro = null;
        Candidate nearest = null;
        int bestClause = Integer.MAX_VALUE;
        int bestAny = Integer.MAX_VALUE;
        int firstComma = firstComma(view, sentence);
        for (int i = from; i < dates.size(); i++) {
            Candidate d = dates.get(i);
            if (d.span().start() >= sentence.end()) {
                break;
            }
            if (d.span().start() < sentence.start()) {
                continue;
            }
            int distance = d.span().start() >= figure.end() ? d.span().start() - figure.end() : figure.start() - d.span().end();
            if (clause.contains(d.span()) && distance < bestClause) {
                inClause = d;
                bestClause = distance;
            }
            if (intro == null && firstComma > 0 && d.span().end() <= firstComma && figure.start() > firstComma) {
                intro = d;
            }
            if (distance < bestAny) {
                nearest = d;
                bestAny = distance;
            }
        }
        return inClause != null ? inClause : intro != null ? intro : nearest;
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

    private static Span clauseAround(String view, Span sentence, Span figure) {
        int start = sentence.start();
        int end = sentence.end();
        Matcher m = CLAUSE_BREAK.matcher(view).region(sentence.start(), sentence.end());
        while (m.find()) {
            if (m.end() <= figure.start()) {
                start = m.end();
            } else if (m.start() >= figure.end()) {
                end = m.start();
                break;
            }
        }
        return new Span(start, end);
    }

    private static int firstComma(String view, Span sentence) {
        for (int i = sentence.start(); i < sentence.end(); i++) {
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
        for (int i = ActDateLinker.firstStartingAtOrAfter(acts, sentence.start()); i < acts.size(); i++) {
            Candidate a = acts.get(i);
            if (a.span().start() >= sentence.end()) {
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
