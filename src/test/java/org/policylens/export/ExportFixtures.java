package org.policylens.export;

import org.policylens.model.ActRef;
import org.policylens.model.Claim;
import org.policylens.model.DateValue;
import org.policylens.model.DocumentId;
import org.policylens.model.Evidence;
import org.policylens.model.Fact;
import org.policylens.model.Money;
import org.policylens.model.Qualifier;
import org.policylens.model.Span;
import org.policylens.model.Verdict;
import org.policylens.verify.IntegrityFinding;
import org.policylens.verify.VerificationReport;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Facts and a report whose text exercises quoting: commas, quotes, line breaks, formulas, markup. */
final class ExportFixtures {
    static final String TEXT = "Exports reached USD 140 million, \"a record\".\n=SUM(A1) <script>alert(1)</script>\n"
            + "Decree PF-6079 of 5 October 2020 [9].";

    private ExportFixtures() {
    }

    static Fact money() {
        int s = TEXT.indexOf("USD 140 million");
        return new Fact(new DocumentId("corpus/a, b.txt"), new Span(s, s + 15), "USD 140 million",
                new Money(new BigDecimal("140000000"), "USD"), Qualifier.EXACT, Optional.of(new DateValue("2022")),
                "exports", new Span(0, TEXT.indexOf('\n', TEXT.indexOf('\n') + 1)),
                TEXT.substring(0, TEXT.indexOf('\n', TEXT.indexOf('\n') + 1)));
    }

    static Fact act() {
        int s = TEXT.indexOf("PF-6079");
        int sentence = TEXT.lastIndexOf('\n') + 1;
        return new Fact(new DocumentId("article.txt"), new Span(s, s + 7), "PF-6079", new ActRef("PF-6079"),
                Qualifier.EXACT, Optional.of(new DateValue("2020-10-05")), "-negative title", new Span(sentence,
                TEXT.length()), TEXT.substring(sentence));
    }

    static VerificationReport report() {
        Fact m = money();
        Fact a = act();
        Verdict supported = new Verdict.Supported(new Claim("C001", m),
                new Evidence(new DocumentId("sources/uz report.pdf"), 4, "Exports: $140 mln <b>bold</b>", "140000000"),
                0.87654, "values agree: 140000000 ~ 140000000; near both [export]");
        Verdict contradicted = new Verdict.Contradicted(new Claim("C002", a),
                new Evidence(new DocumentId("/abs/pf-6079.txt"), 0, "Указ от 6 октября 2020 года", "PF-6079@2020-10-06"),
                0.5, "PF-6079 adoption date differs: 2020-10-05 vs 2020-10-06");
        List<IntegrityFinding> findings = List.of(new IntegrityFinding(IntegrityFinding.Kind.DANGLING_CITATION,
                "citation [9] has no <entry>", new Span(TEXT.indexOf("[9]"), TEXT.indexOf("[9]") + 3)));
        return VerificationReport.of(new DocumentId("article.txt"), List.of(supported, contradicted,
                new Verdict.NotFound(new Claim("C003", m), 0.0, "no source states a money like it")), findings, 0);
    }
}
