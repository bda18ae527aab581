package org.policylens.index;

import org.policylens.model.ActRef;
import org.policylens.model.DateValue;
import org.policylens.model.Document;
import org.policylens.model.Fact;
import org.policylens.model.Money;
import org.policylens.model.Qualifier;
import org.policylens.model.Quantity;

import java.math.BigDecimal;
import java.util.List;

/** Generated decrees for crash and concurrency tests: three passages and four facts each. */
final class SyntheticDocs {
    static final int PASSAGES_PER_DOC = 3;
    static final int FACTS_PER_DOC = 4;

    private SyntheticDocs() {
    }

    static String id(int i) {
        return String.format("synthetic/doc-%05d.txt", i);
    }

    static Document document(int i) {
        String text = "Decree PF-" + (1000 + i) + " on the common synthetic programme number " + i + ".\n"
                + "In " + (2000 + i % 25) + " the ministry shall register " + (i * 7 + 3) + " enterprises.\n"
                + "Funding of " + (i * 1000 + 5) + " USD is allocated to the regions.";
        return TestDocs.doc(id(i), "en", "decree", "Synthetic decree " + i, text);
    }

    static List<Fact> facts(Document d, int i) {
        String year = Integer.toString(2000 + i % 25);
        return List.of(
                TestDocs.fact(d, "PF-" + (1000 + i), new ActRef("PF-" + (1000 + i))),
                TestDocs.fact(d, year, new DateValue(year)),
                TestDocs.fact(d, Integer.toString(i * 7 + 3), new Quantity(new BigDecimal(i * 7 + 3), "enterprises"),
                        Qualifier.EXACT, year, "enterprises"),
                TestDocs.fact(d, (i * 1000 + 5) + " USD", new Money(new BigDecimal(i * 1000 + 5), "USD")));
    }
}
