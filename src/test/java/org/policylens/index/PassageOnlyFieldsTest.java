package org.policylens.index;

import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PassageOnlyFieldsTest {
    private final SearchQueryParser parser = new SearchQueryParser(id -> id);

    @ParameterizedTest
    @ValueSource(strings = {"budget", "\"executive order\"", "environ*", "contractrs~1", "title:order",
            "budget AND \"fiscal year\"", "+tax -income", "text:wage AND NOT budget", "солиқ"})
    void textFieldQueriesMatchPassagesOnly(String query) {
        assertTrue(PassageOnlyFields.only(parser.parse(query)), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"act:PQ-282", "budget -act:PQ-282", "fact_type:MONEY", "kind:doc", "budget OR doc_id:x",
            "PQ-282", "act:PQ*", "doc_id:x~1"})
    void otherFieldsNeedTheKindFilter(String query) {
        assertFalse(PassageOnlyFields.only(parser.parse(query)), query);
    }

    @Test
    void matchAllNeedsTheKindFilter() {
        assertFalse(PassageOnlyFields.only(new MatchAllDocsQuery()));
    }
}
