package org.policylens.serve;

/** A request the server refuses with a one-line reason and the given status (400 unless said otherwise). */
final class BadRequestException extends RuntimeException {
    private final int status;

    BadRequestException(String message) {
        this(400, message);
    }

    BadRequestException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
