package org.policylens.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policylens.timing.StageClock;

/** report.md: the figures of one run as plain tables, with the issue's targets and whether they were met. */
public final class MarkdownReportWriter {

    static final List<String> THROUGHPUT_SYSTEMS =
            List.of(TikaParseBaseline.SYSTEM, TikaLuceneBaseline.SYSTEM, BenchRunner.POLICYLENS);

    private MarkdownReportWriter() {
    }

    public static void write(BenchResults results, Path file) throws IOException {
        Files.writeString(file, toMarkdown(results), StandardCharsets.UTF_8);
    }

    static String toMarkdown(BenchResults r) {
        StringBuilder b = new StringBuilder(16 * 1024);
        b.append("# policylens benchmark\n\n");
        b.append("Run started ").append(r.startedAt()).append(", took ").append(Numbers.format(r.wallSeconds()))
                .append(" s of wall time with a JVM max heap of ").append(r.machine().maxHeapBytes() >> 20)
                .append(" MB; corpus sizes ").append(r.sizes()).append(", seed ").append(r.seed()).append("; ");
        if (r.method().isEmpty()) {
            b.append(r.repetitions()).append(" timed repetition(s) per system and size after a warm-up; ");
        }
        b.append("figures are medians over repetitions (memory: the maximum). MB = 2^20 bytes of input files.\n\n");
        for (String line : r.method()) {
            b.append("- ").append(line).append('\n');
        }
        if (!r.method().isEmpty()) {
            b.append('\n');
        }

        b.append("Systems: **tika-parse** = baseline (a), Tika AutoDetectParser to text only; **tika-lucene** = baseline (b), ")
                .append("Tika + Lucene StandardAnalyzer (body TextField, path StringField), one commit; **policylens** = ")
                .append("ingest, annotate, extract, index, commit. All on a fixed pool of ").append(r.machine().cores())
                .append(" threads.\n\n");

        b.append("## Machine\n\n| property | value |\n|---|---|\n");
        for (Map.Entry<String, String> e : r.machine().asMap().entrySet()) {
            b.append("| ").append(e.getKey()).append(" | ").append(cell(e.getValue())).append(" |\n");
        }

        if (!r.sizes().isEmpty()) {
            generated(b, r);
        }
        realCorpora(b, r);
        stages(b, r);
        targetsAndNotes(b, r);
        return b.toString();
    }

