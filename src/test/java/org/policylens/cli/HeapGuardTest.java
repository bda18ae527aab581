package org.policylens.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A file whose index block would not fit the heap fails alone, before Lucene's writer sees it: 16 MB of made-up words
 * (about 2 million distinct terms) in a 256 MB heap. Without the estimate the writer ran out of memory inside
 * Lucene, a tragic event that closed it, and the file beside it was lost too.
 */
class HeapGuardTest {
    @TempDir
    Path dir;

    @Test
    void aBlockTooLargeForTheHeapFailsItsFileAloneBeforeTheWriterSeesIt() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        writeMadeUpWords(docs.resolve("wide.txt"), 16_000_000);
        Files.writeString(docs.resolve("small.txt"), "Decree No. 5 of 12 May 2020 allots USD 140 million.");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "index", docs.toString(), "--index", dir.resolve("index").toString(),
                "--timeout", "600").redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(300, TimeUnit.SECONDS), output);
        assertEquals(3, child.exitValue(), output);
        assertTrue(output.contains("indexed 1, unchanged 0, removed 0, failed 1"), output);
        List<String> failures = output.lines().filter(l -> l.startsWith("policylens: failed:")).toList();
        assertEquals(1, failures.size(), output);
        assertTrue(failures.get(0).startsWith("policylens: failed: " + docs.resolve("wide.txt")
                + ": too large for the heap: ~"), output);
        assertTrue(failures.get(0).endsWith(" MB needed to index it, -Xmx256m: give Java more heap, e.g. "
                + "JAVA_OPTS=-Xmx2g"), output);
    }

    /** Sentences of fifteen made-up eight-letter words, nearly all of them distinct. */
    private static void writeMadeUpWords(Path file, int chars) throws IOException {
        Random random = new Random(2);
        String consonants = "bcdfghklmnprstvz";
        String vowels = "aeiou";
        StringBuilder text = new StringBuilder(chars + 16);
        for (int n = 1; text.length() < chars; n++) {
            for (int k = 0; k < 4; k++) {
                text.append(consonants.charAt(random.nextInt(consonants.length())))
                        .append(vowels.charAt(random.nextInt(vowels.length())));
            }
            text.append(n % 15 == 0 ? ". " : " ");
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
