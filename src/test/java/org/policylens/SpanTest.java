package org.policylens;

import org.junit.jupiter.api.Test;
import org.policylens.model.DateValue;
import org.policylens.model.Span;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpanTest {
    @Test
    void spanRejectsInvertedRange() {
        assertThrows(IllegalArgumentException.class, () -> new Span(5, 2));
        assertEquals("bc", new Span(1, 3).of("abcd"));
    }

    @Test
    void dateValueCoversItsDays() {
        DateValue period = new DateValue("2022/2023");
        assertEquals(LocalDate.of(2022, 1, 1), period.first());
        assertEquals(LocalDate.of(2023, 12, 31), period.last());
        assertEquals(LocalDate.of(2024, 2, 29), new DateValue("2024-02").last());
        assertTrue(period.overlaps(new DateValue("2023-05-01")));
        assertThrows(IllegalArgumentException.class, () -> new DateValue("2019-13"));
    }
}
