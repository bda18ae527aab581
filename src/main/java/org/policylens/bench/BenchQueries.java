package org.policylens.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The fixed set of 50 search queries the benchmark times: plain terms in English, Russian and Uzbek,
 * phrases, boolean and wildcard queries, fact filters in the {@link BenchQuery} prefix convention, and
 * cross-script Uzbek (a Cyrillic query for words the corpus has mostly in Latin script and the other
 * way round). The same list every run, so latencies are comparable between runs.
 */
public final class BenchQueries {

    /** A query and what kind of query it is, for per-kind latency figures. */
    public record Spec(String query, String kind) {
    }

    /** Single terms that are also timed with {@code grep -ril} over the extracted text. */
    public static final List<String> GREP_TERMS = List.of("appropriations", "environmental", "бюджет", "soliq", "security");

    private static final List<Spec> ALL = build();

    private BenchQueries() {
    }

    public static List<Spec> all() {
        return ALL;
    }

    private static List<Spec> build() {
        List<Spec> q = new ArrayList<>();
        for (String t : List.of("appropriations", "environmental", "security", "secretary", "agency",
                "budget", "transportation", "education", "emergency", "health")) {
            q.add(new Spec(t, "term"));
        }
        for (String t : List.of("бюджет", "налог", "тенге", "республиканский", "расходы",
                "soliq", "buxgalteriya", "hisobot", "qonun", "korxona")) {
            q.add(new Spec(t, "term"));
        }
        for (String t : List.of("\"executive order\"", "\"federal register\"", "\"national security\"",
                "\"fiscal year\"", "\"United States\"", "\"республиканский бюджет\"", "\"buxgalteriya hisobi\"",
                "\"Oliy Majlis\"")) {
            q.add(new Spec(t, "phrase"));
        }
        for (String t : List.of("budget AND defense", "health OR education", "environ*", "+tax -income",
                "appropriat* AND \"fiscal year\"")) {
            q.add(new Spec(t, "boolean"));
        }
        for (String t : List.of("act:EO-12944", "act:PQ-282", "act:ORQ-404", "type:law appropriations",
                "type:decree", "from:2020 budget", "from:2000 to:2005 order", "lang:ru бюджет",
                "program:Digital_Kazakhstan", "type:decree \"executive order\"")) {
            q.add(new Spec(t, "filter"));
        }
        for (String t : List.of("солиқ", "ҳисобот", "бухгалтерия", "қонун", "\"Vazirlar Mahkamasi\"",
                "vazirlik", "ijro")) {
            q.add(new Spec(t, "cross-script"));
        }
        return List.copyOf(q);
    }
}
