package org.policylens.eval;

import org.junit.jupiter.api.Test;
import org.policylens.model.Claim;
import org.policylens.model.Qualifier;
import org.policylens.model.Quantity;
import org.policylens.model.Verdict;
import org.policylens.verify.TestFacts;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `eval --verify --heldout-totals`: the held-out split shows its scores, never which claims it got wrong. */
class VerifyEvalReportTest {
    private static final ClaimLabels.Label FIVE = new ClaimLabels.Label("NUMBER", "five", "5", "SUPPORTED",
            "src.txt", "besh", "the five areas");

    @Test
    void heldoutTotalsHideTheHeldoutWrongVerdictsButNotTheDevOnes() {
        VerifyEvalReport report = new VerifyEvalReport(List.of(split(GoldFile.DEV), split(GoldFile.HELDOUT)), List.of());

        String all = report.render(10);
        assertTrue(all.contains("articles/dev/a.txt: NUMBER 5"), all);
        assertTrue(all.contains("articles/heldout/a.txt: NUMBER 5"), all);

        String totals = report.render(10, true);
        assertTrue(totals.contains("articles/dev/a.txt: NUMBER 5 (five) NOT_FOUND, expected SUPPORTED"), totals);
        assertFalse(totals.contains("articles/heldout/a.txt"), totals);
        assertTrue(totals.contains("heldout: 1 labelled claims"), totals);
        assertTrue(totals.contains("SUPPORTED     precision   n/a  (0/0)  recall 0.000 (0/1)"), totals);
        assertTrue(totals.contains("held-out: totals only; 1 wrong verdicts not listed"), totals);
    }

    private static VerifyEvalReport.Split split(String name) {
        VerifyEvalReport.Split s = new VerifyEvalReport.Split(name);
        Claim claim = new Claim("c1", TestFacts.fact("articles/" + name + "/a.txt", "The five areas.", "five",
                new Quantity(BigDecimal.valueOf(5), ""), Qualifier.EXACT, ""));
        s.add("articles/" + name + "/a.txt", FIVE, new Verdict.NotFound(claim, 0.0, "no source states a number like it"));
        return s;
    }
}
