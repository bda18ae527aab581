package org.policylens.verify;

import org.junit.jupiter.api.Test;
import org.policylens.model.Fact;
import org.policylens.model.Qualifier;
import org.policylens.model.Value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.policylens.verify.Comparison.Outcome.COMPATIBLE;
import static org.policylens.verify.Comparison.Outcome.INCOMPARABLE;
import static org.policylens.verify.Comparison.Outcome.INCOMPATIBLE;
import static org.policylens.verify.TestFacts.act;
import static org.policylens.verify.TestFacts.date;
import static org.policylens.verify.TestFacts.dated;
import static org.policylens.verify.TestFacts.money;
import static org.policylens.verify.TestFacts.number;
import static org.policylens.verify.TestFacts.percent;
import static org.policylens.verify.TestFacts.program;

class ValueComparatorTest {
    private static Fact f(String surface, Value v, Qualifier q) {
        return TestFacts.fact("d", "x " + surface + " y", surface, v, q, "");
    }

    /** Asserts the outcome both ways round: comparators are symmetric. */
    private static Comparison assertOutcome(Comparison.Outcome expected, Fact a, Fact b) {
        Comparison ab = ValueComparator.compareFacts(a, b);
        assertEquals(expected, ab.outcome(), ab.reason());
        assertEquals(expected, ValueComparator.compareFacts(b, a).outcome(), "reversed");
        return ab;
    }

    @Test
    void moreThanIsSupportedByALargerExactFigure() {
        Fact claim = f("more than 2.5 million", number("2500000"), Qualifier.MORE_THAN);
        assertOutcome(COMPATIBLE, claim, f("2,503,060", number("2503060"), Qualifier.EXACT));
        assertOutcome(INCOMPATIBLE, claim, f("2,400,000", number("2400000"), Qualifier.EXACT));
        // "more than" excludes the bound itself
        assertOutcome(INCOMPATIBLE, claim, f("2,500,000", number("2500000"), Qualifier.EXACT));
    }

    @Test
    void roundingNeverStretchesAFigureByMoreThanATenth() {
        Fact billion = f("USD 1 billion", money("1000000000", "USD"), Qualifier.EXACT);
        assertOutcome(COMPATIBLE, billion, f("USD 1,04 billion", money("1040000000", "USD"), Qualifier.EXACT));
        assertOutcome(INCOMPATIBLE, billion, f("USD 1.5 billion", money("1500000000", "USD"), Qualifier.EXACT));
        assertOutcome(INCOMPATIBLE, f("1 million", number("1000000"), Qualifier.EXACT),
                f("1.2 million", number("1200000"), Qualifier.EXACT));
    }

    @Test
    void aDateIsCoveredOnlyByOneAsPreciseOrMore() {
        Fact year = f("2022", date("2022"), Qualifier.EXACT);
        Fact day = f("August 22, 2022", date("2022-08-22"), Qualifier.EXACT);
        assertEquals(true, DateComparator.covers(year, day));
        assertEquals(false, DateComparator.covers(day, year));
        Fact period = f("2024-2029", date("2024/2029"), Qualifier.EXACT);
        assertEquals(false, DateComparator.covers(period, f("until 2030", date("2030"), Qualifier.UNTIL)));
        assertEquals(true, DateComparator.covers(period, f("2024–2029", date("2024/2029"), Qualifier.EXACT)));
    }

    @Test
    void approxToleratesFivePercent() {
        Fact claim = f("about 90%", percent("90"), Qualifier.APPROX);
        assertOutcome(COMPATIBLE, claim, f("89.6%", percent("89.6"), Qualifier.EXACT));
        assertOutcome(INCOMPATIBLE, claim, f("80%", percent("80"), Qualifier.EXACT));
        Fact nearly = f("nearly 15,000", number("15000"), Qualifier.APPROX);
        assertOutcome(COMPATIBLE, nearly, f("14,400", number("14400"), Qualifier.EXACT));
        assertOutcome(INCOMPATIBLE, nearly, f("13,000", number("13000"), Qualifier.EXACT));
    }

    @Test
    void scaleWordsAreEqualToPlainDigitsAndImplyRounding() {
        Fact scaled = f("1.2 million", number("1200000"), Qualifier.EXACT);
        Comparison same = assertOutcome(COMPATIBLE, scaled, f("1,200,000", number("1200000"), Qualifier.EXACT));
        assertEquals(1.0, same.closeness(), 1e-9);
        assertOutcome(COMPATIBLE, scaled, f("1,230,000", number("1230000"), Qualifier.EXACT));
        assertOutcome(INCOMPATIBLE, scaled, f("1,300,000", number("1300000"), Qualifier.EXACT));
        // without a scale word the digits are exact
        assertOutcome(INCOMPATIBLE, f("1,200,000", number("1200000"), Qualifier.EXACT),
                f("1,230,000", number("1230000"), Qualifier.EXACT));
        assertOutcome(COMPATIBLE, f("5 трлн сумов", money("5000000000000", "UZS"), Qualifier.EXACT),
                f("5 trillion UZS", money("5000000000000", "UZS"), Qualifier.EXACT));
    }

