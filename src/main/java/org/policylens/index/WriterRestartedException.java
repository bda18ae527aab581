package org.policylens.index;

import org.policylens.budget.Watchdog;

/**
 * The index writer failed for good while adding a file's block (out of memory inside Lucene, a "tragic event") and
 * was replaced by a new one on the last commit; the message is that file's one-line reason.
 */
public final class WriterRestartedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WriterRestartedException(Throwable cause) {
        super((cause instanceof OutOfMemoryError ? "out of memory while indexing (file is too large for "
                + Watchdog.heapAdvice() + ")" : "the index writer failed: " + cause)
                + "; the index went back to its last commit", cause);
    }
}
