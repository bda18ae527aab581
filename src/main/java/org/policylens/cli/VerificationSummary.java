package org.policylens.cli;

import org.policylens.verify.IntegrityFinding;
import org.policylens.verify.VerificationReport;

import java.io.PrintWriter;
import java.nio.file.Path;

/** What {@code verify} prints on stdout: the counts, the integrity findings and where the reports went. */
final class VerificationSummary {
    private VerificationSummary() {
    }

    static void print(PrintWriter out, VerificationReport report, Path csv, Path html) {
        out.println(report.article() + ": " + report.summary());
        for (org.policylens.verify.ExcludedCopy copy : report.copies()) {
            out.println("  excluded as a copy: " + copy.describe());
        }
        for (IntegrityFinding finding : report.findings()) {
            out.println("  integrity: " + finding.message());
        }
        printOutputs(out, csv, html);
    }

    static void printOutputs(PrintWriter out, Path csv, Path html) {
        if (csv != null) {
            out.println("verdicts: " + csv);
        }
        if (html != null) {
            out.println("report: " + html);
        }
        out.flush();
    }
}
