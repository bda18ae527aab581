package org.policylens.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * Per-document safety limits of {@link TikaIngester}.
 *
 * @param timeout    wall-clock limit for parsing one document
 * @param writeLimit maximum characters of extracted text kept per document; beyond it the text is
 *                   truncated and the document carries {@code truncated=true} in its metadata
 */
public record IngestLimits(Duration timeout, int writeLimit) {
    public static final IngestLimits DEFAULTS = new IngestLimits(Duration.ofSeconds(60), 50_000_000);

    public IngestLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (writeLimit <= 0) {
            throw new IllegalArgumentException("writeLimit must be positive: " + writeLimit);
        }
    }

    public IngestLimits withTimeout(Duration newTimeout) {
        return new IngestLimits(newTimeout, writeLimit);
    }

    public IngestLimits withWriteLimit(int newWriteLimit) {
        return new IngestLimits(timeout, newWriteLimit);
    }
}
