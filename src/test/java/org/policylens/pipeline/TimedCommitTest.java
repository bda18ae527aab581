package org.policylens.pipeline;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.index.LuceneCorpusIndex;
import org.policylens.ingest.IngestLimits;
import org.policylens.model.IngestOutcome;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A first build killed before its 2,000th document keeps what the timed commits wrote: with commits by count
 * alone it kept nothing.
 */
class TimedCommitTest {
    private static final int FILES = 1500;

    @TempDir
    Path dir;

    @Test
    void aKilledFirstBuildKeepsItsTimedCommits() throws Exception {
        Path sources = Files.createDirectories(dir.resolve("sources"));
        for (int i = 0; i < FILES; i++) {
            Files.writeString(sources.resolve(String.format("doc-%04d.txt", i)), "Resolution No. PQ-" + (100 + i)
                    + " of March 3, 2021 allocates " + i + " million soums to the regional programme.\n\n"
                    + "The ministry reports on its progress by 2025.".repeat(20));
        }
        Path index = dir.resolve("index");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                TimedCommitIndexMain.class.getName(), sources.toString(), index.toString(), "300")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        int committed = 0;
        while (committed == 0 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            committed = committedDocuments(index);
        }
        boolean killedMidRun = child.isAlive();
        child.destroyForcibly(); // SIGKILL: no IndexWriter.close, no commit on close
        child.waitFor(30, TimeUnit.SECONDS);
        assertTrue(killedMidRun, "the run ended before any timed commit: " + Files.readString(dir.resolve("child.log")));
        assertTrue(committed > 0);

        int kept;
        try (LuceneCorpusIndex reopened = LuceneCorpusIndex.openReadOnly(index)) {
            kept = reopened.indexedHashes().size();
        }
        assertTrue(kept >= committed && kept < FILES, "kept " + kept + " of " + FILES);
        try (LuceneCorpusIndex writer = LuceneCorpusIndex.open(index)) {
            List<IngestOutcome> outcomes = new IndexJob(Pipeline.standard(IngestLimits.DEFAULTS, 1), writer,
                    CommitPolicy.DEFAULT).run(List.of(sources), false);
            assertEquals(kept, outcomes.stream().filter(o -> o instanceof IngestOutcome.Unchanged).count());
            assertEquals(FILES - kept, outcomes.stream().filter(o -> o instanceof IngestOutcome.Indexed).count());
        }
    }

    /** Documents in the last commit (each document is several Lucene entries: count the ids). */
    private static int committedDocuments(Path index) throws IOException {
        if (!Files.isDirectory(index)) {
            return 0;
        }
        try (Directory d = FSDirectory.open(index)) {
            if (!DirectoryReader.indexExists(d) || SegmentInfos.readLatestCommit(d).totalMaxDoc() == 0) {
                return 0;
            }
        } catch (IOException e) {
            return 0; // a commit being written
        }
        try (LuceneCorpusIndex reader = LuceneCorpusIndex.openReadOnly(index)) {
            return reader.indexedHashes().size();
        }
    }
}
