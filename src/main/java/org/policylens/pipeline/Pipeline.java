package org.policylens.pipeline;

import org.policylens.extract.FactExtractor;
import org.policylens.extract.StandardExtractors;
import org.policylens.ingest.DocumentIngester;
import org.policylens.ingest.IngestLimits;
import org.policylens.ingest.IsolatedIngester;
import org.policylens.ingest.OcrOptions;
import org.policylens.ingest.TikaIngester;

import java.time.Duration;
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
        DocumentIngester ingester = parsing == Parsing.ISOLATED ? new IsolatedIngester(limits, ocr)
                : new TikaIngester(limits, ocr);
        return new Pipeline(ingester, StandardExtractors.create(), threads, limits.timeout());
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
