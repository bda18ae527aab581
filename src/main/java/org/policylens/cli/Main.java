package org.policylens.cli;

import org.policylens.timing.StageClock;
import picocli.CommandLine;

import java.io.PrintWriter;

/** Entry point: {@code java -jar policylens.jar COMMAND ...}. */
public final class Main {
    private Main() {
    }

    /** {@code -Dpolicylens.stageTimes=true} (in JAVA_OPTS): the time each pipeline stage took goes to stderr at the end. */
    static final String STAGE_TIMES_PROPERTY = "policylens.stageTimes";

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        boolean stages = Boolean.getBoolean(STAGE_TIMES_PROPERTY);
        StageClock.enable(stages);
        int code = commandLine(out, err).execute(args);
        if (stages) {
            StageClock.enable(false);
            err.print(StageClock.table());
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * picocli's usual strategy, with an {@link Error} (out of memory, stack overflow) handed to the
     * {@link ErrorHandler} like an exception instead of escaping as a raw stack trace.
     */
    private static int runLast(CommandLine.ParseResult parseResult) {
        try {
            return new CommandLine.RunLast().execute(parseResult);
        } catch (Error e) {
            CommandLine command = parseResult.subcommand() != null ? parseResult.subcommand().commandSpec().commandLine()
                    : parseResult.commandSpec().commandLine();
            throw new CommandLine.ExecutionException(command, String.valueOf(e.getMessage()), e);
        }
    }

    /** The configured command line, writing to the given streams (tests pass StringWriters). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return configured(new PolicylensCommand(), out, err);
    }

    /** Any command with our streams, error handling and exit codes. */
    static CommandLine configured(Object command, PrintWriter out, PrintWriter err) {
        ErrorHandler handler = new ErrorHandler();
        return new CommandLine(command)
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionStrategy(Main::runLast)
                .setExecutionExceptionHandler(handler)
                .setParameterExceptionHandler(handler);
    }
}
