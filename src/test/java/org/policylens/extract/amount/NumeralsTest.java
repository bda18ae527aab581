package org.policylens.extract.amount;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NumeralsTest {
    /** raw | decimal comma (ru/uz) | scale follows | expected (empty = not a number). */
    @ParameterizedTest(name = "{0} comma={1} scaled={2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2,503,060 | false | false | 2503060
            "2 503 060" | true | false | 2503060
            2.503.060 | true | false | 2503060
            161,295 | false | false | 161295
            161,295 | true | false | 161295
            1,170 | true | true | 1.17
            1,500 | false | true | 1500
            6,5 | true | false | 6.5
            2.5 | false | true | 2.5
            2.5 | true | true | 2.5
            1.17 | false | true | 1.17
            1,234.56 | false | false | 1234.56
            1.234,56 | true | false | 1234.56
            "2 503,5" | true | false | 2503.5
            177423822 | true | false | 177423822
            1.2.3 | false | false |
            1,2.3 | false | false |
            1234567890123456789012345 | false | false |
            """)
    void parses(String raw, boolean decimalComma, boolean scaled, String expected) {
        BigDecimal v = Numerals.parse(raw, decimalComma, scaled);
        if (expected == null) {
            assertNull(v);
        } else {
            assertEquals(new BigDecimal(expected).stripTrailingZeros(), v.stripTrailingZeros());
        }
    }
}
