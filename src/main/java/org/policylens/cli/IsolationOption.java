package org.policylens.cli;

import org.policylens.pipeline.Pipeline;
import picocli.CommandLine.Option;

/** {@code --[no-]isolate}: whether the commands that read files parse them in separate parser processes. */
final class IsolationOption {
    @Option(names = "--isolate", negatable = true, defaultValue = "false", fallbackValue = "true",
            description = "Parse files in separate Java processes (a parser that crashes, loops or runs out of memory "
                    + "costs its file and a restarted process; PARSER_JAVA_OPTS sets their JVM options) "
                    + "(default: ${DEFAULT-VALUE}).")
    boolean isolate;

    Pipeline.Parsing parsing() {
        return isolate ? Pipeline.Parsing.ISOLATED : Pipeline.Parsing.IN_PROCESS;
    }
}
