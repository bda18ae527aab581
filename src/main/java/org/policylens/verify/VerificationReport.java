package org.policylens.verify;

import org.policylens.model.DocumentId;
import org.policylens.model.Verdict;

import java.util.List;

/**
 * Everything verification found about one article: a verdict per claim in claim order, the article's
 * integrity findings, the indexed copies of the article left out as evidence and the counts the CLI prints. {@code lookupFailures} counts claims whose evidence
 * lookup failed (they are NOT_FOUND with score 0).
 */
public record VerificationReport(DocumentId article, List<Verdict> verdicts, List<IntegrityFinding> findings,
                                 Counts counts, List<ExcludedCopy> copies) {
    public record Counts(int claims, int supported, int contradicted, int notFound, int lookupFailures) {
    }

    public VerificationReport {
        verdicts = List.copyOf(verdicts);
        findings = List.copyOf(findings);
        copies = List.copyOf(copies);
    }

    public static VerificationReport of(DocumentId article, List<Verdict> verdicts, List<IntegrityFinding> findings,
                                        int lookupFailures) {
        return of(article, verdicts, findings, lookupFailures, List.of());
    }

    public static VerificationReport of(DocumentId article, List<Verdict> verdicts, List<IntegrityFinding> findings,
                                        int lookupFailures, List<ExcludedCopy> copies) {
        int supported = 0;
        int contradicted = 0;
        int notFound = 0;
        for (Verdict v : verdicts) {
            if (v instanceof Verdict.Supported) {
                supported++;
            } else if (v instanceof Verdict.Contradicted) {
                contradicted++;
            } else {
                notFound++;
            }
        }
        return new VerificationReport(article, verdicts, findings,
                new Counts(verdicts.size(), supported, contradicted, notFound, lookupFailures), copies);
    }

    /** One line for the CLI: {@code 12 claims: 5 supported, 1 contradicted, 6 not found; 2 integrity findings}. */
    public String summary() {
        String s = counts.claims() + " claims: " + counts.supported() + " supported, " + counts.contradicted()
                + " contradicted, " + counts.notFound() + " not found; " + findings.size() + " integrity finding"
                + (findings.size() == 1 ? "" : "s");
        if (!copies.isEmpty()) {
            s += "; " + copies.size() + " cop" + (copies.size() == 1 ? "y" : "ies") + " of the article excluded";
        }
        return counts.lookupFailures() == 0 ? s : s + "; " + counts.lookupFailures() + " lookups failed";
    }
}
