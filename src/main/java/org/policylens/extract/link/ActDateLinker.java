package org.policylens.extract.link;

import org.policylens.lang.NumberSigns;
import org.policylens.budget.Budget;
import org.policylens.annotate.AnnotatedText;
import org.policylens.extract.Candidate;
import org.policylens.lang.Vocabularies;
import org.policylens.lang.Vocabulary;
import org.policylens.model.DateValue;
import org.policylens.model.FactType;
import org.policylens.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Gives every ACT candidate without a date the DATE that states its adoption nearby. In order of trust:
 * a date inside the act's span ({@code Указ ... от 5 октября 2020 года № УП-6079}); a date right before the
 * act ({@code 2020-yil 5-oktabrdagi PF-6079-son}, {@code 15.09.2025 йилдаги ПҚ-282-сон}, {@code от 17 июня 1996 г.
 * N 3037}); a date after it introduced by {@code dated}/{@code of}/{@code от} in the same sentence
 * ({@code PF-6079 dated October 5, 2020}) or after it in the parenthesis that cites it ({@code (ПФ–6079-сон,
 * 05.10.2020 й.)}); and, for reference-list entries, the nearest earlier date on the
 * same line. Only day- or month-precise dates qualify, and never across another act. The DATE stays a fact.
 */
public final class ActDateLinker {
    private static final int BEFORE_GAP = 24;
    private static final int AFTER_GAP = 120;
    private static final int LINE_GAP = 400;
    private static final Pattern TIGHT_GAP = Pattern.compile(
            "[\\s,]*+(?:" + Vocabularies.alternatives(Vocabulary::yearWordsBeforeAct) + "[\\s,]*+)?(?:(?:" + NumberSigns.SIGN + "|" + NumberSigns.LATIN_N + "|"
                    + NumberSigns.ABBREVIATION + "\\.?)\\s*+)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DATED_GAP = Pattern.compile(
            "(?<![\\p{L}])" + Vocabularies.alternatives(Vocabulary::datedWords) + "[\\s,]*+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A citation's parenthesis: the act right after the opening one ... */
    private static final Pattern PAREN_OPEN = Pattern.compile("\\(\\s*+$");
    /** ... and, after the act, a comma, the date, a year abbreviation and the closing one. */
    private static final Pattern PAREN_GAP = Pattern.compile("\\s*+,\\s*+");
    private static final Pattern PAREN_CLOSE = Pattern.compile(
            "\\s*+" + Vocabularies.alternatives(Vocabulary::citationYearWords) + "?\\s*+\\)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public List<Candidate> link(AnnotatedText text, List<Candidate> candidates) {
        String view = text.view();
        List<Candidate> dates = new ArrayList<>();
        List<Candidate> acts = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.type() == FactType.DATE && precise((DateValue) c.value())) {
                dates.add(c);
            } else if (c.type() == FactType.ACT) {
                acts.add(c);
            }
        }
        if (acts.isEmpty() || dates.isEmpty()) {
            return candidates;
        }
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            Budget.check();
            if (c.type() != FactType.ACT || c.when().isPresent()) {
                out.add(c);
                continue;
            }
            Candidate date = adoptionDate(text, view, c, dates, acts);
            out.add(date == null ? c : new Candidate(c.span(), c.value(), c.qualifier(),
                    Optional.of((DateValue) date.value()), c.subject(), c.finder()));
        }
        return out;
    }

    private static Candidate adoptionDate(AnnotatedText text, String view, Candidate act, List<Candidate> dates,
                                          List<Candidate> acts) {
        Span a = act.span();
        Span sentence = text.sentenceAt(a.start());
        Candidate before = null;
        Candidate after = null;
        Candidate onLine = null;
        int first = firstStartingAtOrAfter(dates, a.start() - LINE_GAP - 64);
        for (int i = first; i < dates.size(); i++) {
            Candidate d = dates.get(i);
            Span s = d.span();
            if (s.start() > a.end() + AFTER_GAP) {
                break;
            }
            if (a.contains(s)) {
                return d;
            }
            if (s.end() <= a.start() && a.start() - s.end() <= BEFORE_GAP && TIGHT_GAP.matcher(view)
                    .region(s.end(), a.start()).matches()) {
                before = d;
            } else if (after == null && s.start() >= a.end() && s.start() - a.end() <= BEFORE_GAP
                    && citedInParenthesis(view, a, s)) {
                after = d;
            } else if (after == null && s.start() >= a.end() && s.start() - a.end() <= AFTER_GAP
                    && sentence.contains(s) && !actBetween(acts, a.end(), s.start())
                    && DATED_GAP.matcher(view).region(a.end(), s.start()).find()) {
                after = d;
            } else if (s.end() <= a.start() && a.start() - s.end() <= LINE_GAP && !sentence.contains(s)
                    && noNewline(view, s.end(), a.start())
                    && !actBetween(acts, s.end(), a.start())) {
                onLine = d;
            }
        }
        return before != null ? before : after != null ? after : onLine;
    }

    /** {@code (ACT, DATE)}: the act opens a parenthesis and the date closes it. */
    private static boolean citedInParenthesis(String view, Span act, Span date) {
        return PAREN_OPEN.matcher(view).region(Math.max(0, act.start() - 4), act.start()).find()
                && PAREN_GAP.matcher(view).region(act.end(), date.start()).matches()
                && PAREN_CLOSE.matcher(view).region(date.end(), Math.min(view.length(), date.end() + 12)).lookingAt();
    }

    private static boolean noNewline(String view, int from, int to) {
        for (int i = from; i < to; i++) {
            if (view.charAt(i) == '\n') {
                return false;
            }
        }
        return true;
    }

    private static boolean actBetween(List<Candidate> acts, int from, int to) {
        int i = firstStartingAtOrAfter(acts, from);
        return i < acts.size() && acts.get(i).span().end() <= to;
    }

    /** Index of the first candidate (list sorted by start) starting at or after {@code pos}. */
    static int firstStartingAtOrAfter(List<Candidate> sorted, int pos) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).span().start() < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean precise(DateValue v) {
        return !v.isPeriod() && v.iso().length() >= 7;
    }
}
