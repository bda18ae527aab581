package org.policylens.export;

import org.apache.commons.csv.CSVPrinter;
import org.policylens.model.Evidence;
import org.policylens.model.Fact;
import org.policylens.model.Verdict;
import org.policylens.verify.ClaimedValues;
import org.policylens.verify.VerificationReport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The verification CSV of the contract, one row per claim:
 * {@code claim_id,document,start,end,sentence,type,claimed_value,verdict,evidence_document,evidence_text,
 * evidence_value,score,reason}; evidence cells are empty for NOT_FOUND, the score has three decimals.
 */
public final class VerificationCsvWriter {
    public static final List<String> HEADER = List.of("claim_id", "document", "start", "end", "sentence", "type",
            "claimed_value", "verdict", "evidence_document", "evidence_text", "evidence_value", "score", "reason");

    private final boolean excel;

    public VerificationCsvWriter(boolean excel) {
        this.excel = excel;
    }

    /** Writes the report to {@code out}, flushing but not closing it. */
    public void write(VerificationReport report, Writer out) throws IOException {
        write(List.of(report), out);
    }

    /** Writes the reports of several articles one after another under one header. */
    public void write(List<VerificationReport> reports, Writer out) throws IOException {
        CSVPrinter printer = Csv.open(out, HEADER, excel);
        for (VerificationReport report : reports) {
            for (Verdict v : report.verdicts()) {
                Csv.row(printer, cells(v), excel);
            }
        }
        printer.flush();
    }

    public void write(List<VerificationReport> reports, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(reports, out);
        }
    }

    public void write(VerificationReport report, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(report, out);
        }
    }

    static List<String> cells(Verdict v) {
        Fact f = v.claim().fact();
        Evidence e = evidence(v);
        return List.of(v.claim().id(), f.document().value(), Integer.toString(f.span().start()),
                Integer.toString(f.span().end()), FactColumns.oneLine(f.sentenceText()), f.type().name(),
                ClaimedValues.format(f), v.label(),
                e == null ? "" : e.document().value(),
                e == null ? "" : FactColumns.oneLine(e.passage()),
                e == null ? "" : e.value(),
                String.format(Locale.ROOT, "%.3f", v.score()), FactColumns.oneLine(v.reason()));
    }

    static Evidence evidence(Verdict v) {
        if (v instanceof Verdict.Supported s) {
            return s.evidence();
        }
        if (v instanceof Verdict.Contradicted c) {
            return c.evidence();
        }
        return null;
    }
}
