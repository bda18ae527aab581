package org.policylens.cli;

import org.policylens.ingest.OcrEngine;
import org.policylens.ingest.OcrMode;
import org.policylens.ingest.OcrOptions;
import picocli.CommandLine.Option;

import java.time.Duration;

/** The OCR options of the commands that read files: {@code --ocr}, {@code --ocr-lang}, {@code --ocr-page-timeout}. */
final class OcrCliOptions {
    @Option(names = "--ocr", paramLabel = "MODE", defaultValue = "auto",
            description = "Read scans with Tesseract: auto (images, and PDF pages without a text layer), off, force "
                    + "(every PDF page and image) (default: ${DEFAULT-VALUE}).")
    OcrMode mode;

    @Option(names = "--ocr-lang", paramLabel = "LANG",
            description = "Language of the scans: en, ru, uz-Latn, uz-Cyrl, kk or Tesseract's codes (rus+eng) "
                    + "(default: chosen from each document).")
    String language;

    @Option(names = "--ocr-page-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Give up on a page OCR takes longer to read (default: ${DEFAULT-VALUE}; the whole file "
                    + "still has --timeout).")
    int pageTimeoutSeconds;

    /** The options, checked: a language must be installed, a timeout positive. */
    OcrOptions toOptions() {
        if (pageTimeoutSeconds < 1) {
            throw new UsageException("--ocr-page-timeout must be at least 1 second, got " + pageTimeoutSeconds);
        }
        OcrOptions options = OcrOptions.DEFAULTS.withMode(mode)
                .withPageTimeout(Duration.ofSeconds(pageTimeoutSeconds));
        if (language == null || mode == OcrMode.OFF) {
            return options;
        }
        OcrEngine engine = OcrEngine.onPath();
        if (!engine.available()) {
            throw new UsageException("--ocr-lang " + language + ": tesseract-ocr is not installed");
        }
        try {
            return options.withLanguage(engine.resolve(language));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
