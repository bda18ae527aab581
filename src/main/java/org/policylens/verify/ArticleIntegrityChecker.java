package org.policylens.verify;

import org.policylens.lang.Vocabularies;
import org.policylens.model.ActRef;
import org.policylens.model.DateValue;
import org.policylens.model.Document;
import org.policylens.model.Fact;
import org.policylens.model.FactType;
import org.policylens.model.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an article against itself, without any index: citation markers {@code [n]} without a reference
 * entry, acts whose date or number differs between the body and the reference list, and one figure stated
 * twice with incompatible values. The reference list is the last section headed References, Список
 * литературы, Adabiyotlar (or a close variant) whose entries are numbered {@code 1.}, {@code 1)} or
 * {@code [1]}.
 */
public final class ArticleIntegrityChecker {
    /** A reference list's heading alone on its line (the vocabularies' reference headings), maybe marked up. */
    private static final Pattern HEADING = Pattern.compile("^[ \\t#*]*"
            + Vocabularies.alternatives(v -> v.documentCues().references()) + "[ \\t*:.]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE);
    private static final Pattern ENTRY = Pattern.compile(
            "^[ \\t]*(?:[-*•][ \\t]*)?(?:\\[(\\d{1,3})\\]\\.?|(\\d{1,3})[.)])(?=\\s)", Pattern.MULTILINE);
    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3}(?:\\s*[-–,;]\\s*\\d{1,3})*)\\]");
    private static final Pattern MARKER_PART = Pattern.compile("(\\d{1,3})(?:\\s*[-–]\\s*(\\d{1,3}))?");
    private static final int MAX_RANGE = 50;

    private final SubjectMatcher subjects = new SubjectMatcher();

    public List<IntegrityFinding> check(Document article, List<Fact> facts) {
        String text = article.text();
        int bodyEnd = text.length();
        TreeMap<Integer, Span> entries = new TreeMap<>();
        Matcher heading = HEADING.matcher(text);
        boolean hasReferences = false;
        while (heading.find()) {
            TreeMap<Integer, Span> found = entries(text, heading.end());
            if (!found.isEmpty()) {
                hasReferences = true;
                bodyEnd = heading.start();
                entries = found;
            }
        }
        List<IntegrityFinding> out = new ArrayList<>();
        List<Marker> markers = markers(text, bodyEnd);
        for (Marker m : markers) {
            for (int n : m.numbers()) {
                if (!entries.containsKey(n)) {
                    out.add(new IntegrityFinding(IntegrityFinding.Kind.DANGLING_CITATION, hasReferences
                            ? "citation [" + n + "] has no entry in the reference list"
                            : "citation [" + n + "] but the article has no reference list", m.span()));
                }
            }
        }
        int refStart = bodyEnd;
        List<Fact> bodyActs = new ArrayList<>();
        List<Fact> refActs = new ArrayList<>();
        for (Fact f : facts) {
            if (f.type() == FactType.ACT) {
                (f.span().start() < refStart ? bodyActs : refActs).add(f);
            }
        }
        actDates(facts, entries, bodyActs, refActs, out);
        actCitations(markers, entries, bodyActs, refActs, out);
        figures(facts, refStart, out);
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    private record Marker(Span span, List<Integer> numbers) {
    }

    /** Numbered entries after a heading: number to the span up to the next entry (or the end). */
    private static TreeMap<Integer, Span> entries(String text, int from) {
        TreeMap<Integer, Span> out = new TreeMap<>();
        Matcher m = ENTRY.matcher(text);
        m.region(from, text.length());
        int lastStart = -1;
        int lastNumber = -1;
        while (m.find()) {
            if (lastStart >= 0) {
                out.putIfAbsent(lastNumber, new Span(lastStart, m.start()));
            }
            lastStart = m.start();
            lastNumber = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
        }
        if (lastStart >= 0) {
            out.putIfAbsent(lastNumber, new Span(lastStart, text.length()));
        }
        return out;
    }

    private static List<Marker> markers(String text, int bodyEnd) {
        List<Marker> out = new ArrayList<>();
        Matcher m = MARKER.matcher(text);
        m.region(0, bodyEnd);
        while (m.find()) {
            Set<Integer> numbers = new LinkedHashSet<>();
            Matcher part = MARKER_PART.matcher(m.group(1));
            while (part.find()) {
                int a = Integer.parseInt(part.group(1));
                int b = part.group(2) == null ? a : Integer.parseInt(part.group(2));
                for (int n = a; n <= b && n - a < MAX_RANGE; n++) {
                    numbers.add(n);
                }
            }
            out.add(new Marker(new Span(m.start(), m.end()), List.copyOf(numbers)));
        }
        return out;
    }

    /** The same act dated one way in the body and another in the reference list. */
    private static void actDates(List<Fact> facts, TreeMap<Integer, Span> entries, List<Fact> bodyActs,
                                 List<Fact> refActs, List<IntegrityFinding> out) {
        Set<String> reported = new HashSet<>();
        for (Fact body : bodyActs) {
            if (body.when().isEmpty()) {
                continue;
            }
            for (Fact ref : refActs) {
                Optional<DateValue> refDate = referenceDate(ref, facts, entries);
                if (!sameAct(body, ref) || refDate.isEmpty() || body.when().get().overlaps(refDate.get())) {
                    continue;
                }
                String id = body.value().normalized();
                if (reported.add(id + body.when().get().iso() + refDate.get().iso())) {
                    out.add(new IntegrityFinding(IntegrityFinding.Kind.ACT_DATE_MISMATCH,
                            id + " is dated " + body.when().get().iso() + " in the text but "
                                    + refDate.get().iso() + " in the reference list", body.span()));
                }
            }
        }
    }

    /**
     * An act's date in the reference list: its own adoption date, else the one day-precise date of its
     * entry (entries often read "Author. January 10, 2019. Title, Resolution No. 17.").
     */
    private static Optional<DateValue> referenceDate(Fact act, List<Fact> facts, TreeMap<Integer, Span> entries) {
        if (act.when().isPresent()) {
            return act.when();
        }
        Span entry = entryOf(act.span(), entries);
        if (entry == null) {
            return Optional.empty();
        }
        List<DateValue> days = facts.stream()
                .filter(f -> f.type() == FactType.DATE && entry.contains(f.span()))
                .map(f -> (DateValue) f.value())
                .filter(d -> !d.isPeriod() && d.iso().length() == 10)
                .distinct()
                .toList();
        return days.size() == 1 ? Optional.of(days.get(0)) : Optional.empty();
    }

    private static Span entryOf(Span span, TreeMap<Integer, Span> entries) {
        for (Span e : entries.values()) {
            if (e.contains(span)) {
                return e;
            }
        }
        return null;
    }

    /**
     * For each marker, the acts named in its sentence before it (and after any earlier marker) must appear
     * in the cited entries; otherwise the reference names another act, or none.
     */
    private static void actCitations(List<Marker> markers, TreeMap<Integer, Span> entries, List<Fact> bodyActs,
                                     List<Fact> refActs, List<IntegrityFinding> out) {
        int previousMarkerEnd = 0;
        for (Marker m : markers) {
            int from = previousMarkerEnd;
            previousMarkerEnd = m.span().end();
            List<Span> cited = m.numbers().stream().map(entries::get).filter(s -> s != null).toList();
            if (cited.isEmpty()) {
                continue;
            }
            List<Fact> group = bodyActs.stream()
                    .filter(a -> a.span().start() >= from && a.span().end() <= m.span().start())
                    .filter(a -> a.sentence().end() + 3 >= m.span().start())
                    .toList();
            if (group.isEmpty()) {
                continue;
            }
            List<Fact> inCited = refActs.stream()
                    .filter(r -> cited.stream().anyMatch(e -> e.contains(r.span())))
                    .toList();
            boolean named = inCited.stream().anyMatch(r -> group.stream().anyMatch(a -> sameAct(a, r)));
            if (named) {
                continue;
            }
            Fact act = group.get(group.size() - 1);
            String markerText = "[" + String.join(", ", m.numbers().stream().map(String::valueOf).toList()) + "]";
            if (inCited.isEmpty()) {
                out.add(new IntegrityFinding(IntegrityFinding.Kind.ACT_NOT_IN_REFERENCE,
                        act.value().normalized() + " is cited as " + markerText
                                + ", but that reference names no legal act", act.span()));
            } else {
                String names = String.join(", ", inCited.stream().map(r -> r.value().normalized()).distinct().toList());
                out.add(new IntegrityFinding(IntegrityFinding.Kind.ACT_NUMBER_MISMATCH,
                        act.value().normalized() + " is cited as " + markerText + ", but that reference names "
                                + names, act.span()));
            }
        }
    }

    /** Figures about the same subject, in different sentences, whose values cannot both hold. */
    private void figures(List<Fact> facts, int bodyEnd, List<IntegrityFinding> out) {
        List<Fact> figures = facts.stream()
                .filter(f -> f.span().start() < bodyEnd)
                .filter(f -> f.type() == FactType.NUMBER || f.type() == FactType.MONEY || f.type() == FactType.PERCENT)
                .filter(f -> !f.subject().isBlank())
                .toList();
        for (int i = 0; i < figures.size(); i++) {
            for (int j = i + 1; j < figures.size(); j++) {
                Fact a = figures.get(i);
                Fact b = figures.get(j);
                // "grew from 147 to 1,600" states two values of one subject in one sentence on purpose
                // figures of different years are a series, not a conflict
                if (a.sentence().overlaps(b.sentence()) || !a.when().equals(b.when())) {
                    continue;
                }
                Comparison cmp = ValueComparator.compareFacts(a, b);
                if (!cmp.incompatible() || !subjects.sameSubject(a, b)) {
                    continue;
                }
                // the same standard as a contradiction between sources: a shared generic noun is not enough
                SubjectEvidence ev = subjects.evidence(a, b);
                if (ev.pinsOneThing(ev.score() + (a.when().isPresent() ? 1.0 : 0.0))) {
                    out.add(new IntegrityFinding(IntegrityFinding.Kind.INCONSISTENT_FIGURE,
                            "\"" + b.subject() + "\" is " + b.text() + " here but " + a.text() + " earlier",
                            b.span()));
                }
            }
        }
    }

    private static boolean sameAct(Fact a, Fact b) {
        return a.value() instanceof ActRef x && b.value() instanceof ActRef y && x.id().equalsIgnoreCase(y.id());
    }
}
