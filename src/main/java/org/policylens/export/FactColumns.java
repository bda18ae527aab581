package org.policylens.export;

import org.policylens.model.Fact;

import java.util.List;
import java.util.regex.Pattern;

/** The facts contract's columns, in order, and each fact's cells: one definition for CSV and JSONL. */
final class FactColumns {
    static final List<String> HEADER = List.of("document", "type", "text", "value", "unit", "qualifier", "date",
            "subject", "start", "end", "sentence");
    private static final Pattern LINE_BREAKS = Pattern.compile("[ \\t]*(?:\\r\\n|[\\r\\n\\u2028\\u2029\\u0085])+[ \\t]*");

    private FactColumns() {
    }

    static List<String> cells(Fact f) {
        return List.of(f.document().value(), f.type().name(), f.text(), f.value().normalized(), f.value().unit(),
                f.qualifier().code(), f.when().map(d -> d.iso()).orElse(""), f.subject(),
                Integer.toString(f.span().start()), Integer.toString(f.span().end()), oneLine(f.sentenceText()));
    }

    /** The sentence on one line: every run of line breaks (with the spaces around it) becomes one space. */
    static String oneLine(String s) {
        // most sentences have no line break: one plain scan spares them the regex (a 20 MB text has 150k facts)
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                return LINE_BREAKS.matcher(s).replaceAll(" ");
            }
        }
        return s;
    }
}
