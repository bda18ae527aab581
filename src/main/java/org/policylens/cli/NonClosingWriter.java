package org.policylens.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** Lets a try-with-resources block write to the command's stdout without closing it. */
final class NonClosingWriter extends FilterWriter {
    NonClosingWriter(Writer out) {
        super(out);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
