package org.policylens.serve;

import org.policylens.export.Markup;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The frame every page shares, and the escaping helpers the pages use for every piece of text they show. */
final class Html {
    private Html() {
    }

    static String esc(String s) {
        return Markup.escape(s == null ? "" : s);
    }

    static String url(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String documentLink(String id) {
        return "/doc?id=" + url(id);
    }

    static String actLink(String id) {
        return "/act?id=" + url(id);
    }

    static StringBuilder open(String title) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n<title>")
                .append(esc(title)).append(" · policylens</title>\n<link rel=\"stylesheet\" href=\"/style.css\">\n")
                .append("</head>\n<body>\n").append(NAV).append("<main>\n");
        return b;
    }

    static String close(StringBuilder b) {
        return b.append("</main>\n</body>\n</html>\n").toString();
    }

    /** The site's top bar; the verification report (a page of its own) gets it too. */
    static final String NAV = "<header class=\"top\"><a class=\"brand\" href=\"/\">policylens</a>"
            + "<nav><a href=\"/\">Search</a><a href=\"/verify\">Verify an article</a></nav></header>\n";

    /**
     * A search passage with its matched words ({@code [[word]]}) marked; every other character is escaped, and a
     * bracket pair the highlighter did not close is shown as text.
     */
    static String passage(String passage) {
        StringBuilder b = new StringBuilder(passage.length() + 64);
        int i = 0;
        while (i < passage.length()) {
            int open = passage.indexOf("[[", i);
            int close = open < 0 ? -1 : passage.indexOf("]]", open + 2);
            if (open < 0 || close < 0) {
                b.append(esc(passage.substring(i)));
                break;
            }
            b.append(esc(passage.substring(i, open))).append("<mark>")
                    .append(esc(passage.substring(open + 2, close))).append("</mark>");
            i = close + 2;
        }
        return b.toString();
    }
}
