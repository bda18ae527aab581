package org.policylens.ingest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.ParseResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Parsing in separate processes: a parser that crashes its JVM, exits, runs out of heap, sleeps or spins forever
 * costs its file (one line) and a restarted process; the files around it are read as they are in-process.
 */
class IsolatedIngesterTest {
    /** Generous for a good file on a loaded machine; the sleeping and spinning parsers take all of it. */
    private static final Duration TIMEOUT = Duration.ofSeconds(8);
    private static final IsolatedIngester HOSTILE = new IsolatedIngester(IngestLimits.DEFAULTS.withTimeout(TIMEOUT),
            OcrOptions.DEFAULTS, List.of("-Xmx256m", "-D" + ParserChild.TEST_PARSER + "=" + HostileParser.class.getName()));

    @TempDir
    Path dir;

    @AfterAll
    static void close() {
        HOSTILE.close();
    }

    @Test
    void eachWayAParserCanDieCostsItsFileAlone() throws IOException {
        String[][] cases = {
                {"halt.txt", "the parser crashed (its process was killed by signal 6)"},
                {"exit.txt", "the parser crashed (its process exited with code 7)"},
                {"hog.txt", "out of memory while parsing (file is too large for the parser's -Xmx256m: give it more "
                        + "heap, e.g. PARSER_JAVA_OPTS=-Xmx2g)"},
                {"sleep.txt", "processing exceeded 8 s"},
                {"spin.txt", "processing exceeded 8 s"},
        };
        for (String[] c : cases) {
            Path before = write("before-" + c[0], "Decree No. 5 of 12 May 2020.");
            Path hostile = write(c[0], "whatever");
            Path after = write("after-" + c[0], "Resolution No. 7 of 1 June 2021.");
            assertEquals("Decree No. 5 of 12 May 2020.", text(before));
            long start = System.nanoTime();
            ParseResult failed = HOSTILE.ingest(hostile, new DocumentId(c[0]));
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertEquals(c[1], assertInstanceOf(ParseResult.Failed.class, failed).reason(), c[0]);
            assertTrue(seconds <= TIMEOUT.toSeconds() + 2, c[0] + " took " + seconds + " s");
            assertEquals("Resolution No. 7 of 1 June 2021.", text(after), "the file after " + c[0]);
        }
        assertTrue(HOSTILE.processes() <= 2, "the one at work and a spare: each dead or killed one was replaced, "
                + HOSTILE.processes() + " running");
    }

    @Test
    void hintedFilesAreReadInTheirOwnProcessAndADeathCostsOnlyTheFileItWasOn() throws IOException {
        Path a = write("a.txt", "First text.");
        Path halt = write("halt-2.txt", "x");
        Path b = write("b.txt", "Second text.");
        HOSTILE.startEarly(a);
        HOSTILE.startEarly(halt);
        HOSTILE.startEarly(b); // queued behind the crash: read again by a new process
        assertEquals("First text.", text(a));
        assertTrue(HOSTILE.ingest(halt, new DocumentId("halt")) instanceof ParseResult.Failed);
        assertEquals("Second text.", text(b));
    }

    @Test
    void anIndexRunOnTwoWorkersLosesOnlyTheHostileFiles() throws IOException {
        Path docs = java.nio.file.Files.createDirectories(dir.resolve("docs"));
        for (int i = 0; i < 8; i++) {
            write("docs/decree-" + i + ".txt", "Decree No. " + (100 + i) + " of 12 May 2020 allots USD " + i
                    + " million.");
        }
        write("docs/halt-run.txt", "x");
        write("docs/hog-run.txt", "x");
        write("docs/spin-run.txt", "x");
        org.policylens.pipeline.Pipeline pipeline = new org.policylens.pipeline.Pipeline(HOSTILE,
                org.policylens.extract.StandardExtractors.create(), 2, TIMEOUT);
        List<org.policylens.model.IngestOutcome> outcomes;
        try (org.policylens.index.LuceneCorpusIndex index = org.policylens.index.LuceneCorpusIndex.open(
                dir.resolve("index"))) {
            outcomes = new org.policylens.pipeline.IndexJob(pipeline, index, 1000).run(List.of(docs), false);
            assertEquals(8, index.indexedHashes().size(), outcomes::toString);
        }
        java.util.Map<String, String> failed = new java.util.TreeMap<>();
        outcomes.stream().filter(o -> o instanceof org.policylens.model.IngestOutcome.Failed)
                .forEach(o -> failed.put(Path.of(o.path()).getFileName().toString(),
                        ((org.policylens.model.IngestOutcome.Failed) o).reason()));
        assertEquals(java.util.Set.of("halt-run.txt", "hog-run.txt", "spin-run.txt"), failed.keySet(), failed::toString);
        assertTrue(failed.get("spin-run.txt").equals("processing exceeded 8 s"), failed::toString);
        assertTrue(failed.get("hog-run.txt").startsWith("out of memory while parsing"), failed::toString);
        assertTrue(failed.get("halt-run.txt").startsWith("the parser crashed"), failed::toString);
    }

    @Test
    void aDocumentReadInAProcessEqualsTheOneReadHere() throws IOException {
        Path file = write("ünïcode \u0001 name.md", "# Title\n\nDecree No. PF-6079 of October 5, 2020 set 120 "
                + "targets for 2030 \uD83D\uDE00 end.\n\nSecond paragraph, Шавкат Мирзиёев.\n");
        try (IsolatedIngester isolated = new IsolatedIngester(IngestLimits.DEFAULTS, OcrOptions.DEFAULTS)) {
            DocumentId id = new DocumentId("the id");
            Document here = assertInstanceOf(ParseResult.Parsed.class, new TikaIngester().ingest(file, id)).document();
            Document there = assertInstanceOf(ParseResult.Parsed.class, isolated.ingest(file, id)).document();
            assertEquals(here, there);
            assertTrue(there.source() == file, "the caller's path object");
        }
    }

    @Test
    void aParserProcessThatCannotStartIsOneClearErrorNotAnEndlessRestart() throws IOException {
        Path file = write("plain.txt", "Some text.");
        try (IsolatedIngester broken = new IsolatedIngester(IngestLimits.DEFAULTS, OcrOptions.DEFAULTS,
                List.of("-XX:+UseSerialGC"))) { // conflicts with our -XX:+UseParallelGC: the JVM refuses to start
            IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> broken.ingest(file, new DocumentId("plain.txt")));
            assertTrue(e.getMessage().startsWith("cannot start a parser process: Error occurred during initialization of VM: "),
                    e.getMessage());
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String text(Path file) {
        ParseResult r = HOSTILE.ingest(file, new DocumentId(file.getFileName().toString()));
        return assertInstanceOf(ParseResult.Parsed.class, r, () -> r.toString()).document().text().strip();
    }
}
