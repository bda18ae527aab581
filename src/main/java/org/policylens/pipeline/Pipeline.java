package org.policylens.pipeline;

import org.policylens.extract.FactExtractor;
import org.policylens.extract.StandardExtractors;
import org.policylens.ingest.DocumentIngester;
import org.policylens.ingest.IngestLimits;
import org.policylens.ingest.OcrOptions;
import org.policylens.ingest.TikaIngester;

/** The stages a command needs, wired once: how files are read and how facts are found. */
public record Pipeline(DocumentIngester ingester, FactExtractor extractor, int threads) {

    public static Pipeline standard(IngestLimits limits, int threads) {
        return standard(limits, OcrOptions.DEFAULTS, threads);
    }

    public static Pipeline standard(IngestLimits limits, OcrOptions ocr, int threads) {
        return new Pipeline(new TikaIngester(limits, ocr), StandardExtractors.create(), threads);
    }
}