    /** Throughput, scale, memory, extraction and search on the generated corpora. */
    private static void generated(StringBuilder b, BenchResults r) {
        b.append("\n## Throughput\n\n| docs | system | runs | input MB | time s | MB/s | docs/s | ratio to tika-lucene | failed docs |\n")
                .append("|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int size : r.sizes()) {
            for (String s : THROUGHPUT_SYSTEMS) {
                if (r.summary(size, s, "time_s").isEmpty()) {
                    b.append("| ").append(size).append(" | ").append(s).append(" | 0 | not measured | | | | | |\n");
                    continue;
                }
                b.append("| ").append(size).append(" | ").append(s).append(" | ").append(r.runs(size, s))
                        .append(" | ").append(f(r.summary(size, s, "input_mb")))
                        .append(" | ").append(f(r.summary(size, s, "time_s")))
                        .append(" | ").append(f(r.summary(size, s, "mb_per_s")))
                        .append(" | ").append(f(r.summary(size, s, "docs_per_s")))
                        .append(" | ").append(s.equals(TikaLuceneBaseline.SYSTEM) ? "1" : f(r.summary(size, s, "ratio_to_tika_lucene")))
                        .append(" | ").append(f(r.summary(size, s, "failures"))).append(" |\n");
            }
        }

        b.append("\n## Scale\n\n| system |");
        for (int size : r.sizes()) {
            b.append(" docs/s at ").append(size).append(" |");
        }
        b.append(" spread (max−min)/max |\n|---|");
        b.append("---:|".repeat(r.sizes().size() + 1)).append('\n');
        for (String s : THROUGHPUT_SYSTEMS) {
            b.append("| ").append(s).append(" |");
            for (int size : r.sizes()) {
                b.append(' ').append(f(r.summary(size, s, "docs_per_s"))).append(" |");
            }
            Optional<Double> spread = r.summary(0, s, "scale_spread_pct");
            b.append(' ').append(spread.map(v -> Numbers.format(v) + " %").orElse("n/a (one size)")).append(" |\n");
        }

        b.append("\n## Memory\n\nPeak heap in use (sampled every 5 ms) and peak resident set size (VmHWM) during each stage.\n\n")
                .append("| docs | system | peak heap MB | peak RSS MB |\n|---:|---|---:|---:|\n");
        for (int size : r.sizes()) {
            for (String s : THROUGHPUT_SYSTEMS) {
                if (r.summary(size, s, "peak_heap_mb").isPresent()) {
                    b.append("| ").append(size).append(" | ").append(s).append(" | ")
                            .append(f(r.summary(size, s, "peak_heap_mb"))).append(" | ")
                            .append(f(r.summary(size, s, "peak_rss_mb"))).append(" |\n");
                }
            }
        }

        b.append("\n## Extraction (single thread, warm)\n\n| text | chars | facts | passes | chars/s | × CoreNLP (")
                .append(Numbers.format(BenchRunner.CORENLP_CHARS_PER_SECOND)).append(" chars/s) |\n|---|---:|---:|---:|---:|---:|\n");
        extractionRow(b, r, 0, "seed_article", "seed article");
        int largest = r.sizes().get(r.sizes().size() - 1);
        extractionRow(b, r, largest, "corpus_sample", "corpus sample ("
                + f(r.summary(largest, BenchRunner.EXTRACT, "corpus_sample_documents")) + " docs of " + largest + ")");

        b.append("\n## Search (index of ").append(largest).append(" documents, ")
                .append(f(r.summary(largest, BenchRunner.SEARCH, "queries"))).append(" queries, ")
                .append(f(r.summary(largest, BenchRunner.SEARCH, "timed_searches"))).append(" timed searches after ")
                .append(f(r.summary(largest, BenchRunner.SEARCH, "warmup_passes"))).append(" untimed passes)\n\n");
        if (r.summary(largest, BenchRunner.SEARCH, "latency_p50_ms").isEmpty()) {
            b.append("Not measured (see notes).\n");
        } else {
            b.append("| queries | p50 ms | p99 ms |\n|---|---:|---:|\n");
            b.append("| all | ").append(f(r.summary(largest, BenchRunner.SEARCH, "latency_p50_ms"))).append(" | ")
                    .append(f(r.summary(largest, BenchRunner.SEARCH, "latency_p99_ms"))).append(" |\n");
            for (String kind : BenchQueries.all().stream().map(BenchQueries.Spec::kind).distinct().toList()) {
                b.append("| ").append(kind).append(" | ")
                        .append(f(r.summary(largest, BenchRunner.SEARCH, "latency_p50_ms_" + kind))).append(" | ")
                        .append(f(r.summary(largest, BenchRunner.SEARCH, "latency_p99_ms_" + kind))).append(" |\n");
            }
            b.append("\nQueries with at least one hit: ")
                    .append(f(r.summary(largest, BenchRunner.SEARCH, "queries_with_hits"))).append("; queries that threw: ")
                    .append(f(r.summary(largest, BenchRunner.SEARCH, "failed_queries"))).append(".\n");
            if (r.summary(largest, BenchRunner.SEARCH, "serve_p50_ms").isPresent()) {
                b.append("\nThrough `serve`'s `/api/search` on loopback (").append(ServeLatencyBench.CLIENTS)
                        .append(" clients × ").append(ServeLatencyBench.REQUESTS).append(" requests, the same queries): ")
                        .append("server p50 ").append(f(r.summary(largest, BenchRunner.SEARCH, "serve_p50_ms")))
                        .append(" ms, p99 ").append(f(r.summary(largest, BenchRunner.SEARCH, "serve_p99_ms")))
                        .append(" ms; client p50 ").append(f(r.summary(largest, BenchRunner.SEARCH, "serve_client_p50_ms")))
                        .append(" ms, p99 ").append(f(r.summary(largest, BenchRunner.SEARCH, "serve_client_p99_ms")))
                        .append(" ms; failed requests: ").append(f(r.summary(largest, BenchRunner.SEARCH, "serve_errors")))
                        .append(".\n");
            }
            b.append("\n`grep -ril TERM` over the same documents' text, one .txt per document (which text: see the top):\n\n")
                    .append("| term | grep ms | files | policylens search ms (median) | hits | speed-up |\n|---|---:|---:|---:|---:|---:|\n");
            for (String term : BenchQueries.GREP_TERMS) {
                Optional<Double> g = r.summary(largest, BenchRunner.GREP, "median_ms[" + term + "]");
                Optional<Double> s = r.summary(largest, BenchRunner.SEARCH, "median_ms[" + term + "]");
                if (g.isPresent()) {
                    b.append("| ").append(term).append(" | ").append(f(g)).append(" | ")
                            .append(f(r.summary(largest, BenchRunner.GREP, "files_matched[" + term + "]"))).append(" | ")
                            .append(f(s)).append(" | ").append(f(r.summary(largest, BenchRunner.SEARCH, "hits[" + term + "]")))
                            .append(" | ").append(s.isPresent() ? Numbers.format(g.get() / s.get()) + "×" : "n/a").append(" |\n");
                }
            }
            b.append("| **median** | ").append(f(r.summary(largest, BenchRunner.GREP, "median_ms"))).append(" | | ")
                    .append(f(r.summary(largest, BenchRunner.SEARCH, "median_ms_grep_terms"))).append(" | | ")
                    .append(f(r.summary(largest, BenchRunner.SEARCH, "speedup_vs_grep"))).append("× |\n");
        }
    }

