package org.policylens.export;

import org.policylens.model.Fact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * JSON Lines: one object per fact and line, with the facts CSV's fields in the same order; {@code start} and
 * {@code end} are numbers, everything else strings. Lines end with {@code \n}.
 */
public final class FactsJsonlWriter implements FactExporter {
    @Override
    public FactSink open(Writer out) {
        return new FactSink() {
            @Override
            public void accept(Fact fact) {
                try {
                    out.write(line(fact));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    /** One fact as a JSON object, without the line break. */
    public static String line(Fact fact) {
        List<String> cells = FactColumns.cells(fact);
        StringBuilder b = new StringBuilder(256).append('{');
        for (int i = 0; i < cells.size(); i++) {
            String name = FactColumns.HEADER.get(i);
            if (i > 0) {
                b.append(',');
            }
            b.append(JsonStrings.quote(name)).append(':');
            boolean number = name.equals("start") || name.equals("end");
            b.append(number ? cells.get(i) : JsonStrings.quote(cells.get(i)));
        }
        return b.append('}').toString();
    }
}
