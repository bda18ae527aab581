package org.policylens.budget;

/** Thrown by {@link Budget#check()} when a file's work is out of time; its message is the file's one-line reason. */
public final class BudgetExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BudgetExceeded(String reason) {
        super(reason, null, false, false); // no stack trace: it is an outcome, not a bug
    }
}
