package org.policylens.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.model.ParseResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FileWalkerTest {
    @TempDir
    Path dir;

    private Path file(String rel) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, rel);
        return p;
    }

    @Test
    void walksRecursivelySkippingHiddenAndIndexDedupingAndReportingBadLinks() throws IOException {
        Path a = file("b/a.txt");
        Path z = file("a/z.txt");
        file("a/.hidden.txt");
        file(".git/config");
        file("index/segments_1");
        file("a/index/x.txt");
        Path space = file("c d/закон 1.txt");
        Files.createSymbolicLink(dir.resolve("b/link-to-a.txt"), a);
        Files.createSymbolicLink(dir.resolve("b/broken.txt"), dir.resolve("nowhere.txt"));
        Files.createSymbolicLink(dir.resolve("loop1"), dir.resolve("loop2"));
        Files.createSymbolicLink(dir.resolve("loop2"), dir.resolve("loop1"));
        Files.createSymbolicLink(dir.resolve("a/up"), dir.resolve("a"));   // directory cycle

        WalkResult r = new FileWalker().walk(List.of(dir, a, z));

        assertEquals(List.of(z, a, space), r.files());
        Map<String, String> failures = r.failures().stream().collect(Collectors.toMap(
                f -> dir.relativize(f.path()).toString(), ParseResult.Failed::reason));
        assertEquals(Map.of("b/broken.txt", "broken symbolic link", "loop1", "symbolic link loop",
                "loop2", "symbolic link loop", "a/up", "symbolic link loop"), failures);
    }

    @Test
    void explicitHiddenFileIsTakenAndMissingArgumentFails() throws IOException {
        Path hidden = file(".notes.txt");
        WalkResult r = new FileWalker().walk(List.of(hidden, dir.resolve("missing.txt")));
        assertEquals(List.of(hidden), r.files());
        assertEquals("no such file", r.failures().get(0).reason());
    }
}
