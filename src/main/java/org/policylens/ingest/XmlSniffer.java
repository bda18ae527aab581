package org.policylens.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells XML that content sniffing took for HTML (no XML declaration, unknown root element) from real HTML. */
final class XmlSniffer {
    private static final int PEEK = 4096;
    private static final Pattern FIRST_TAG = Pattern.compile("<([A-Za-z][A-Za-z0-9:_.-]*)");
    private static final Set<String> HTML_ROOTS = Set.of("html", "head", "body", "title", "meta", "link", "div",
            "p", "pre", "table", "span", "a", "h1", "h2", "h3", "h4", "h5", "h6", "br", "b", "i", "font", "center",
            "script", "style", "form", "ul", "ol", "li", "img", "base", "header", "main", "section", "article", "nav");

    private XmlSniffer() {
    }

    /** Peeks at the start of a mark-supporting stream and resets it. */
    static boolean isXmlNotHtml(InputStream in) throws IOException {
        byte[] head = StreamPeek.head(in, PEEK);
        String start = new String(head, StandardCharsets.ISO_8859_1)
                .replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?s)<\\?.*?\\?>", "");
        if (start.toLowerCase(Locale.ROOT).contains("<!doctype html")) {
            return false;
        }
        Matcher m = FIRST_TAG.matcher(start);
        return m.find() && !HTML_ROOTS.contains(m.group(1).toLowerCase(Locale.ROOT));
    }
}
