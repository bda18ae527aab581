package org.policylens.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Baseline (a): Tika parse only — {@link AutoDetectParser} into a {@link BodyContentHandler} without a
 * write limit, every file once, on a fixed pool of all cores. The floor under any Tika-based system.
 */
public final class TikaParseBaseline {

    public static final String SYSTEM = "tika-parse";
    private final AutoDetectParser parser = new AutoDetectParser();

    /** The extracted text of one file; throws what Tika throws. */
    String text(Path file) throws Exception {
        BodyContentHandler handler = new BodyContentHandler(-1);
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, handler, new Metadata(), new ParseContext());
        }
        return handler.toString();
    }

    public StageRun run(List<Path> files, long inputBytes, int threads) throws InterruptedException {
        MemoryMonitor monitor = MemoryMonitor.start();
        long start = System.nanoTime();
        ParallelFiles.Totals totals = ParallelFiles.run(files, threads, file -> text(file).length());
        double seconds = (System.nanoTime() - start) / 1e9;
        return new StageRun(SYSTEM, totals.succeeded(), totals.failed(), inputBytes, totals.chars(), seconds, monitor.stop());
    }

    /**
     * Writes each file's extracted text to {@code textDir} (same relative layout, {@code .txt} added)
     * for the grep comparison and the extraction sample; untimed. Returns the files written.
     */
    public List<Path> extractTo(Path corpusDir, List<Path> files, Path textDir, int threads) throws InterruptedException {
        java.util.concurrent.ConcurrentLinkedQueue<Path> written = new java.util.concurrent.ConcurrentLinkedQueue<>();
        ParallelFiles.run(files, threads, file -> {
            Path out = textDir.resolve(corpusDir.relativize(file).toString() + ".txt");
            Files.createDirectories(out.getParent());
            String text = text(file);
            Files.writeString(out, text, StandardCharsets.UTF_8);
            written.add(out);
            return text.length();
        });
        return written.stream().sorted().toList();
    }
}
