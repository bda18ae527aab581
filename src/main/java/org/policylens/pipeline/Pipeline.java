package org.policylens.pipeline;

import org.policylens.annotate.OpenNlpAnnotator;
import org.policylens.budget.SharedWork;
import org.policylens.extract.FactExtractor;
import org.policylens.extract.StandardExtractors;
import org.policylens.ingest.DocumentIngester;
import org.policylens.ingest.IngestLimits;
import org.policylens.lang.LanguageIdentifier;
import org.policylens.ingest.IsolatedIngester;
import org.policylens.ingest.OcrOptions;
import org.policylens.ingest.TikaIngester;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.Objects;

/**
 * The stages a command needs, wired once: how files are read and how facts are found, on how many threads, and the
 * time one file may take for all of its work ({@link org.policylens.budget.Budget}).
 */
public record Pipeline(DocumentIngester ingester, FactExtractor extractor, int threads, Duration fileBudget)
        implements AutoCloseable {

    public Pipeline {
        Objects.requireNonNull(ingester, "ingester");
        Objects.requireNonNull(extractor, "extractor");
        Objects.requireNonNull(fileBudget, "fileBudget");
    }

    /** Tika and the standard extractors; the limits' timeout is the whole per-file budget. */
    public static Pipeline standard(IngestLimits limits, int threads) {
        return standard(limits, OcrOptions.DEFAULTS, threads);
    }

    public static Pipeline standard(IngestLimits limits, OcrOptions ocr, int threads) {
        return standard(limits, ocr, threads, Parsing.IN_PROCESS);
    }

    /** Where files are parsed: in this JVM, or in separate parser processes ({@link IsolatedIngester}). */
    public enum Parsing {
        IN_PROCESS, ISOLATED
    }

    public static Pipeline standard(IngestLimits limits, OcrOptions ocr, int threads, Parsing parsing) {
        // the models load on other threads while Tika sets up (seconds in all, most of a short run's wall time); the
        // language and sentence models may still be loading when the first file is parsed, and its worker waits for them
        CompletableFuture.runAsync(() -> {
            LanguageIdentifier.preload();
            OpenNlpAnnotator.preload();
        }, Pipeline::onDaemon);
        // a long text is extracted on as many cores as files may be (--threads)
        int cores = Math.max(1, Math.min(threads, SharedWork.cores()));
        CompletableFuture<FactExtractor> extractor = CompletableFuture.supplyAsync(() -> StandardExtractors.create(cores),
                Pipeline::onDaemon);
        DocumentIngester ingester = parsing == Parsing.ISOLATED ? new IsolatedIngester(limits, ocr)
                : new TikaIngester(limits, ocr);
        try {
            return new Pipeline(ingester, extractor.join(), threads, limits.timeout());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static void onDaemon(Runnable work) {
        Thread t = new Thread(work, "model-loading");
        t.setDaemon(true);
        t.start();
    }

    /** Ends what the ingester runs beside this JVM (parser processes). */
    @Override
    public void close() {
        if (ingester instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
