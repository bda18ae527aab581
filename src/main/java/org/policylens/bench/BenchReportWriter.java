package org.policylens.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes every output of a benchmark run into one folder. */
public final class BenchReportWriter {

    public static final String REPORT_MD = "report.md";
    public static final String RESULTS_CSV = "results.csv";
    public static final String RESULTS_JSON = "results.json";
    public static final String THROUGHPUT_PNG = "throughput.png";

    private BenchReportWriter() {
    }

    public static void writeAll(BenchResults results, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        ResultsCsvWriter.write(results, outDir.resolve(RESULTS_CSV));
        ResultsJsonWriter.write(results, outDir.resolve(RESULTS_JSON));
        MarkdownReportWriter.write(results, outDir.resolve(REPORT_MD));
        if (!results.sizes().isEmpty()) { // the chart plots throughput over generated sizes
            ThroughputChart.write(results, outDir.resolve(THROUGHPUT_PNG));
        }
    }
}
