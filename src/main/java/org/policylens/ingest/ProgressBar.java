package org.policylens.ingest;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress display (files done/total, megabytes, files per second, time left, and pages read by OCR
 * once there are any) redrawn on stderr, also while a long scan is read page by page. It only draws on an interactive console, so logs and pipes stay clean.
 * Thread-safe; redraws at most a few times per second.
 */
public final class ProgressBar implements AutoCloseable {
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream out;
    private final boolean enabled;
    private final int total;
    private final long started = System.nanoTime();
    private final long ocrPagesAtStart = OcrEngine.pagesRead();
    private int done;
    private long bytes;
    private long lastDraw;
    private int lastWidth;

    /** Draws on {@code System.err} only when {@code System.console() != null}. */
    public static ProgressBar forConsole(int total) {
        return new ProgressBar(total, System.err, System.console() != null);
    }

    public ProgressBar(int total, PrintStream out, boolean enabled) {
        this.total = total;
        this.out = out;
        this.enabled = enabled;
        if (enabled) {
            OcrEngine.onPageRead(this::pageRead);
        }
    }

    private synchronized void pageRead() {
        long now = System.nanoTime();
        if (now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            draw(now);
        }
    }

    /** Records one finished file of {@code fileBytes} bytes. */
    public synchronized void advance(long fileBytes) {
        done++;
        bytes += fileBytes;
        long now = System.nanoTime();
        if (enabled && (now - lastDraw >= REDRAW_NANOS || done == total)) {
            lastDraw = now;
            draw(now);
        }
    }

    public synchronized int done() {
        return done;
    }

    /** The text of the progress line, e.g. {@code 120/1939 files  4.2 MB  35.1 files/s  ETA 0:52}. */
    public synchronized String line() {
        return render(System.nanoTime());
    }

    private String render(long now) {
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        double rate = done / seconds;
        String eta = rate > 0 && done < total ? clock((long) ((total - done) / rate)) : "-";
        long ocrPages = OcrEngine.pagesRead() - ocrPagesAtStart;
        return String.format(Locale.ROOT, "%d/%d files  %.1f MB  %.1f files/s  ETA %s", done, total,
                bytes / 1_048_576.0, rate, eta) + (ocrPages > 0 ? "  OCR " + ocrPages + " pages" : "");
    }

    private void draw(long now) {
        String line = render(now);
        int pad = Math.max(0, lastWidth - line.length());
        out.print("\r" + line + " ".repeat(pad));
        out.flush();
        lastWidth = line.length();
    }

    private static String clock(long seconds) {
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    /** Ends the line so later output starts on a fresh one. */
    @Override
    public synchronized void close() {
        if (enabled) {
            OcrEngine.onPageRead(null);
        }
        if (enabled && lastWidth > 0) {
            out.println();
            out.flush();
        }
    }
}
