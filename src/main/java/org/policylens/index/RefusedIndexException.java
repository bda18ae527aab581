package org.policylens.index;

/**
 * A directory policylens will not write: not an index it made, or one another process is writing. Nothing in it
 * was touched; the message is the one-line reason for the user.
 */
public final class RefusedIndexException extends RuntimeException {
    public RefusedIndexException(String message) {
        super(message);
    }
}
