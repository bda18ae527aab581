package org.policylens.cli;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.index.IndexSchema;
import org.policylens.index.LuceneCorpusIndex;
import org.policylens.model.DocumentId;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policylens.cli.CliTest.run;

/** --rebuild and every other step that deletes touch only an index policylens made, under its write lock. */
class DestructiveStepsTest {
    @TempDir
    Path dir;

    private Path sources() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), "Presidential Decree No. PF-6079 was adopted on October 5, 2020.");
        Files.writeString(Files.createDirectories(docs.resolve("sub")).resolve("b.txt"), "In 2025, 161,295 users registered.");
        Files.writeString(docs.resolve("_0.txt"), "A file whose name looks like a Lucene segment file.");
        return docs;
    }

    /** Every file under the directory with its content, to prove nothing changed. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    private static Set<String> ids(Path index) {
        try (LuceneCorpusIndex i = LuceneCorpusIndex.openReadOnly(index)) {
            return new java.util.TreeSet<>(i.indexedHashes().keySet().stream().map(DocumentId::value).toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void rebuildingTheSourceFolderIsRefusedAndLosesNothing() throws IOException {
        Path docs = sources();
        Map<String, String> before = snapshot(docs);
        for (List<String> extra : List.of(List.of("--rebuild"), List.<String>of())) {
            List<String> args = new java.util.ArrayList<>(List.of("index", docs.toString(), "--index", docs.toString()));
            args.addAll(extra);
            CliTest.Run r = run(args.toArray(String[]::new));
            assertEquals(2, r.code(), r.out() + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains("not a policylens index (it holds files policylens did not write"), r.err());
            assertEquals(before, snapshot(docs));
        }
    }

    @Test
    void aFolderOfOtherFilesIsNeverUsedAsAnIndex() throws IOException {
        Path docs = sources();
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("notes.md"), "mine");
        Files.writeString(Files.createDirectories(other.resolve("deep")).resolve("_1.si"), "also mine");
        Map<String, String> before = snapshot(other);
        CliTest.Run r = run("index", docs.toString(), "--index", other.toString(), "--rebuild");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("policylens: refusing to rebuild " + other + ": not a policylens index"), r.err());
        assertEquals(before, snapshot(other));
    }

    @Test
    void anotherProgramsLuceneIndexIsRefused() throws IOException {
        Path docs = sources();
        Path foreign = dir.resolve("foreign");
        try (Directory d = FSDirectory.open(foreign); IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            w.addDocument(new org.apache.lucene.document.Document());
            w.commit();
        }
        Map<String, String> before = snapshot(foreign);
        CliTest.Run r = run("index", docs.toString(), "--index", foreign.toString(), "--rebuild");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("no policylens schema marker"), r.err());
        assertEquals(before.keySet(), snapshot(foreign).keySet());
    }

    @Test
    void rebuildReplacesAPolicylensIndexAndKeepsTheShippedPlaceholder() throws IOException {
        Path docs = sources();
        Path index = Files.createDirectories(dir.resolve("index"));
        Files.writeString(index.resolve(".gitkeep"), "");
        assertEquals(0, run("index", docs.resolve("sub").toString(), "--index", index.toString()).code());
        assertEquals(Set.of(docs.resolve("sub").resolve("b.txt").toString()), ids(index));

        CliTest.Run r = run("index", docs.resolve("a.txt").toString(), "--index", index.toString(), "--rebuild");
        assertEquals(0, r.code(), r.err());
        assertEquals(Set.of(docs.resolve("a.txt").toString()), ids(index));
        assertTrue(Files.exists(index.resolve(".gitkeep")));
        assertEquals(Map.of("a.txt", Files.readString(docs.resolve("a.txt"))), Map.of("a.txt", snapshot(docs).get("a.txt")));
        assertEquals(3, snapshot(docs).size(), "sources untouched");
    }

    @Test
    void rebuildWaitsForNoOneAndDeletesNothingWhileAnotherProcessWrites() throws IOException {
        Path docs = sources();
        Path index = dir.resolve("index");
        assertEquals(0, run("index", docs.resolve("sub").toString(), "--index", index.toString()).code());
        try (LuceneCorpusIndex writer = LuceneCorpusIndex.open(index)) {
            Map<String, String> before = snapshot(index);
            for (List<String> extra : List.of(List.of("--rebuild"), List.<String>of())) {
                List<String> args = new java.util.ArrayList<>(List.of("index", docs.toString(), "--index", index.toString()));
                args.addAll(extra);
                CliTest.Run r = run(args.toArray(String[]::new));
                assertEquals(2, r.code(), r.err());
                assertTrue(r.err().contains("the index is being written by another process"), r.err());
                assertEquals(before.keySet(), snapshot(index).keySet());
            }
            writer.commit(); // the writer goes on undisturbed
            assertEquals(1, writer.indexedHashes().size());
        }
    }

    @Test
    void anIncompatibleIndexIsAUsageErrorAndRebuildFixesIt() throws IOException {
        Path docs = sources();
        Path index = dir.resolve("old");
        try (Directory d = FSDirectory.open(index); IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            w.setLiveCommitData(Map.of(IndexSchema.VERSION_KEY, "0").entrySet());
            w.commit();
        }
        CliTest.Run refused = run("index", docs.toString(), "--index", index.toString());
        assertEquals(2, refused.code(), refused.err());
        assertTrue(refused.err().contains("rebuild it with `index --rebuild`"), refused.err());
        CliTest.Run rebuilt = run("index", docs.toString(), "--index", index.toString(), "--rebuild");
        assertEquals(0, rebuilt.code(), rebuilt.err());
        assertEquals(3, ids(index).size());
    }

    @Test
    void documentsUnderAFolderThatCannotBeReadAreKept() throws IOException {
        Path docs = sources();
        Path index = dir.resolve("index");
        assertEquals(0, run("index", docs.toString(), "--index", index.toString()).code());
        assertEquals(3, ids(index).size());
        // the folder goes away behind a link whose target is missing (an unmounted disk): unreadable, not deleted
        Path moved = Files.move(docs.resolve("sub"), dir.resolve("sub-elsewhere"));
        Files.createSymbolicLink(docs.resolve("sub"), dir.resolve("unmounted"));
        CliTest.Run r = run("index", docs.toString(), "--index", index.toString());
        assertEquals(3, r.code(), r.err());
        assertTrue(r.out().contains("removed 0, failed 1"), r.out());
        assertEquals(3, ids(index).size());

        Files.delete(docs.resolve("sub"));
        Files.delete(moved.resolve("b.txt"));
        CliTest.Run gone = run("index", docs.toString(), "--index", index.toString());
        assertEquals(0, gone.code(), gone.err());
        assertTrue(gone.out().contains("removed 1, failed 0"), gone.out());
    }

    @Test
    void anIndexInsideTheSourcesIsNeitherReadNorCostsASource() throws IOException {
        Path docs = sources();
        Path index = docs.resolve("search-index");
        Map<String, String> before = snapshot(docs);
        CliTest.Run first = run("index", docs.toString(), "--index", index.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().startsWith("indexed 3, unchanged 0, removed 0, failed 0"), first.out());
        CliTest.Run again = run("index", docs.toString(), "--index", index.toString(), "--rebuild");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().startsWith("indexed 3, unchanged 0, removed 0, failed 0"), again.out());
        assertEquals(3, ids(index).size());
        Map<String, String> after = snapshot(docs);
        after.keySet().removeIf(name -> name.startsWith("search-index"));
        assertEquals(before, after);
    }
}
