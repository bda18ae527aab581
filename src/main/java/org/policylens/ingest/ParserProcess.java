package org.policylens.ingest;

import org.policylens.model.ParseResult;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One {@link ParserChild} process and the requests it has been sent, answered in order. A reader thread takes its
 * messages as they come (so the child never blocks on a full pipe) and completes each request's {@link Pending}; when
 * the process ends, the request it was working on fails with the reason (read from its exit code and last words on
 * stderr), and the ones it had not begun are marked so, for the caller to send again elsewhere.
 */
final class ParserProcess {
    private static final int STDERR_TAIL = 4096;

    private final Process process;
    private final DataOutputStream requests;
    private final Deque<Pending> pending = new ArrayDeque<>();
    private final StringBuilder stderrTail = new StringBuilder();
    private final String heap;
    private long nextSeq;
    private volatile boolean dead;
    /** Completes when the child has set Tika up (or has died trying). */
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private volatile boolean wasReady;
    private Thread stderrReader;
    /** Why this side gave up on the process, when it did (a result too large for this JVM's heap). */
    private volatile String ownFailure;

    /** How a request ended: a result, or the process died (before or while working on it). */
    sealed interface Outcome permits Done, Died {
    }

    record Done(ParseResult result) implements Outcome {
    }

    /** {@code begun}: the process had started on this request, so the request is what killed it (or was killed). */
    record Died(String reason, boolean begun) implements Outcome {
    }

    /** One request: when the child began it ({@link System#nanoTime()}, 0 until then) and how it ended. */
    static final class Pending {
        final long seq;
        final Path file;
        final ParserProcess process;
        volatile long startedNanos;
        final CompletableFuture<Outcome> outcome = new CompletableFuture<>();

        private Pending(long seq, Path file, ParserProcess process) {
            this.seq = seq;
            this.file = file;
            this.process = process;
        }
    }

    private ParserProcess(Process process, String heap) {
        this.process = process;
        this.heap = heap;
        this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
    }

    /** Starts a child with this command line ({@code heap}: its -Xmx flag, for the out-of-memory message). */
    static ParserProcess start(List<String> command, String heap) throws IOException {
        ParserProcess p = new ParserProcess(new ProcessBuilder(command).start(), heap);
        p.stderrReader = daemon("parser-child-err", p::drainStderr);
        daemon("parser-child-out", p::readResults);
        return p;
    }

    private static Thread daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Waits until the child is ready for requests (or dead): a JVM and Tika take seconds to start. */
    void awaitReady() {
        try {
            ready.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause()); // only ever completed normally
        }
    }

    /**
     * Why the child ended before it was ever ready (a JVM option it refuses, a classpath it cannot read): its first
     * two lines on stderr; null for a child that started.
     */
    String startFailure() {
        if (wasReady || process.isAlive()) {
            return null;
        }
        try {
            stderrReader.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String err;
        synchronized (stderrTail) {
            err = stderrTail.toString();
        }
        String said = String.join(": ", err.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(2).toList());
        return said.isEmpty() ? "it exited with code " + process.exitValue() : said;
    }

    boolean alive() {
        return !dead && process.isAlive();
    }

    /** Sends a request; a process that cannot take it any more gives a request already marked as not begun. */
    synchronized Pending submit(Path file) {
        Pending p = new Pending(nextSeq++, file, this);
        if (dead) {
            p.outcome.complete(new Died("the parser process has ended", false));
            return p;
        }
        pending.addLast(p);
        try {
            ParseWire.writeRequest(requests, p.seq, file);
        } catch (IOException e) {
            kill(); // the reader marks the request not begun
        }
        return p;
    }

    /** Ends the process (and what it started, such as Tesseract) now; its requests complete as {@link Died}. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** Asks the process to finish (its input ends) and kills it if it does not within a second. */
    void close() {
        try {
            synchronized (this) {
                requests.close();
            }
            if (!process.waitFor(1, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (IOException e) {
            kill();
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
        }
    }

    private void readResults() {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16))) {
            for (int kind; (kind = in.read()) >= 0; ) {
                if (kind == ParseWire.READY) {
                    wasReady = true;
                    ready.complete(null);
                    continue;
                }
                long seq = in.readLong();
                Pending p = head(seq);
                if (kind == ParseWire.STARTED) {
                    p.startedNanos = System.nanoTime();
                } else if (kind == ParseWire.RESULT) {
                    ParseResult result = ParseWire.readResult(in, p.file);
                    synchronized (this) {
                        pending.removeFirst();
                    }
                    p.outcome.complete(new Done(result));
                } else {
                    throw new IOException("unexpected message " + kind);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a broken message is treated as the process's end: it is killed below
        } catch (OutOfMemoryError e) {
            ownFailure = org.policylens.budget.Watchdog.outOfMemory(); // a result too large for this JVM's heap
        }
        died();
    }

    private synchronized Pending head(long seq) throws IOException {
        Pending p = pending.peekFirst();
        if (p == null || p.seq != seq) {
            throw new IOException("answer " + seq + " out of order");
        }
        return p;
    }

    private void died() {
        kill();
        String reason;
        try {
            process.waitFor(5, TimeUnit.SECONDS);
            stderrReader.join(1000); // its last words
            reason = ownFailure != null ? ownFailure : reason();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reason = "the parser process died";
        }
        ready.complete(null);
        synchronized (this) {
            dead = true;
            for (Pending p : pending) {
                p.outcome.complete(new Died(reason, p.startedNanos != 0));
            }
            pending.clear();
        }
    }

    /** Why the process ended, in one line. */
    private String reason() {
        String err;
        synchronized (stderrTail) {
            err = stderrTail.toString();
        }
        if (err.contains("OutOfMemoryError")) {
            return "out of memory while parsing (file is too large for the parser's " + heap
                    + ": give it more heap, e.g. PARSER_JAVA_OPTS=-Xmx2g)";
        }
        int code = process.isAlive() ? -1 : process.exitValue();
        if (code > 128) {
            return "the parser crashed (its process was killed by signal " + (code - 128) + ")";
        }
        return "the parser crashed (its process exited with code " + code + ")";
    }

    private void drainStderr() {
        byte[] buffer = new byte[4096];
        try (InputStream err = process.getErrorStream()) {
            for (int n; (n = err.read(buffer)) >= 0; ) {
                synchronized (stderrTail) {
                    stderrTail.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    if (stderrTail.length() > STDERR_TAIL) {
                        stderrTail.delete(0, stderrTail.length() - STDERR_TAIL);
                    }
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
    }
}
