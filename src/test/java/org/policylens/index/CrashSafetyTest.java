package org.policylens.index;

import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A writer killed with SIGKILL mid-run leaves the last commit intact; a second run finishes the job. */
class CrashSafetyTest {
    private static final int TOTAL = 3000;
    private static final int EVERY = 250;

    @TempDir
    Path dir;

    private Process child() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CrashIndexerMain.class.getName(), dir.toString(), Integer.toString(TOTAL), Integer.toString(EVERY))
                .redirectErrorStream(true).start();
    }

    @Test
    void killedWriterLeavesAConsistentIndexAndARerunCompletesIt() throws Exception {
        Process first = child();
        int commits = 0;
        String last = "";
        try (BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (commits < 2 && (line = out.readLine()) != null) {
                last = line;
                if (line.startsWith("committed")) {
                    commits++;
                }
            }
            first.destroyForcibly(); // SIGKILL: no shutdown hooks, no IndexWriter.close
            first.waitFor(30, TimeUnit.SECONDS);
        }
        assertEquals(2, commits, "child stopped early: " + last);

        try (Directory d = FSDirectory.open(dir); CheckIndex check = new CheckIndex(d)) {
            assertTrue(check.checkIndex().clean, "CheckIndex found problems after the kill");
        }
        BlockAudit afterKill = BlockAudit.of(dir);
        assertTrue(afterKill.documents() >= 2 * EVERY, "documents after kill: " + afterKill.documents());
        assertEquals(0, afterKill.documents() % EVERY, "a reader sees exactly a committed state");
        assertEquals(0, afterKill.duplicateDocuments());
        assertEquals(List.of(), List.copyOf(afterKill.incomplete()));
        assertEquals(List.of(), List.copyOf(afterKill.orphans()));
        try (LuceneCorpusIndex reopened = LuceneCorpusIndex.open(dir)) {
            assertEquals(afterKill.documents(), reopened.indexedHashes().size());
        }

        Process second = child();
        String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(second.waitFor(300, TimeUnit.SECONDS), "second run did not finish");
        assertEquals(0, second.exitValue(), output);
        assertTrue(output.contains("done " + (TOTAL - afterKill.documents())), output);

        BlockAudit done = BlockAudit.of(dir);
        assertEquals(TOTAL, done.documents());
        assertEquals(0, done.duplicateDocuments());
        assertEquals(TOTAL * SyntheticDocs.PASSAGES_PER_DOC, done.passages());
        assertEquals(TOTAL * SyntheticDocs.FACTS_PER_DOC, done.facts());
        assertTrue(done.incomplete().isEmpty() && done.orphans().isEmpty());
        try (Directory d = FSDirectory.open(dir); CheckIndex check = new CheckIndex(d)) {
            assertTrue(check.checkIndex().clean);
        }
    }
}
