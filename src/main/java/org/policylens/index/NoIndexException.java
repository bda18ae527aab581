package org.policylens.index;

import java.nio.file.Path;

/** A read-only open found no index where one was expected. */
public final class NoIndexException extends RuntimeException {
    public NoIndexException(Path dir) {
        super("no index at " + dir + ": build one with `index PATH...`");
    }
}
