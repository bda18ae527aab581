package org.policylens.ingest;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How scanned documents are read.
 *
 * @param mode        when to run OCR
 * @param language    Tesseract language(s) to read with ({@code rus}, {@code uzb_cyrl+eng}); empty = chosen from
 *                    the document: the language of its text layer, else of a first OCR pass over one page
 * @param pageTimeout limit for reading one page (the whole file still has its own budget)
 */
public record OcrOptions(OcrMode mode, Optional<String> language, Duration pageTimeout) {
    public static final OcrOptions DEFAULTS = new OcrOptions(OcrMode.AUTO, Optional.empty(), Duration.ofSeconds(30));

    public OcrOptions {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(language, "language");
        if (pageTimeout.isNegative() || pageTimeout.isZero()) {
            throw new IllegalArgumentException("page timeout must be positive: " + pageTimeout);
        }
    }

    public OcrOptions withMode(OcrMode newMode) {
        return new OcrOptions(newMode, language, pageTimeout);
    }

    public OcrOptions withPageTimeout(Duration newPageTimeout) {
        return new OcrOptions(mode, language, newPageTimeout);
    }

    public OcrOptions withLanguage(String tesseractLanguages) {
        return new OcrOptions(mode, Optional.of(tesseractLanguages), pageTimeout);
    }
}
