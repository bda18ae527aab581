package org.policylens.index;

/** A search query (or filter) the user wrote cannot be read; the message is one line, fit for the terminal. */
public final class QuerySyntaxException extends RuntimeException {
    public QuerySyntaxException(String message) {
        super(message);
    }
}
