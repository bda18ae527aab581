package org.policylens.export;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonStringsProperties {
    @Property(tries = 500)
    void everyStringRoundTrips(@ForAll String s) {
        assertEquals(s, new FactsJsonlWriterTest.TinyJson(JsonStrings.quote(s)).string());
    }
}
