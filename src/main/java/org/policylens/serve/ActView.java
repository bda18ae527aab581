package org.policylens.serve;

import org.policylens.index.SearchHit;
import org.policylens.model.DateValue;
import org.policylens.model.Fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every indexed document citing one act (by its canonical id, so every language and script), with what each says
 * about it: its mentions of the act and the dates and figures stated in the same sentences. {@code facets} count
 * the citing documents by language, type, year and programme.
 */
record ActView(String act, long documents, List<Citation> citations, Map<String, Map<String, Long>> facets) {
    ActView {
        citations = List.copyOf(citations);
    }

    /** One citing document: its search hit, its mentions of the act, and the facts stated beside them. */
    record Citation(SearchHit document, List<Fact> mentions, List<Fact> stated) {
        Citation {
            mentions = List.copyOf(mentions);
            stated = List.copyOf(stated);
        }
    }

    /** A point of the timeline: a date some document states about the act, and the fact stating it. */
    record Event(DateValue date, Fact fact) {
    }

    /** Every dated statement about the act, oldest first: adoption dates of the mentions, dates, dated figures. */
    List<Event> timeline() {
        List<Event> out = new ArrayList<>();
        for (Citation c : citations) {
            for (Fact f : c.mentions()) {
                f.when().ifPresent(d -> out.add(new Event(d, f)));
            }
            for (Fact f : c.stated()) {
                if (f.value() instanceof DateValue d) {
                    // the adoption date written out beside the act is the mention's own point already
                    if (c.mentions().stream().noneMatch(m -> m.when().equals(Optional.of(d)))) {
                        out.add(new Event(d, f));
                    }
                } else {
                    f.when().ifPresent(d -> out.add(new Event(d, f)));
                }
            }
        }
        out.sort(Comparator.comparing((Event e) -> e.date().first()).thenComparing(e -> e.fact().document().value()));
        return out;
    }
}
