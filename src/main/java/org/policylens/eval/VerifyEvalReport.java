package org.policylens.eval;

import org.policylens.model.Evidence;
import org.policylens.model.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What {@link VerifyEvaluator} measured, split by split, and the inputs that could not be read. */
public record VerifyEvalReport(List<Split> splits, List<String> failures) {
    public static final String SUPPORTED = "SUPPORTED";
    public static final String CONTRADICTED = "CONTRADICTED";

    /** Counts of one split; filled in by the evaluator. */
    public static final class Split {
        private final String name;
        int claims;
        int missed;
        int correct;
        int copiesExcluded;
        private final int[] supported = new int[3];     // true positive, predicted, expected
        private final int[] contradicted = new int[3];
        final List<String> errors = new ArrayList<>();
        final List<String> forbidden = new ArrayList<>();
        final List<String> unlabelledSupported = new ArrayList<>();

        Split(String name) {
            this.name = name;
        }

        void add(String article, ClaimLabels.Label label, Verdict match) {
            claims++;
            String predicted = match == null ? "MISSED" : match.label();
            if (match == null) {
                missed++;
            }
            count(supported, SUPPORTED, label.expected(), predicted);
            count(contradicted, CONTRADICTED, label.expected(), predicted);
            if (predicted.equals(label.expected())) {
                correct++;
                return;
            }
            Evidence e = match == null ? null : VerifyEvaluator.evidenceOf(match);
            errors.add(article + ": " + label.type() + " " + label.value() + " (" + label.text() + ") " + predicted
                    + ", expected " + label.expected()
                    + (e == null ? "" : " — " + e.document().value() + ": " + e.value() + " \"" + clip(e.passage()) + "\"")
                    + (match == null ? "" : " — " + match.reason()));
        }

        private static void count(int[] c, String verdict, String expected, String predicted) {
            boolean e = expected.equals(verdict);
            boolean p = predicted.equals(verdict);
            if (e && p) {
                c[0]++;
            }
            if (p) {
                c[1]++;
            }
            if (e) {
                c[2]++;
            }
        }

        public String name() {
            return name;
        }

        public int claims() {
            return claims;
        }

        public int copiesExcluded() {
            return copiesExcluded;
        }

        public Ratio supportedPrecision() {
            return new Ratio(supported[0], supported[1]);
        }

        public Ratio supportedRecall() {
            return new Ratio(supported[0], supported[2]);
        }

        public Ratio contradictedPrecision() {
            return new Ratio(contradicted[0], contradicted[1]);
        }

        public Ratio contradictedRecall() {
            return new Ratio(contradicted[0], contradicted[2]);
        }

        public Ratio accuracy() {
            return new Ratio(correct, claims);
        }

        /** Accuracy over the labelled claims the extractor found: what verification itself got right. */
        public Ratio accuracyOfExtracted() {
            return new Ratio(correct, claims - missed);
        }

        /** SUPPORTED or CONTRADICTED verdicts citing a copy of an article or a distractor. */
        public List<String> forbiddenCitations() {
            return List.copyOf(forbidden);
        }

        public List<String> errors() {
            return List.copyOf(errors);
        }

        public List<String> unlabelledSupported() {
            return List.copyOf(unlabelledSupported);
        }
    }

    public VerifyEvalReport {
        splits = List.copyOf(splits);
        failures = List.copyOf(failures);
    }

    /** A plain-text table per split; {@code show} errors listed per split (0 for none). */
    public String render(int show) {
        return render(show, false);
    }

    /**
     * As {@link #render(int)}; with {@code heldoutTotalsOnly} the held-out split shows its score lines only, never
     * which verdicts were wrong or what they cited, so its errors cannot steer tuning.
     */
    public String render(int show, boolean heldoutTotalsOnly) {
        StringBuilder b = new StringBuilder();
        for (Split s : splits) {
            boolean totalsOnly = heldoutTotalsOnly && s.name.equals(GoldFile.HELDOUT);
            b.append(String.format(Locale.ROOT, "%s: %d labelled claims (%d not extracted), %d copies excluded%n",
                    s.name, s.claims, s.missed, s.copiesExcluded));
            b.append(String.format(Locale.ROOT, "  SUPPORTED     precision %s  recall %s%n",
                    fmt(s.supportedPrecision()), fmt(s.supportedRecall())));
            b.append(String.format(Locale.ROOT, "  CONTRADICTED  precision %s  recall %s%n",
                    fmt(s.contradictedPrecision()), fmt(s.contradictedRecall())));
            b.append(String.format(Locale.ROOT, "  accuracy      %s (of the extracted claims %s)%n",
                    fmt(s.accuracy()), fmt(s.accuracyOfExtracted())));
            b.append(String.format(Locale.ROOT, "  citing a copy or distractor: %d%n", s.forbidden.size()));
            if (totalsOnly) {
                b.append(String.format(Locale.ROOT, "  (held-out: totals only; %d wrong verdicts not listed)%n",
                        s.errors.size()));
                continue;
            }
            s.forbidden.forEach(f -> b.append("    ").append(f).append('\n'));
            if (!s.unlabelledSupported.isEmpty()) {
                b.append("  SUPPORTED claims without a label: ").append(s.unlabelledSupported.size()).append('\n');
                s.unlabelledSupported.stream().limit(show).forEach(f -> b.append("    ").append(f).append('\n'));
            }
            if (show > 0 && !s.errors.isEmpty()) {
                b.append("  wrong verdicts:\n");
                s.errors.stream().limit(show).forEach(e -> b.append("    ").append(e).append('\n'));
            }
        }
        failures.forEach(f -> b.append("failed: ").append(f).append('\n'));
        return b.toString();
    }

    private static String fmt(Ratio r) {
        return r.total() == 0 ? "  n/a  (0/0)"
                : String.format(Locale.ROOT, "%.3f (%d/%d)", r.value(), r.correct(), r.total());
    }

    static String clip(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > 140 ? one.substring(0, 140) + "…" : one;
    }
}