    /** Folders of real files, each with the three systems' paired runs. */
    private static void realCorpora(StringBuilder b, BenchResults r) {
        List<Measurement> corpora = r.measurements().stream().filter(m -> m.repetition() == 0
                && m.metric().equals("time_s") && m.system().startsWith(BenchRunner.POLICYLENS + "@")).toList();
        if (corpora.isEmpty()) {
            return;
        }
        b.append("\n## Real corpora (paired runs)\n\nEach repetition ran the three systems back to back on the same ")
                .append("files (order rotated per repetition); a ratio is policylens' MB/s over the baseline's in the same ")
                .append("repetition. Medians, with the range over repetitions.\n\n")
                .append("| corpus | files | system | runs | input MB | time s (min–max) | MB/s | docs/s | failed docs |\n")
                .append("|---|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (Measurement c : corpora) {
            String name = c.system().substring(BenchRunner.POLICYLENS.length() + 1);
            int size = c.size();
            for (String system : THROUGHPUT_SYSTEMS) {
                String s = BenchRunner.corpusSystem(system, name);
                b.append("| ").append(cell(name)).append(" | ").append(size).append(" | ").append(system).append(" | ")
                        .append(r.runs(size, s)).append(" | ").append(f(r.summary(size, s, "input_mb"))).append(" | ")
                        .append(f(r.summary(size, s, "time_s"))).append(" (").append(f(r.summary(size, s, "time_s_min")))
                        .append("–").append(f(r.summary(size, s, "time_s_max"))).append(") | ")
                        .append(f(r.summary(size, s, "mb_per_s"))).append(" | ").append(f(r.summary(size, s, "docs_per_s")))
                        .append(" | ").append(f(r.summary(size, s, "failures"))).append(" |\n");
            }
            String own = c.system();
            b.append("\n").append(cell(name)).append(": policylens / tika-lucene = **")
                    .append(f(r.summary(size, own, "ratio_to_tika_lucene"))).append("** (")
                    .append(f(r.summary(size, own, "ratio_to_tika_lucene_min"))).append("–")
                    .append(f(r.summary(size, own, "ratio_to_tika_lucene_max"))).append("); policylens / tika-parse = ")
                    .append(f(r.summary(size, own, "ratio_to_tika_parse"))).append(" (")
                    .append(f(r.summary(size, own, "ratio_to_tika_parse_min"))).append("–")
                    .append(f(r.summary(size, own, "ratio_to_tika_parse_max"))).append(").\n\n");
        }
    }

