package org.policylens.cli;

/** A user mistake found after parsing (a bad date filter, a missing file): exit 2 with this message. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
