package org.policylens.export;

/** Text made safe for HTML and XML, in element content and in quoted attribute values. */
public final class Markup {
    private Markup() {
    }

    /**
     * Escapes {@code & < > " '}, and drops the control characters XML 1.0 forbids even escaped (keeping
     * tab, line feed and carriage return), so the same text is valid in both HTML and XML.
     */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