    @Test
    void boundsAreInclusiveOnlyWhereTheWordsSaySo() {
        Fact atLeast = f("at least 100,000", number("100000"), Qualifier.AT_LEAST);
        assertOutcome(INCOMPATIBLE, atLeast, f("98,000", number("98000"), Qualifier.EXACT));
        assertOutcome(COMPATIBLE, atLeast, f("100,000", number("100000"), Qualifier.EXACT));
        Fact lessThan = f("less than 10", number("10"), Qualifier.LESS_THAN);
        assertOutcome(INCOMPATIBLE, lessThan, f("10", number("10"), Qualifier.EXACT));
        assertOutcome(COMPATIBLE, f("at most 10", number("10"), Qualifier.AT_MOST), f("10", number("10"), Qualifier.EXACT));
        // two half-lines meet when they overlap
        assertOutcome(COMPATIBLE, atLeast, f("up to 120,000", number("120000"), Qualifier.AT_MOST));
        assertOutcome(INCOMPATIBLE, atLeast, f("under 90,000", number("90000"), Qualifier.LESS_THAN));
    }

    @Test
    void currenciesUnitsAndPeriodsMustMatch() {
        assertOutcome(INCOMPARABLE, f("USD 140 million", money("140000000", "USD"), Qualifier.EXACT),
                f("140 million UZS", money("140000000", "UZS"), Qualifier.EXACT));
        assertOutcome(INCOMPATIBLE, f("USD 140 million", money("140000000", "USD"), Qualifier.EXACT),
                f("$300 million", money("300000000", "USD"), Qualifier.EXACT));
        assertOutcome(INCOMPARABLE, f("147 companies", number("147", "companies"), Qualifier.EXACT),
                f("147 users", number("147", "users"), Qualifier.EXACT));
        assertOutcome(COMPATIBLE, f("147 companies", number("147", "companies"), Qualifier.EXACT),
                f("147", number("147"), Qualifier.EXACT));
        assertOutcome(INCOMPARABLE, f("7", number("7"), Qualifier.EXACT), f("7%", percent("7"), Qualifier.EXACT));
        Fact in2022 = dated("d", "12 million citizens in 2022", "12 million", number("12000000"), Qualifier.EXACT,
                "2022", "citizens");
        Fact in2020 = dated("d", "10 million citizens in 2020", "10 million", number("10000000"), Qualifier.EXACT,
                "2020", "citizens");
        assertOutcome(INCOMPARABLE, in2022, in2020);
    }

    @Test
    void datesDaysYearsAndPeriods() {
        Fact day = f("January 10, 2019", date("2019-01-10"), Qualifier.EXACT);
        assertOutcome(COMPATIBLE, day, f("10.01.2019", date("2019-01-10"), Qualifier.EXACT));
        assertOutcome(INCOMPATIBLE, day, f("11.01.2019", date("2019-01-11"), Qualifier.EXACT));
        assertOutcome(COMPATIBLE, f("in 2019", date("2019"), Qualifier.EXACT), day);
        assertOutcome(INCOMPATIBLE, f("in 2020", date("2020"), Qualifier.EXACT), day);
        assertOutcome(COMPATIBLE, f("2022–2023", date("2022/2023"), Qualifier.EXACT),
                f("2023–2025", date("2023/2025"), Qualifier.EXACT));
        assertOutcome(INCOMPATIBLE, f("2020–2021", date("2020/2021"), Qualifier.EXACT),
                f("2023–2025", date("2023/2025"), Qualifier.EXACT));
        assertOutcome(COMPATIBLE, f("by 2030", date("2030"), Qualifier.BEFORE), f("2025", date("2025"), Qualifier.EXACT));
        assertOutcome(INCOMPATIBLE, f("after 2030", date("2030"), Qualifier.AFTER), f("2025", date("2025"), Qualifier.EXACT));
    }

    @Test
    void actsCompareIdThenDateThenTitle() {
        Fact claim = actFact("PF-6079", "2020-10-05", "On Approval of the Digital Uzbekistan 2030 Strategy");
        assertOutcome(COMPATIBLE, claim, actFact("PF-6079", "2020-10-05", "Approving the Digital Uzbekistan 2030 strategy"));
        Comparison dates = assertOutcome(INCOMPATIBLE, claim,
                actFact("PF-6079", "2020-10-06", "On Approval of the Digital Uzbekistan 2030 Strategy"));
        assertEquals(true, dates.reason().contains("date"), dates.reason());
        Comparison titles = assertOutcome(INCOMPATIBLE, claim,
                actFact("PF-6079", "2020-10-05", "On measures to improve the cotton harvest in Khorezm region"));
        assertEquals(true, titles.reason().contains("title"), titles.reason());
        // a Russian title is not compared with an English one
        assertOutcome(COMPATIBLE, claim,
                actFact("PF-6079", "2020-10-05", "Об утверждении Стратегии «Цифровой Узбекистан — 2030»"));
        assertOutcome(INCOMPARABLE, claim, actFact("PF-6080", "2020-10-05", "On Approval of the Strategy"));
        // a year-only date contains the day
        assertOutcome(COMPATIBLE, claim, actFact("PF-6079", "2020", ""));
    }

    @Test
    void programmesCompareByCanonicalName() {
        assertOutcome(COMPATIBLE, f("Digital Kazakhstan", program("Digital Kazakhstan"), Qualifier.EXACT),
                f("Цифровой Казахстан", program("Digital Kazakhstan"), Qualifier.EXACT));
        assertOutcome(INCOMPARABLE, f("Digital Kazakhstan", program("Digital Kazakhstan"), Qualifier.EXACT),
                f("Digital Uzbekistan", program("Digital Uzbekistan 2030"), Qualifier.EXACT));
    }

    private static Fact actFact(String id, String when, String title) {
        return dated("d", "Decree No. " + id + " " + title, id, act(id), Qualifier.EXACT, when, title);
    }
}
