package org.policylens.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** results.csv: one row per measurement, {@code size,system,metric,value,unit,repetition} (RFC 4180, UTF-8). */
public final class ResultsCsvWriter {

    public static final String[] HEADER = {"size", "system", "metric", "value", "unit", "repetition"};

    private ResultsCsvWriter() {
    }

    public static void write(BenchResults results, Path file) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).get();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, format)) {
            for (Measurement m : results.measurements()) {
                csv.printRecord(m.size(), m.system(), m.metric(), plain(m.value()), m.unit(), m.repetition());
            }
        }
    }

    /** Full precision without exponent, empty for a value that could not be measured. */
    static String plain(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
