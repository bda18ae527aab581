package org.policylens.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class BenchQueryTest {

    @Test
    void splitsLeadingFiltersFromTheLuceneText() {
        BenchQuery q = BenchQuery.parse("act:PF-6079 from:2020 \"fiscal year\" AND budget");
        assertEquals(Map.of("act", "PF-6079", "from", "2020"), q.filters());
        assertEquals("\"fiscal year\" AND budget", q.text());
    }

    @Test
    void filterOnlyAndPlainQueries() {
        assertTrue(BenchQuery.parse("act:EO-12944").filterOnly());
        assertEquals(Map.of("program", "Digital Kazakhstan"), BenchQuery.parse("program:Digital_Kazakhstan").filters());
        BenchQuery fieldQuery = BenchQuery.parse("title:order act:PQ-282");
        assertEquals(Map.of(), fieldQuery.filters());
        assertEquals("title:order act:PQ-282", fieldQuery.text());
        assertEquals("", BenchQuery.parse(null).text());
    }

    @Test
    void theQuerySetHasFiftyDistinctQueriesOfEveryKind() {
        assertEquals(50, BenchQueries.all().size());
        assertEquals(50, BenchQueries.all().stream().map(BenchQueries.Spec::query).distinct().count());
        Set<String> kinds = BenchQueries.all().stream().map(BenchQueries.Spec::kind).collect(Collectors.toSet());
        assertEquals(Set.of("term", "phrase", "boolean", "filter", "cross-script"), kinds);
        Set<String> queries = BenchQueries.all().stream().map(BenchQueries.Spec::query).collect(Collectors.toSet());
        assertTrue(queries.containsAll(BenchQueries.GREP_TERMS), "grep terms must be timed as queries too");
    }
}
