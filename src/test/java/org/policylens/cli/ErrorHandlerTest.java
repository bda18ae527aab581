package org.policylens.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Out of memory outside any one file (the run itself) ends with one line and exit 1, like every fatal error. */
class ErrorHandlerTest {
    @Command(name = "hog")
    static final class Hog implements Callable<Integer> {
        @Option(names = "--debug")
        boolean debug;

        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.configured(new Hog(), new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new String[]{Integer.toString(code), err.toString()};
    }

    @Test
    void outOfMemoryIsOneLineAndExitCodeOne() {
        String[] r = run();
        assertEquals("1", r[0]);
        assertTrue(r[1].startsWith("policylens: out of memory (the run needs more than -Xmx"), r[1]);
        assertEquals(1, r[1].lines().count(), r[1]);
    }

    @Test
    void debugAddsTheStackTrace() {
        String[] r = run("--debug");
        assertEquals("1", r[0]);
        assertTrue(r[1].contains("java.lang.OutOfMemoryError: Java heap space"), r[1]);
        assertTrue(r[1].lines().count() > 1);
    }
}
