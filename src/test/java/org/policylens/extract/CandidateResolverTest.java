package org.policylens.extract;

import org.junit.jupiter.api.Test;
import org.policylens.model.ActRef;
import org.policylens.model.DateValue;
import org.policylens.model.Money;
import org.policylens.model.ProgramRef;
import org.policylens.model.Qualifier;
import org.policylens.model.Quantity;
import org.policylens.model.Span;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CandidateResolverTest {
    private final CandidateResolver resolver = new CandidateResolver();

    private static Candidate c(int s, int e, org.policylens.model.Value v, String finder) {
        return Candidate.of(new Span(s, e), v, Qualifier.EXACT, finder);
    }

    @Test
    void programmeNameSwallowsItsYear() {
        // “Digital Uzbekistan – 2030”: PROGRAM [0,25), DATE 2030 at [21,25)
        List<Candidate> out = resolver.resolve(List.of(
                c(21, 25, new DateValue("2030"), "date"),
                c(0, 25, new ProgramRef("Digital Uzbekistan – 2030"), "program")));
        assertEquals(1, out.size());
        assertEquals("PROGRAM", out.get(0).type().name());
    }

    @Test
    void actNumberIsNeverANumber() {
        // "Resolution No. 17": ACT [0,17), NUMBER 17 at [15,17)
        List<Candidate> out = resolver.resolve(List.of(
                c(15, 17, new Quantity(BigDecimal.valueOf(17), ""), "amount"),
                c(0, 17, new ActRef("VMQ-17"), "act")));
        assertEquals(List.of("ACT"), out.stream().map(x -> x.type().name()).toList());
    }

    @Test
    void dateBeatsOverlappingNumberAndMoneyBeatsDate() {
        List<Candidate> out = resolver.resolve(List.of(
                c(0, 16, new DateValue("2019-01-10"), "date"),
                c(8, 10, new Quantity(BigDecimal.TEN, ""), "amount"),
                c(20, 30, new Money(BigDecimal.valueOf(2030), "KZT"), "amount"),
                c(20, 24, new DateValue("2030"), "date")));
        assertEquals(List.of("DATE", "MONEY"), out.stream().map(x -> x.type().name()).toList());
    }

    @Test
    void adoptionDateInsideAnActSpanStaysADate() {
        // "Закона ... от 30 июня 1992 г. N 1468": ACT [0,40), DATE [10,28), NUMBER 30 [13,15)
        List<Candidate> out = resolver.resolve(List.of(
                c(0, 40, new ActRef("KZ-LAW-1468"), "act"),
                c(10, 28, new DateValue("1992-06-30"), "date"),
                c(13, 15, new Quantity(BigDecimal.valueOf(30), ""), "amount")));
        assertEquals(List.of("ACT", "DATE"), out.stream().map(x -> x.type().name()).toList());
    }

    @Test
    void longerSpanWinsWithinAType() {
        List<Candidate> out = resolver.resolve(List.of(
                c(0, 4, new DateValue("2022"), "date"),
                c(0, 9, new DateValue("2022/2023"), "date")));
        assertEquals("2022/2023", out.get(0).value().normalized());
    }

    @Test
    void deterministicWhateverTheInputOrder() {
        List<Candidate> in = new ArrayList<>();
        Random r = new Random(7);
        for (int i = 0; i < 300; i++) {
            int s = r.nextInt(500);
            in.add(c(s, s + 1 + r.nextInt(20), new Quantity(BigDecimal.valueOf(i), ""), "f" + (i % 3)));
        }
        List<Candidate> expected = resolver.resolve(in);
        for (int k = 0; k < 5; k++) {
            Collections.shuffle(in, r);
            assertEquals(expected, resolver.resolve(in));
        }
        for (int i = 1; i < expected.size(); i++) {
            assertEquals(true, expected.get(i - 1).span().end() <= expected.get(i).span().start());
        }
    }
}
