package org.policylens.cli;

import org.policylens.budget.Watchdog;
import org.policylens.index.IncompatibleIndexException;
import org.policylens.index.NoIndexException;
import org.policylens.index.QuerySyntaxException;
import org.policylens.index.RefusedIndexException;
import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * The one place that turns failures into exit codes and one-line messages. A stack trace is
 * printed only with {@code --debug}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        Throwable cause = ex instanceof CommandLine.ExecutionException && ex.getCause() instanceof Error e ? e : ex;
        if (cause instanceof OutOfMemoryError) {
            // what was committed before stays; the message says what to do, the stack trace would not
            err.println("policylens: " + "out of memory (the run needs more than " + Watchdog.heapAdvice() + ")");
            if (debug(parseResult)) {
                cause.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.FATAL;
        }
        if (cause instanceof UsageException || cause instanceof QuerySyntaxException || cause instanceof NoIndexException
                || cause instanceof RefusedIndexException || cause instanceof IncompatibleIndexException) {
            err.println("policylens: " + Terminal.escape(oneLine(cause)));
            err.flush();
            return ExitCodes.USAGE;
        }
        err.println("policylens: " + Terminal.escape(oneLine(cause)));
        if (debug(parseResult)) {
            cause.printStackTrace(err);
        } else {
            err.println("(run again with --debug for the stack trace)");
        }
        err.flush();
        return ExitCodes.FATAL;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("policylens: " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    static String oneLine(Throwable t) {
        String msg = t.getMessage();
        String text = msg == null || msg.isBlank() ? t.getClass().getSimpleName() : msg;
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    private static boolean debug(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
            if (pr.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
