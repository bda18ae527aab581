package org.policylens.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Markers found in the glyphs are written back where their context is, whatever the parsed text's spacing. */
class FootnoteMarkersTest {

    @Test
    void aMarkerBecomesSuperscriptWhereItsContextIsAndTheTextKeepsItsLength() {
        String text = "by the end of 2022. 2\n\n2 Source: the report, page 2.";
        String out = FootnoteMarkers.apply(text, List.of(
                new FootnoteMarkers.Marker("dof2022.", "2", "2Sou"),
                new FootnoteMarkers.Marker("of2022.2", "2", "Sour")));
        assertEquals("by the end of 2022. ²\n\n² Source: the report, page 2.", out);
        assertEquals(text.length(), out.length());
    }

    @Test
    void aMarkerWhoseContextIsNotInTheTextLeavesItAlone() {
        String text = "serving 4 consumers and 40 businesses";
        assertEquals(text, FootnoteMarkers.apply(text, List.of(new FootnoteMarkers.Marker("serving", "4", "cust"))));
        assertEquals("serving ⁴ consumers and 40 businesses",
                FootnoteMarkers.apply(text, List.of(new FootnoteMarkers.Marker("serving", "4", "cons"))));
    }
}
