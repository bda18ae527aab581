package org.policylens.cli;

import org.policylens.pipeline.PathText;

import java.nio.file.Path;

/**
 * Text from files and file names made safe for one line of a terminal: a name holding a newline must not forge a
 * second line, nor an escape sequence drive the terminal. Control characters become {@code \n}, {@code \r},
 * {@code \t} or {@code \xNN}, the line separators U+2028 and U+2029 their code; bytes of a name that are not
 * UTF-8 are already {@code \xNN} in {@link PathText}.
 */
final class Terminal {
    private Terminal() {
    }

    static String path(Path path) {
        return escape(PathText.of(path));
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escaped = escaped(c);
            if (escaped != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                out.append(escaped != null ? escaped : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    private static String escaped(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> c < 0x20 || c >= 0x7F && c < 0xA0 ? String.format("\\x%02X", (int) c)
                    : c == '\u2028' || c == '\u2029' ? String.format("\\u%04X", (int) c) : null;
        };
    }
}
