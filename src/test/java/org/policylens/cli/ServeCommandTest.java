package org.policylens.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The serve command's usage errors: one line, exit code 2, no server left listening. */
class ServeCommandTest {
    @TempDir
    Path dir;

    private static int run(StringWriter err, String... args) {
        return Main.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void noIndexIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(ExitCodes.USAGE, run(err, "serve", "--index", dir.resolve("missing").toString(), "--port", "0"));
        assertTrue(err.toString().contains("missing"), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace");
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(ExitCodes.USAGE, run(err, "serve", "--port", "70000"));
        assertTrue(err.toString().contains("--port"), err.toString());
    }
}
