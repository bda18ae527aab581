package org.policylens.cli;

/** The contract's exit codes. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FATAL = 1;
    public static final int USAGE = 2;
    public static final int SOME_INPUTS_FAILED = 3;

    private ExitCodes() {
    }
}
