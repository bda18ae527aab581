package org.policylens.pipeline;

import org.policylens.index.LuceneCorpusIndex;
import org.policylens.ingest.IngestLimits;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Test-only child process: indexes SOURCES into INDEX with one thread, committing every 2,000 documents or every
 * MILLIS ms, then prints {@code done}. Args: SOURCES INDEX MILLIS.
 */
public final class TimedCommitIndexMain {
    private TimedCommitIndexMain() {
    }

    public static void main(String[] args) throws Exception {
        CommitPolicy policy = new CommitPolicy(CommitPolicy.DEFAULT.documents(), Duration.ofMillis(Long.parseLong(args[2])));
        try (LuceneCorpusIndex index = LuceneCorpusIndex.open(Path.of(args[1]))) {
            new IndexJob(Pipeline.standard(IngestLimits.DEFAULTS, 1), index, policy).run(List.of(Path.of(args[0])), false);
        }
        System.out.println("done");
    }
}
