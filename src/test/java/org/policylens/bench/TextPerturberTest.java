package org.policylens.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextPerturberTest {

    private final TextPerturber perturber = new TextPerturber(2, 2.0);

    @Test
    void shiftsYearsInEveryDateShape() {
        assertEquals("in 2021 and 15.09.2027 and 2020-03-01", perturber.apply("in 2019 and 15.09.2025 and 2018-03-01"));
    }

    @Test
    void scalesFiguresKeepingTheirShape() {
        assertEquals("$2,500,000 and 25.0 percent, 3,4 and 80 items", perturber.apply("$1,250,000 and 12.5 percent, 1,7 and 40 items"));
    }

    @Test
    void leavesIdentifiersAlone() {
        assertEquals("PQ-282 and No. 17 and № 9 and 4", perturber.apply("PQ-282 and No. 17 and № 9 and 4"));
    }

    @Test
    void pdfTextIsWinAnsiOnly() {
        assertEquals("Oʻzbekiston".replace('ʻ', '\''), WinAnsiText.of("Oʻzbekiston"));
        assertEquals("Qaror No. 5 - Soliq", WinAnsiText.of("Қарор № 5 - Солиқ"));
        assertEquals("ab", WinAnsiText.of("a\u4e2db"));
    }
}
