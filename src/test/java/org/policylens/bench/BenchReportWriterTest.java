package org.policylens.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class BenchReportWriterTest {

    /** A small invented result set: two sizes, three systems, search and extraction, one odd label. */
    static BenchResults fakeResults() {
        List<Measurement> m = new ArrayList<>();
        double[] rates = {300, 120, 70};
        List<String> systems = MarkdownReportWriter.THROUGHPUT_SYSTEMS;
        for (int size : List.of(1000, 10000)) {
            for (int k = 0; k < systems.size(); k++) {
                String s = systems.get(k);
                for (int rep = 0; rep <= 2; rep++) {
                    m.add(new Measurement(size, s, "docs_per_s", rates[k] + rep, "docs/s", rep));
                    m.add(new Measurement(size, s, "mb_per_s", rates[k] / 300, "MB/s", rep));
                    m.add(new Measurement(size, s, "time_s", size / rates[k], "s", rep));
                    m.add(new Measurement(size, s, "peak_heap_mb", 200 + 100 * k, "MB", rep));
                    m.add(new Measurement(size, s, "peak_rss_mb", 500 + 100 * k, "MB", rep));
                }
            }
            m.add(new Measurement(size, BenchRunner.POLICYLENS, "ratio_to_tika_lucene", 70.0 / 120, "x", 0));
        }
        m.add(new Measurement(0, BenchRunner.EXTRACT, "seed_article_chars_per_s", 2.5e6, "chars/s", 0));
        m.add(new Measurement(10000, BenchRunner.SEARCH, "latency_p50_ms", 0.8, "ms", 0));
        m.add(new Measurement(10000, BenchRunner.SEARCH, "latency_p99_ms", Double.NaN, "ms", 0));
        m.add(new Measurement(10000, BenchRunner.GREP, "median_ms[бюджет]", 950, "ms", 0));
        m.add(new Measurement(10000, "odd, \"quoted\" system", "metric\nwith newline", 1e-9, "", 0));
        List<TargetCheck> targets = List.of(
                TargetCheck.atLeast("ratio", 0.5, 70.0 / 120, "x", "largest"),
                TargetCheck.atMost("p99", 20, null, "ms", "not run"));
        MachineInfo machine = new MachineInfo(2, "17.0.9", "OpenJDK", 2L << 30, "Linux", "Some CPU", 24L << 30);
        return new BenchResults(machine, List.of(1000, 10000), 2, 42L, Instant.parse("2026-03-02T10:00:00Z"), 123.4,
                m, targets, List.of("a note with | a pipe"));
    }

    @Test
    void csvHasOneWellFormedRowPerMeasurement(@TempDir Path tmp) throws Exception {
        BenchResults r = fakeResults();
        Path file = tmp.resolve("results.csv");
        ResultsCsvWriter.write(r, file);
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        assertEquals(r.measurements().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(6, rows.get(i).size());
            assertEquals(r.measurements().get(i).metric(), rows.get(i).get("metric"));
        }
        assertEquals("", rows.stream().filter(row -> row.get("metric").equals("latency_p99_ms")).findFirst().orElseThrow().get("value"));
        assertEquals("0.000000001", rows.get(rows.size() - 1).get("value"));
        assertArrayEquals(ResultsCsvWriter.HEADER, Files.readAllLines(file).get(0).split(","));
    }

    @Test
    void jsonParsesAndCarriesEveryMeasurement(@TempDir Path tmp) throws Exception {
        BenchResults r = fakeResults();
        Path file = tmp.resolve("results.json");
        ResultsJsonWriter.write(r, file);
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals(r.measurements().size(), root.get("measurements").size());
        assertEquals("2", root.get("machine").get("cores").asText());
        assertTrue(root.get("machine").has("load_average"));
        assertTrue(root.get("measurements").findValues("value").stream().anyMatch(JsonNode::isNull));
        assertEquals("metric\nwith newline", root.get("measurements").get(r.measurements().size() - 1).get("metric").asText());
        assertEquals("NOT_MEASURED", root.get("targets").get(1).get("status").asText());
        assertEquals("MET", root.get("targets").get(0).get("status").asText());
        assertEquals(1, root.get("notes").size());
    }

    @Test
    void markdownTablesHaveConsistentColumns(@TempDir Path tmp) throws Exception {
        BenchResults r = fakeResults();
        Path file = tmp.resolve("report.md");
        MarkdownReportWriter.write(r, file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int columns = -1;
        for (String line : lines) {
            if (!line.startsWith("|")) {
                columns = -1;
                continue;
            }
            int n = cells(line);
            if (columns < 0) {
                columns = n;
            }
            assertEquals(columns, n, "ragged table row: " + line);
        }
        String text = String.join("\n", lines);
        assertTrue(text.contains("| 10000 | policylens |"), text);
        assertTrue(text.contains("not measured"), text);
        assertTrue(text.contains("a note with \\| a pipe") || text.contains("a note with | a pipe"));
        assertTrue(text.contains("## Targets"));
    }

    @Test
    void chartIsAPng(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("throughput.png");
        ThroughputChart.write(fakeResults(), file);
        byte[] head = Arrays.copyOf(Files.readAllBytes(file), 8);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, head);
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(file.toFile());
        assertEquals(ThroughputChart.WIDTH, image.getWidth());
    }

    /** Cells of a Markdown table row, ignoring escaped pipes. */
    private static int cells(String line) {
        return line.replace("\\|", "").split("\\|", -1).length - 2;
    }
}
