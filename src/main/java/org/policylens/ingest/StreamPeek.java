package org.policylens.ingest;

import java.io.IOException;
import java.io.InputStream;

/** Reads the start of a mark-supporting stream and resets it, for the sniffers that look before Tika parses. */
final class StreamPeek {
    private StreamPeek() {
    }

    /** Up to {@code bytes} leading bytes; the stream is back at its start afterwards. */
    static byte[] head(InputStream in, int bytes) throws IOException {
        in.mark(bytes);
        try {
            return in.readNBytes(bytes);
        } finally {
            in.reset();
        }
    }
}
