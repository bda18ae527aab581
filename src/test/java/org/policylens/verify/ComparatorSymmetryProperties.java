package org.policylens.verify;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.policylens.model.Fact;
import org.policylens.model.Qualifier;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ComparatorSymmetryProperties {
    @Property(tries = 300)
    void amountComparisonIsSymmetric(@ForAll @IntRange(min = 0, max = 2000) int a, @ForAll Qualifier qa,
                                     @ForAll @IntRange(min = 0, max = 2000) int b, @ForAll Qualifier qb) {
        Fact fa = TestFacts.fact("x", "value " + a + " here", String.valueOf(a), TestFacts.number(String.valueOf(a)), qa, "");
        Fact fb = TestFacts.fact("y", "value " + b + " here", String.valueOf(b), TestFacts.number(String.valueOf(b)), qb, "");
        assertEquals(ValueComparator.compareFacts(fa, fb).outcome(), ValueComparator.compareFacts(fb, fa).outcome());
    }

    @Property(tries = 300)
    void subjectSimilarityIsSymmetricAndBounded(@ForAll String s1, @ForAll String s2) {
        Fact fa = TestFacts.fact("x", "a " + s1 + " 7", "7", TestFacts.number("7"), Qualifier.EXACT, s2);
        Fact fb = TestFacts.fact("y", "b " + s2 + " 7", "7", TestFacts.number("7"), Qualifier.EXACT, s1);
        SubjectMatcher m = new SubjectMatcher();
        double ab = m.similarity(fa, fb);
        assertEquals(ab, m.similarity(fb, fa), 1e-9);
        assertEquals(true, ab >= 0 && ab <= 1, "in [0,1]: " + ab);
    }
}