    /**
     * Where policylens' time went, stage by stage, per timed run: CPU seconds (summed over the threads that ran the
     * stage), milliseconds per file and the share of the run's thread capacity (wall time × threads).
     */
    private static void stages(StringBuilder b, BenchResults r) {
        List<Measurement> tables = r.measurements().stream().filter(m -> m.repetition() == 0
                && m.metric().equals("threads") && (m.system().equals(BenchRunner.STAGES)
                || m.system().startsWith(BenchRunner.STAGES + "@"))).toList();
        if (tables.isEmpty()) {
            return;
        }
        b.append("\n## Time by stage (policylens, per timed run)\n\nFrom the pipeline's stage clock (each thread's ")
                .append(StageClock.cpuTime() ? "CPU time" : "wall time (this JVM cannot read thread CPU time)")
                .append(" per stage, helpers' included in the stage that handed them work; on only during the timed ")
                .append("policylens runs). Cells: ").append(StageClock.cpuTime() ? "CPU seconds" : "thread-seconds")
                .append(" · ms per file · share of the run's thread capacity (wall time × threads). A stage `a / b` is ")
                .append("part of `a`; the parse runs on its own threads, overlapping the workers' stages, and `waiting for ")
                .append("the parse` is what a worker spent waiting for it. `whole file` is a worker's whole work on a ")
                .append("file.\n\n| stage |");
        List<String> order = new java.util.ArrayList<>();
        for (Measurement t : tables) {
            b.append(' ').append(cell(label(t))).append(" |");
            r.measurements().stream().filter(m -> m.repetition() == 0 && m.size() == t.size()
                            && m.system().equals(t.system()) && m.unit().equals("s"))
                    .map(Measurement::metric).filter(n -> !order.contains(n)).forEach(order::add);
        }
        b.append("\n|---|").append("---:|".repeat(tables.size())).append('\n');
        for (String stage : order) {
            b.append("| ").append(cell(stage)).append(" |");
            for (Measurement t : tables) {
                Optional<Double> seconds = r.summary(t.size(), t.system(), stage);
                String own = t.system().equals(BenchRunner.STAGES) ? BenchRunner.POLICYLENS
                        : BenchRunner.POLICYLENS + t.system().substring(BenchRunner.STAGES.length());
                Optional<Double> wall = r.summary(t.size(), own, "time_s");
                Optional<Double> docs = r.summary(t.size(), own, "documents");
                if (seconds.isEmpty()) {
                    b.append(" |");
                    continue;
                }
                b.append(' ').append(Numbers.format(seconds.get())).append(" s");
                docs.filter(d -> d > 0).ifPresent(d -> b.append(" · ").append(Numbers.format(seconds.get() * 1000 / d))
                        .append(" ms"));
                wall.filter(w -> w > 0).ifPresent(w -> b.append(" · ")
                        .append(Numbers.format(100 * seconds.get() / (w * t.value()))).append(" %"));
                b.append(" |");
            }
            b.append('\n');
        }
    }

    private static String label(Measurement table) {
        return table.system().equals(BenchRunner.STAGES) ? "generated " + table.size() + " docs"
                : table.system().substring(BenchRunner.STAGES.length() + 1) + " (" + table.size() + " files)";
    }

    private static void targetsAndNotes(StringBuilder b, BenchResults r) {
        b.append("\n## Targets\n\n| target | goal | measured | status | detail |\n|---|---|---:|---|---|\n");
        for (TargetCheck t : r.targets()) {
            b.append("| ").append(cell(t.name())).append(" | ").append(cell(t.target())).append(" | ")
                    .append(t.measured() == null ? "n/a" : Numbers.format(t.measured()) + " " + t.unit()).append(" | ")
                    .append(switch (t.status()) {
                        case MET -> "met";
                        case NOT_MET -> "**not met**";
                        case NOT_MEASURED -> "not measured";
                    }).append(" | ").append(cell(t.detail())).append(" |\n");
        }

        b.append("\n## Notes\n\n");
        if (r.notes().isEmpty()) {
            b.append("None.\n");
        }
        for (String n : r.notes()) {
            b.append("- ").append(n).append('\n');
        }
        b.append("\nAll measurements: `results.csv` / `results.json`").append(r.sizes().isEmpty() ? ".\n"
                : "; chart: `throughput.png`.\n");
    }

    private static void extractionRow(StringBuilder b, BenchResults r, int size, String what, String label) {
        Optional<Double> cps = r.summary(size, BenchRunner.EXTRACT, what + "_chars_per_s");
        if (cps.isEmpty()) {
            b.append("| ").append(label).append(" | not measured | | | | |\n");
            return;
        }
        b.append("| ").append(label).append(" | ").append(f(r.summary(size, BenchRunner.EXTRACT, what + "_chars")))
                .append(" | ").append(f(r.summary(size, BenchRunner.EXTRACT, what + "_facts")))
                .append(" | ").append(f(r.summary(size, BenchRunner.EXTRACT, what + "_passes")))
                .append(" | ").append(Numbers.format(cps.get()))
                .append(" | ").append(Numbers.format(cps.get() / BenchRunner.CORENLP_CHARS_PER_SECOND)).append("× |\n");
    }

    private static String f(Optional<Double> v) {
        return v.map(Numbers::format).orElse("n/a");
    }

    /** Keeps a value inside its table cell. */
    static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
