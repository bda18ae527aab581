package org.policylens.index;

import java.nio.file.Path;

/** The index on disk was written with another schema version (or by something else): it must be rebuilt. */
public final class IncompatibleIndexException extends RuntimeException {
    public IncompatibleIndexException(Path dir, String found, int expected) {
        super("index " + dir + " has schema version " + (found == null ? "none" : found) + " but this build needs "
                + expected + ": rebuild it with `index --rebuild`");
    }
}
