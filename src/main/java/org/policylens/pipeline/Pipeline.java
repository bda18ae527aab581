package org.policylens.pipeline;

import org.policylens.extract.FactExtractor;
import org.policylens.extract.StandardExtractors;
import org.policylens.ingest.DocumentIngester;
import org.policylens.ingest.IngestLimits;
import org.policylens.ingest.OcrOptions;
import org.policylens.ingest.TikaIngester;

import java.time.Duration;
import java.util.Objects;

/**
 * The stages a command needs, wired once: how files are read and how facts are found, on how many threads, and the
 * time one file may take for all of its work ({@link org.policylens.budget.Budget}).
 */
public record Pipeline(DocumentIngester ingester, FactExtractor extractor, int threads, Duration fileBudget) {

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
        return new Pipeline(new TikaIngester(limits, ocr), StandardExtractors.create(), threads, limits.timeout());
    }
}
