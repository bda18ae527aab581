package org.policylens.eval;

/** A gold file that does not follow the documented format; the message names the file and line. */
public class GoldFormatException extends RuntimeException {
    public GoldFormatException(String message) {
        super(message);
    }
}
