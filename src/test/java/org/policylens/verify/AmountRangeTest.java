package org.policylens.verify;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policylens.model.Qualifier;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rounding a scale word says a figure has, read from the scale words of every vocabulary. */
class AmountRangeTest {

    /** Half a unit of the last stated digit of the scaled figure, at most a tenth of the value. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "12 thousand|12000|11500|12500",
            "12 тыс.|12000|11500|12500",
            "12 ming|12000|11500|12500",      // a thousand, though it begins with m like million
            "12 минг|12000|11500|12500",
            "12 мың|12000|11500|12500",
            "12 myń|12000|11500|12500",
            "1,5 mln|1500000|1450000|1550000",
            "1,5 миллиона|1500000|1450000|1550000",
            "1.5 million|1500000|1450000|1550000",
            "2,5 mlrd|2500000000|2450000000|2550000000",
            "2,5 млрд|2500000000|2450000000|2550000000",
            "2.5 bn|2500000000|2450000000|2550000000",
            "1,2 trln|1200000000000|1150000000000|1250000000000",
            "1,2 трлн|1200000000000|1150000000000|1250000000000",
            "1 billion|1000000000|900000000|1100000000",   // half a billion would be more than a tenth
            "12000|12000|12000|12000"})                    // no scale word: exact
    void aScaleWordRoundsTheFigure(String surface, String value, String low, String high) {
        AmountRange r = AmountRange.of(new BigDecimal(value), Qualifier.EXACT, surface, false);
        assertEquals(0, new BigDecimal(low).compareTo(r.low()), surface + " low " + r.low());
        assertEquals(0, new BigDecimal(high).compareTo(r.high()), surface + " high " + r.high());
    }
}
