package org.policylens.bench;

import org.policylens.extract.act.ActIds;
import org.policylens.index.CorpusIndex;
import org.policylens.index.LuceneCorpusIndex;
import org.policylens.index.solr.SolrCorpusIndex;
import org.policylens.index.solr.SolrTarget;
import org.policylens.model.IngestOutcome;
import org.policylens.pipeline.IndexJob;
import org.policylens.pipeline.Pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Indexing throughput into a SolrCloud collection next to the local Lucene index: the same generated corpus
 * through the same pipeline (parse, extract, build the blocks), once into a fresh local index and once into the
 * emptied collection, each after an untimed warm-up pass of the same kind. Writes {@code solr-indexing.md}.
 */
public final class SolrIndexingBench {
    /** One timed run: documents indexed and seconds, including the final commit. */
    public record Run(String backend, int documents, double seconds) {
        public double documentsPerSecond() {
            return documents / seconds;
        }
    }

    private SolrIndexingBench() {
    }

    public static List<Run> run(SolrTarget target, int size, long seed, Path out, Pipeline pipeline,
                                PrintWriter progress) throws IOException {
        BenchCorpus corpus = BenchCorpusGenerator.fromDefaultSources()
                .generate(size, seed, BenchCorpusGenerator.defaultDir(size));
        List<Path> roots = corpus.files();
        Path work = Files.createTempDirectory("policylens-solr-bench");
        List<Run> runs = new ArrayList<>();
        try {
            for (boolean timed : new boolean[] {false, true}) {
                Path local = work.resolve(timed ? "timed" : "warm-up");
                Run l = time("local", pipeline, roots, () -> LuceneCorpusIndex.open(local, ActIds::canonical, true));
                Run s = time("solr", pipeline, roots, () -> SolrCorpusIndex.open(target, ActIds::canonical, true));
                progress.printf("%s %d documents: local %.1f docs/s, solr %.1f docs/s%n", timed ? "timed" : "warm-up",
                        l.documents(), l.documentsPerSecond(), s.documentsPerSecond());
                progress.flush();
                if (timed) {
                    runs.add(l);
                    runs.add(s);
                }
            }
        } finally {
            deleteTree(work);
        }
        Files.createDirectories(out);
        Run l = runs.get(0);
        Run s = runs.get(1);
        Files.writeString(out.resolve("solr-indexing.md"), String.format(java.util.Locale.ROOT, """
                # Indexing throughput: local Lucene and SolrCloud

                %d generated documents (%d bytes, seed %d), %d pipeline threads, after one untimed pass each.
                Target: %s.

                | backend | documents | seconds | docs/s |
                |---|---|---|---|
                | local | %d | %.1f | %.1f |
                | solr | %d | %.1f | %.1f |

                Solr / local: %.2f
                """, size, corpus.totalBytes(), seed, pipeline.threads(), target, l.documents(), l.seconds(),
                l.documentsPerSecond(), s.documents(), s.seconds(), s.documentsPerSecond(),
                s.documentsPerSecond() / l.documentsPerSecond()));
        return runs;
    }

    private static Run time(String backend, Pipeline pipeline, List<Path> roots, Supplier<CorpusIndex> open)
            throws IOException {
        long start = System.nanoTime();
        int indexed;
        try (CorpusIndex index = open.get()) {
            indexed = (int) new IndexJob(pipeline, index, 5000).run(roots, false).stream()
                    .filter(o -> o instanceof IngestOutcome.Indexed).count();
        }
        return new Run(backend, indexed, (System.nanoTime() - start) / 1e9);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
