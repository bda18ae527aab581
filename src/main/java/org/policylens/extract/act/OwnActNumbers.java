package org.policylens.extract.act;

import org.policylens.lang.NumberSigns;
import org.policylens.annotate.AnnotatedText;
import org.policylens.budget.BudgetExceeded;
import org.policylens.extract.Candidate;
import org.policylens.extract.CandidateFinder;
import org.policylens.lang.Vocabularies;
import org.policylens.lang.Vocabulary;
import org.policylens.model.ActRef;
import org.policylens.model.Qualifier;
import org.policylens.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The number an act gives itself: the issuer and type in its heading ({@code VAZIRLAR MAHKAMASINING QARORI},
 * {@code ПОСТАНОВЛЕНИЕ КАБИНЕТА МИНИСТРОВ}) and the bare number either on the line under the heading
 * ({@code от 22 марта 2019 года №242}) or in the signature block at its end ({@code Toshkent sh., 2021-yil
 * 17-sentabr, 572-son}). The number alone says nothing of the series; the heading does. The date next to the number
 * is a date fact of its own, which the date linker gives the act.
 *
 * <p>A whole-document finder: the heading is the document's, so it must not run on the pieces a long text is cut
 * into (a piece opening with a quoted heading would give a signature block a wrong series).
 */
public final class OwnActNumbers implements CandidateFinder {

    /** A place and number found, with the series-qualified id. */
    record Own(int start, int end, String id) {
    }

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** The heading is among the document's first lines. */
    private static final int HEADING_WINDOW = 600;

    /** The series whose headings give a document its own act number, most specific first. */
    private static final List<String> SERIES = List.of("VMQ-", "PQ-", "PF-", "KZ-PP-");
    /** Issuer-and-type headings of every language, by series in {@link #SERIES} order. */
    private static final List<Series> HEADINGS = SERIES.stream()
            .map(series -> new Series(series, Vocabularies.union(v -> v.actHeadings().stream()
                    .filter(h -> h.series().equals(series)).map(Vocabulary.ActType::type)
                    .collect(Collectors.joining("|")))))
            .toList();

    private record Series(String prefix, Pattern heading) {
        Series(String prefix, String heading) {
            this(prefix, Pattern.compile("(?<!\\p{L})(?:" + heading + ")(?!\\p{L})", CI));
        }
    }

    /** Under the heading: a date line ending in the number ({@code от 22 марта 2019 года №242}, {@code 2009 жылғы 14 қазандағы № 1588}). */
    private static final Pattern UNDER_HEADING = Pattern.compile(
            "\\n[ \\t]*+(?:(?:" + Vocabularies.RUSSIAN.datedWords() + ")\\s|\\d{1,2}[ .]|\\d{4})[^\\n№]{3,40}?(?:" + NumberSigns.SIGN_OR_N + ")\\s?(\\d{1,5})(?![\\d\\-./])[ \\t]*+(?=\\n|$)", CI);
    /** The signature block: city, date line, {@code 572-son} on a line of its own. */
    private static final Pattern SIGNATURE = Pattern.compile(
            "(?<!\\p{L})(?:" + Vocabularies.union(Vocabulary::signatureCities) + ")\\s+(?:"
                    + Vocabularies.union(Vocabulary::cityAbbreviations) + ")\\.?,?[ \\t]*+\\n[ \\t]*+[^\\n]{6,40}?,?[ \\t]*+\\n[ \\t]*+"
                    + "(\\d{1,5})\\s?-\\s?(?:" + ActIds.NUMBERED + ")(?![\\p{L}\\d])[ \\t]*+(?=\\n|$)", CI);

    @Override
    public List<Candidate> find(AnnotatedText text) {
        try {
            List<Candidate> out = new ArrayList<>();
            String v = text.view();
            for (Own own : find(v)) {
                int end = own.end();
                while (end > own.start() && Character.isWhitespace(v.charAt(end - 1))) {
                    end--;
                }
                out.add(new Candidate(new Span(own.start(), end), new ActRef(own.id()), Qualifier.EXACT,
                        Optional.empty(), "", ActFinder.NAME));
            }
            return out;
        } catch (BudgetExceeded e) {
            throw e;
        } catch (RuntimeException e) {
            return List.of();   // a finder never breaks the pipeline
        }
    }

    /** The document's own act number under its heading and in its signature block, when its heading names a series. */
    static List<Own> find(String view) {
        Optional<Series> series = series(view);
        if (series.isEmpty()) {
            return List.of();
        }
        List<Own> out = new ArrayList<>();
        Matcher heading = series.get().heading().matcher(view).region(0, Math.min(view.length(), HEADING_WINDOW));
        if (heading.find()) {
            int lineEnd = view.indexOf('\n', heading.end());
            if (lineEnd >= 0) {
                // the number line comes right under the heading, at most a blank line and the country line between
                Matcher under = UNDER_HEADING.matcher(view).region(lineEnd, Math.min(view.length(), lineEnd + 200));
                if (under.lookingAt() || under.find() && blankOrShort(view, lineEnd, under.start())) {
                    out.add(own(view, series.get(), under));
                }
            }
        }
        Matcher signature = SIGNATURE.matcher(view);
        while (signature.find()) {
            out.add(new Own(signature.start(1), signature.end(), series.get().prefix() + ActIds.number(signature.group(1))));
        }
        return out;
    }

    private static Own own(String view, Series series, Matcher m) {
        int start = m.start(1);
        while (start > 0 && view.charAt(start - 1) == ' ') {
            start--;
        }
        if (start > 0 && NumberSigns.isSignOrN(view.charAt(start - 1))) {
            start--;
        }
        return new Own(start, m.end(1), series.prefix() + ActIds.number(m.group(1)));
    }

    /** Only blank lines and at most one short line (the country) between the heading and the number line. */
    private static boolean blankOrShort(String view, int from, int to) {
        String between = view.substring(from, to).strip();
        return between.length() <= 60 && between.indexOf('\n') < 0;
    }

    private static Optional<Series> series(String view) {
        String head = view.substring(0, Math.min(view.length(), HEADING_WINDOW));
        for (Series s : HEADINGS) {
            if (s.heading().matcher(head).find()) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
