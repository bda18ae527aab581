package org.policylens.index;

import org.policylens.budget.Watchdog;

/** A document whose index block would not fit the heap ({@link BlockCost}); its message is the file's one-line reason. */
public final class BlockTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BlockTooLargeException(long neededBytes) {
        super("too large for the heap: ~" + Math.max(1, neededBytes >> 20) + " MB needed to index it, "
                + Watchdog.heapAdvice(), null, false, false);
    }
}
