package org.policylens.export;

import org.policylens.model.Evidence;
import org.policylens.model.Fact;
import org.policylens.model.Verdict;
import org.policylens.verify.ClaimedValues;
import org.policylens.verify.ExcludedCopy;
import org.policylens.verify.IntegrityFinding;
import org.policylens.verify.VerificationReport;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The verdicts of one or more articles as one JSON object: {@code {"articles":[{"article", "summary",
 * "excluded_copies":[{"document","similarity"}], "integrity":[...], "verdicts":[{"claim_id", "start", "end",
 * "sentence", "type", "text", "claimed_value", "verdict", "score", "reason", "evidence":{"document", "page",
 * "text", "value"} or null}]}]}}. The verdict fields are the verification CSV's columns.
 */
public final class VerificationJsonWriter {
    public void write(List<VerificationReport> reports, PrintWriter out) {
        StringBuilder sb = new StringBuilder("{\"articles\":[");
        for (int r = 0; r < reports.size(); r++) {
            VerificationReport report = reports.get(r);
            sb.append(r == 0 ? "" : ",").append("{\"article\":").append(q(report.article().value()))
                    .append(",\"summary\":").append(q(report.summary()))
                    .append(",\"excluded_copies\":[");
            List<ExcludedCopy> copies = report.copies();
            for (int i = 0; i < copies.size(); i++) {
                sb.append(i == 0 ? "" : ",").append("{\"document\":").append(q(copies.get(i).document().value()))
                        .append(",\"similarity\":").append(String.format(Locale.ROOT, "%.3f", copies.get(i).similarity()))
                        .append('}');
            }
            sb.append("],\"integrity\":[");
            List<IntegrityFinding> findings = report.findings();
            for (int i = 0; i < findings.size(); i++) {
                IntegrityFinding f = findings.get(i);
                sb.append(i == 0 ? "" : ",").append("{\"kind\":").append(q(f.kind().name()))
                        .append(",\"message\":").append(q(f.message())).append('}');
            }
            sb.append("],\"verdicts\":[");
            for (int i = 0; i < report.verdicts().size(); i++) {
                sb.append(i == 0 ? "" : ",");
                verdict(sb, report.verdicts().get(i));
            }
            sb.append("]}");
        }
        out.println(sb.append("]}"));
        out.flush();
    }

    private static void verdict(StringBuilder sb, Verdict v) {
        Fact f = v.claim().fact();
        sb.append("{\"claim_id\":").append(q(v.claim().id()))
                .append(",\"start\":").append(f.span().start())
                .append(",\"end\":").append(f.span().end())
                .append(",\"sentence\":").append(q(f.sentenceText()))
                .append(",\"type\":").append(q(f.type().name()))
                .append(",\"text\":").append(q(f.text()))
                .append(",\"claimed_value\":").append(q(ClaimedValues.format(f)))
                .append(",\"verdict\":").append(q(v.label()))
                .append(",\"score\":").append(String.format(Locale.ROOT, "%.3f", v.score()))
                .append(",\"reason\":").append(q(v.reason()))
                .append(",\"evidence\":");
        Evidence e = VerificationCsvWriter.evidence(v);
        if (e == null) {
            sb.append("null");
        } else {
            sb.append("{\"document\":").append(q(e.document().value())).append(",\"page\":").append(e.page())
                    .append(",\"text\":").append(q(e.passage())).append(",\"value\":").append(q(e.value())).append('}');
        }
        sb.append('}');
    }

    private static String q(String s) {
        return JsonStrings.quote(s);
    }
}
