package org.policylens.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParallelIngestTest {
    private static List<Path> paths(int n) {
        return IntStream.range(0, n).mapToObj(i -> Path.of("doc" + i + ".txt")).toList();
    }

    @Test
    void everyResultReachesTheSinkOnTheCallingThread() {
        List<Path> paths = paths(500);
        Thread caller = Thread.currentThread();
        Set<Thread> workers = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<String> results = new ArrayList<>();   // deliberately not thread-safe
        new ParallelIngest(4, 3).run(paths, p -> {
            workers.add(Thread.currentThread());
            return p.toString().toUpperCase();
        }, r -> {
            assertEquals(caller, Thread.currentThread());
            results.add(r);
        });
        assertEquals(500, results.size());
        assertEquals(500, new HashSet<>(results).size());
        assertTrue(results.contains("DOC499.TXT"));
        assertTrue(!workers.contains(caller));
    }

    @Test
    void eachWorkerHearsOfItsNextFileBeforeItWorksOnTheCurrentOne() {
        List<String> events = java.util.Collections.synchronizedList(new ArrayList<>());
        new ParallelIngest(1, 4).run(paths(3), p -> events.add("early " + p), p -> {
            events.add("task " + p);
            return p;
        }, r -> { }, null);
        // its first file too: a worker hints at every file it takes, in order (a parser process per worker relies on it)
        assertEquals(List.of("early doc0.txt", "early doc1.txt", "task doc0.txt", "early doc2.txt", "task doc1.txt",
                "task doc2.txt"), events);
    }

    @Test
    void aFailingHintLosesNothing() {
        List<Path> done = new ArrayList<>();
        new ParallelIngest(2, 4).run(paths(40), p -> {
            throw new IllegalStateException("hint failed");
        }, p -> p, done::add, null);
        assertEquals(40, new HashSet<>(done).size());
    }

    @Test
    void aBugInTheTaskStopsTheRunAndPropagates() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new ParallelIngest(2).run(paths(50),
                p -> {
                    if (p.toString().equals("doc7.txt")) {
                        throw new IllegalStateException("bug at " + p);
                    }
                    return p;
                }, r -> { }));
        assertEquals("bug at doc7.txt", e.getMessage());
    }

    @Test
    void progressCountsFilesAndStaysQuietWhenDisabled() {
        ByteArrayOutputStream quiet = new ByteArrayOutputStream();
        ProgressBar off = new ProgressBar(10, new PrintStream(quiet), false);
        new ParallelIngest(2).run(paths(10), p -> p, r -> { }, off);
        off.close();
        assertEquals(10, off.done());
        assertEquals("", quiet.toString(StandardCharsets.UTF_8));
        assertTrue(off.line().startsWith("10/10 files  0.0 MB"), off.line());

        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        ProgressBar on = new ProgressBar(2, new PrintStream(shown, true, StandardCharsets.UTF_8), true);
        on.advance(1_048_576);
        on.advance(1_048_576);
        on.close();
        String out = shown.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("2/2 files  2.0 MB"), out);
        assertTrue(out.endsWith(System.lineSeparator()), out);
    }
}
