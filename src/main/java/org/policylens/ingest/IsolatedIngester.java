package org.policylens.ingest;

import org.policylens.budget.Budget;
import org.policylens.budget.BudgetExceeded;
import org.policylens.budget.Watchdog;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.ParseResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads files with {@link TikaIngester} in separate Java processes ({@link ParserChild}), as Tika's authors advise for
 * untrusted files: a parser that runs out of memory, never ends or crashes the JVM natively costs its file (a
 * one-line reason) and a restarted process, never the run. Each process has its own heap (the command's -Xmx, or
 * {@code PARSER_JAVA_OPTS}), and one over its time limit is killed, not abandoned: a runaway parser stops using the
 * CPU.
 *
 * <p>The whole of {@link TikaIngester} runs in the child (format detection with the magic skip, the text and OCR
 * passes, PDF page furniture, language, document type), so a document read here is the one read in-process. Tika's
 * own {@code ForkParser} was not used: it proxies the input stream and every SAX event between the processes and
 * needs a serializable parse context, while our parse configures the context with parsers and handlers per file and
 * decides an OCR pass from the first pass's text.
 *
 * <p>A worker that hints at its next file ({@link #startEarly}) gets a process of its own, which parses the next file
 * while the worker extracts and indexes the current one; other callers take any idle process. The time limit of a
 * file counts from when its process begins it; a {@link Budget} of the calling thread bounds the wait as well.
 */
public final class IsolatedIngester implements DocumentIngester, AutoCloseable {
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    /** Environment variable with JVM options for the parser processes, after ours (so its -Xmx wins). */
    public static final String PARSER_JAVA_OPTS = "PARSER_JAVA_OPTS";

    private final IngestLimits limits;
    private final List<String> command;
    private final String heap;
    /** The process of the worker thread that hints, while it has hinted files not yet ingested. */
    private final ThreadLocal<ParserProcess> own = new ThreadLocal<>();
    /** Per process owned by a hinting worker: the worker, and how many of its hints {@link #ingest} has not taken. */
    private final Map<ParserProcess, Hints> owned = new ConcurrentHashMap<>();
    private final Map<Path, ParserProcess.Pending> hinted = new ConcurrentHashMap<>();
    private final Deque<ParserProcess> idle = new ConcurrentLinkedDeque<>();
    private final Set<ParserProcess> all = ConcurrentHashMap.newKeySet();
    private final Thread shutdownHook = new Thread(this::killAll, "parser-children-shutdown");

    public IsolatedIngester(IngestLimits limits, OcrOptions ocr) {
        this(limits, ocr, List.of());
    }

    /** For tests: JVM options for the children after all others (a small -Xmx, a hostile test parser). */
    IsolatedIngester(IngestLimits limits, OcrOptions ocr, List<String> childJvmOptions) {
        this.limits = limits;
        List<String> jvm = new ArrayList<>(List.of("-Xss4m", "-XX:+UseParallelGC", "-XX:+ExitOnOutOfMemoryError",
                "-XX:+DisplayVMOutputToStderr", // its last words on out-of-memory, off the message stream
                "-XX:ErrorFile=" + Path.of(System.getProperty("java.io.tmpdir"), "policylens-parser-crash-%p.log"),
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", Watchdog.heapFlag()));
        String env = System.getenv(PARSER_JAVA_OPTS);
        if (env != null && !env.isBlank()) {
            jvm.addAll(List.of(env.trim().split("\\s+")));
        }
        jvm.addAll(childJvmOptions);
        this.heap = jvm.stream().filter(o -> o.startsWith("-Xmx")).reduce((a, b) -> b).orElseThrow();
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ParserChild.class.getName(),
                Integer.toString(limits.writeLimit()),
                // a backstop only: this side kills a child whose file is over its limit
                Long.toString(limits.timeout().plusSeconds(30).toMillis()),
                ocr.mode().name(), ocr.language().orElse("-"), Long.toString(ocr.pageTimeout().toMillis())));
        this.command = List.copyOf(cmd);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    public IngestLimits limits() {
        return limits;
    }

    @Override
    public void startEarly(Path file) {
        ParserProcess mine = own.get();
        synchronized (this) {
            Hints hints = mine == null ? null : owned.get(mine);
            if (hints == null || hints.worker != Thread.currentThread() || !mine.alive()) {
                mine = take();
                own.set(mine);
                owned.put(mine, new Hints(Thread.currentThread(), 0));
            }
            owned.computeIfPresent(mine, (k, h) -> new Hints(h.worker, h.open + 1));
        }
        ParserProcess.Pending old = hinted.put(file, mine.submit(file));
        if (old != null) {
            claimed(old);
        }
    }

    @Override
    public ParseResult ingest(Path file, DocumentId id) {
        ParserProcess.Pending p = hinted.remove(file);
        if (p != null) {
            dropEarlierHints(p);
        }
        while (true) {
            boolean pooled = p == null;
            if (pooled) {
                p = take().submit(file);
            }
            ParserProcess.Outcome outcome;
            try {
                outcome = await(p);
            } finally {
                if (pooled) {
                    release(p.process);
                } else {
                    claimed(p);
                }
            }
            if (outcome instanceof ParserProcess.Done done) {
                return relabel(done.result(), file, id);
            }
            ParserProcess.Died died = (ParserProcess.Died) outcome;
            if (died.begun()) {
                return new ParseResult.Failed(file, died.reason());
            }
            p = null; // its process ended before it began this file: another one reads it
        }
    }

    /** A worker's process: hinted requests not yet taken. */
    private record Hints(Thread worker, int open) {
    }

    /** The outcome of a request, or a failure once the file's time is up (its process is then killed). */
    private ParserProcess.Outcome await(ParserProcess.Pending p) {
        Budget budget = Budget.current();
        long timeout = limits.timeout().toNanos();
        try {
            while (true) {
                long left = budget != null ? budget.remainingNanos() : Long.MAX_VALUE;
                long started = p.startedNanos;
                if (started != 0) {
                    left = Math.min(left, started + timeout - System.nanoTime());
                }
                if (left <= 0) {
                    p.process.kill();
                    if (budget != null && budget.isSpent()) {
                        throw new BudgetExceeded(budget.reason());
                    }
                    return new ParserProcess.Died("processing exceeded " + seconds() + " s", true);
                }
                try {
                    return p.outcome.get(Math.min(left, POLL_NANOS), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // look at the clocks again
                }
            }
        } catch (InterruptedException e) {
            p.process.kill();
            Thread.currentThread().interrupt();
            return new ParserProcess.Died("interrupted", true);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause()); // outcomes are only ever completed normally
        }
    }

    /** The child names the document after itself: here it takes the caller's path object and id. */
    private static ParseResult relabel(ParseResult result, Path file, DocumentId id) {
        if (result instanceof ParseResult.Parsed parsed) {
            Document d = parsed.document();
            return new ParseResult.Parsed(file, new Document(id, file, d.mediaType(), d.language(), d.text(),
                    d.paragraphs(), d.pages(), d.metadata()));
        }
        return new ParseResult.Failed(file, ((ParseResult.Failed) result).reason());
    }

    /** Hints of the same process before this one were never ingested (their worker moved on): their results go. */
    private void dropEarlierHints(ParserProcess.Pending p) {
        hinted.entrySet().removeIf(e -> {
            boolean earlier = e.getValue().process == p.process && e.getValue().seq < p.seq;
            if (earlier) {
                claimed(e.getValue());
            }
            return earlier;
        });
    }

    /** One hinted request of a process is settled; a process with none left goes back to the idle ones. */
    private void claimed(ParserProcess.Pending p) {
        boolean free;
        synchronized (this) {
            Hints left = owned.computeIfPresent(p.process, (k, h) -> new Hints(h.worker, h.open - 1));
            free = left != null && left.open <= 0;
            if (free) {
                owned.remove(p.process);
            }
        }
        if (free) {
            release(p.process);
        }
    }

    /**
     * An idle live process, else a new one, once it is ready. A spare is then started if none is idle, so that the
     * next caller (a worker whose process died, or a file sent again after a crash) does not wait seconds for a JVM
     * and Tika to start: that wait would count against its file's budget.
     */
    private ParserProcess take() {
        ParserProcess p;
        do {
            p = idle.poll();
            if (p != null && !p.alive()) {
                all.remove(p);
                p = null;
                continue;
            }
            if (p == null) {
                p = launch();
            }
        } while (p == null);
        p.awaitReady();
        String failure = p.startFailure();
        if (failure != null) { // a configuration every new process would fail with: the run cannot go on
            all.remove(p);
            throw new IllegalStateException("cannot start a parser process: " + failure);
        }
        if (idle.isEmpty()) {
            idle.addLast(launch());
        }
        return p;
    }

    private ParserProcess launch() {
        try {
            ParserProcess p = ParserProcess.start(command, heap);
            all.add(p);
            return p;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a parser process (" + command.get(0) + "): "
                    + e.getMessage(), e);
        }
    }

    private void release(ParserProcess p) {
        if (p == null) {
            return;
        }
        if (p.alive()) {
            idle.push(p);
        } else {
            all.remove(p);
        }
    }

    /** How many parser processes are running (for tests). */
    int processes() {
        all.removeIf(p -> !p.alive());
        return all.size();
    }

    private long seconds() {
        return Math.max(1, (limits.timeout().toMillis() + 500) / 1000);
    }

    /** Ends every parser process. */
    @Override
    public void close() {
        killAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // already shutting down
        }
    }

    private void killAll() {
        all.forEach(ParserProcess::close);
        all.clear();
        idle.clear();
    }
}
