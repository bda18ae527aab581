package org.policylens.perf;

import org.policylens.extract.act.ActIds;
import org.policylens.index.LuceneCorpusIndex;
import org.policylens.ingest.IngestLimits;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.Fact;
import org.policylens.model.ParseResult;
import org.policylens.pipeline.Pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;

/**
 * A profiling driver (not a test): ingests, extracts and indexes every file under a directory on one thread, in
 * passes, and prints the CPU time of each stage per pass (CPU, not wall: the machine is shared). Usage:
 * {@code PipelineLoop DIR PASSES INDEX_DIR}.
 */
public final class PipelineLoop {
    private PipelineLoop() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = PerfFiles.documents(Path.of(args[0]));
        int passes = Integer.parseInt(args[1]);
        Pipeline pipeline = Pipeline.standard(IngestLimits.DEFAULTS, 1);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int pass = 0; pass < passes; pass++) {
            Path dir = Path.of(args[2] + "-" + pass);
            PerfFiles.delete(dir);
            long ingest = 0;
            long extract = 0;
            long index = 0;
            long all = 0;
            try (LuceneCorpusIndex idx = LuceneCorpusIndex.open(dir, ActIds::canonical)) {
                long wall = System.nanoTime();
                for (Path f : files) {
                    long t0 = mx.getCurrentThreadCpuTime();
                    long w0 = os.getProcessCpuTime();
                    ParseResult r = pipeline.ingester().ingest(f, new DocumentId(f.toString()));
                    // the parse runs on another thread: count the process's CPU time (GC and JIT included)
                    long t1 = mx.getCurrentThreadCpuTime();
                    ingest += os.getProcessCpuTime() - w0;
                    if (r instanceof ParseResult.Parsed p) {
                        Document d = p.document();
                        List<Fact> facts = pipeline.extractor().extract(d);
                        long t2 = mx.getCurrentThreadCpuTime();
                        extract += t2 - t1;
                        idx.put(d, facts);
                        index += mx.getCurrentThreadCpuTime() - t2;
                    }
                }
                long t = mx.getCurrentThreadCpuTime();
                idx.commit();
                index += mx.getCurrentThreadCpuTime() - t;
                all = System.nanoTime() - wall;
            }
            System.out.printf("pass %d: total %.2f s wall; ingest %.2f process-cpu-s, extract %.2f cpu-s, index+commit %.2f cpu-s%n",
                    pass, all / 1e9, ingest / 1e9, extract / 1e9, index / 1e9);
        }
    }
}
