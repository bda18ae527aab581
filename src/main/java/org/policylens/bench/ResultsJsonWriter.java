package org.policylens.bench;

import org.policylens.export.JsonStrings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * results.json: {@code {machine, run, measurements[], targets[], notes[]}}. Written by hand (the format
 * is small) so that the benchmark needs no JSON library; unmeasurable numbers are {@code null}.
 */
public final class ResultsJsonWriter {

    private ResultsJsonWriter() {
    }

    public static void write(BenchResults results, Path file) throws IOException {
        Files.writeString(file, toJson(results), StandardCharsets.UTF_8);
    }

    static String toJson(BenchResults r) {
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("{\n  \"machine\": {");
        appendFields(b, r.machine().asMap());
        b.append("},\n  \"run\": {\"started\": ").append(str(r.startedAt().toString()))
                .append(", \"wall_seconds\": ").append(num(r.wallSeconds()))
                .append(", \"seed\": ").append(r.seed())
                .append(", \"repetitions\": ").append(r.repetitions())
                .append(", \"sizes\": ").append(r.sizes()).append("},\n  \"measurements\": [");
        List<Measurement> ms = r.measurements();
        for (int i = 0; i < ms.size(); i++) {
            Measurement m = ms.get(i);
            b.append(i == 0 ? "\n    " : ",\n    ")
                    .append("{\"size\": ").append(m.size())
                    .append(", \"system\": ").append(str(m.system()))
                    .append(", \"metric\": ").append(str(m.metric()))
                    .append(", \"value\": ").append(num(m.value()))
                    .append(", \"unit\": ").append(str(m.unit()))
                    .append(", \"repetition\": ").append(m.repetition()).append('}');
        }
        b.append("\n  ],\n  \"targets\": [");
        for (int i = 0; i < r.targets().size(); i++) {
            TargetCheck t = r.targets().get(i);
            b.append(i == 0 ? "\n    " : ",\n    ")
                    .append("{\"name\": ").append(str(t.name()))
                    .append(", \"target\": ").append(str(t.target()))
                    .append(", \"measured\": ").append(t.measured() == null ? "null" : num(t.measured()))
                    .append(", \"unit\": ").append(str(t.unit()))
                    .append(", \"status\": ").append(str(t.status().name()))
                    .append(", \"detail\": ").append(str(t.detail())).append('}');
        }
        b.append("\n  ],\n  \"notes\": [");
        for (int i = 0; i < r.notes().size(); i++) {
            b.append(i == 0 ? "\n    " : ",\n    ").append(str(r.notes().get(i)));
        }
        return b.append("\n  ]\n}\n").toString();
    }

    private static void appendFields(StringBuilder b, Map<String, String> fields) {
        boolean first = true;
        for (Map.Entry<String, String> e : fields.entrySet()) {
            b.append(first ? "" : ", ").append(str(e.getKey())).append(": ").append(str(e.getValue()));
            first = false;
        }
    }

    static String num(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "null" : ResultsCsvWriter.plain(v);
    }

    static String str(String s) {
        return JsonStrings.quote(s);
    }
}
