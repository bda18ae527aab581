package org.policylens.serve;

import org.policylens.index.SearchHit;
import org.policylens.index.StoredDocument;
import org.policylens.model.ActRef;
import org.policylens.model.DateValue;
import org.policylens.model.Fact;
import org.policylens.model.FactType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.policylens.serve.Html.esc;

/** The HTML pages, rendered from the objects the JSON API serializes. No scripts: facets and paging are links. */
final class Pages {
    /** Facet names of the index and the search parameter each one sets. */
    private static final Map<String, String> FACET_PARAMS = Map.of("language", "lang", "type", "type", "year", "year",
            "program", "program", "act", "act");
    private static final List<String> FACET_ORDER = List.of("language", "type", "year", "program", "act");
    private static final int FACET_VALUES = 15;

    private Pages() {
    }

    static String search(SearchParams p, SearchView v, String error) {
        String q = p.query();
        StringBuilder b = Html.open(q.isEmpty() ? "Search" : q);
        b.append("<form class=\"search\" method=\"get\" action=\"/search\">\n")
                .append("<input type=\"search\" name=\"q\" id=\"q\" value=\"").append(esc(q))
                .append("\" placeholder=\"Lucene syntax: &quot;IT Park&quot; AND exports, title:decree, PF-6079\" autofocus>\n")
                .append("<button type=\"submit\">Search</button>\n<div class=\"filters\">")
                .append(field("act", "Act", p.act(), "PF-6079"))
                .append(field("program", "Programme", p.program(), "IT Park"))
                .append(field("from", "Dated from", p.from(), "YYYY[-MM[-DD]]"))
                .append(field("to", "to", p.to(), "YYYY[-MM[-DD]]"));
        for (String hidden : List.of("lang", "type", "year")) {
            String value = p.filters().getOrDefault(hidden, "");
            if (!value.isEmpty()) {
                b.append("<input type=\"hidden\" name=\"").append(hidden).append("\" value=\"").append(esc(value)).append("\">");
            }
        }
        b.append("</div>\n</form>\n");
        if (!p.filters().isEmpty()) {
            b.append("<p class=\"chips\">Filters: ");
            p.filters().forEach((name, value) -> b.append("<a class=\"chip\" title=\"remove this filter\" href=\"/search?")
                    .append(esc(p.with(name, "").queryString())).append("\">").append(esc(name)).append(": ")
                    .append(esc(value)).append(" ✕</a> "));
            b.append("</p>\n");
        }
        if (error != null) {
            b.append("<p class=\"error\" id=\"error\">").append(esc(error)).append("</p>\n");
            return Html.close(b);
        }
        if (v == null) {
            return Html.close(b);
        }
        String qs = esc(p.atPage(1).queryString());
        b.append("<p class=\"total\"><span id=\"total\">").append(v.total()).append("</span> matching document")
                .append(v.total() == 1 ? "" : "s").append(" · <a href=\"/search.csv?").append(qs)
                .append("\">CSV</a> · <a href=\"/api/search?").append(esc(p.queryString())).append("\">JSON</a></p>\n");
        b.append("<div class=\"results\">\n<aside class=\"facets\">\n");
        for (String facet : FACET_ORDER) {
            Map<String, Long> counts = v.facets().getOrDefault(facet, Map.of());
            if (counts.isEmpty()) {
                continue;
            }
            String param = FACET_PARAMS.get(facet);
            b.append("<h3>").append(esc(facet)).append("</h3>\n<ul class=\"facet\" data-facet=\"").append(esc(param)).append("\">");
            counts.entrySet().stream().limit(FACET_VALUES).forEach(e -> b.append("<li><a href=\"/search?")
                    .append(esc(p.with(param, e.getKey()).queryString())).append("\">").append(esc(e.getKey()))
                    .append("</a> <span class=\"count\">").append(e.getValue()).append("</span></li>"));
            b.append("</ul>\n");
        }
        b.append("</aside>\n<ol class=\"hits\" start=\"").append(p.firstRank()).append("\">\n");
        for (SearchHit h : v.hits()) {
            b.append("<li class=\"hit\"><a class=\"title\" href=\"").append(esc(Html.documentLink(h.document().value())))
                    .append("\">").append(esc(h.title().isBlank() ? h.document().value() : h.title())).append("</a>")
                    .append("<div class=\"meta\">").append(esc(h.document().value())).append(" · ")
                    .append(esc(h.documentType())).append(" · ").append(esc(h.language()))
                    .append(h.date().isEmpty() ? "" : " · " + esc(h.date()))
                    .append(h.page() > 0 ? " · page " + h.page() : "")
                    .append(String.format(Locale.ROOT, " · score %.2f", h.score())).append("</div>")
                    .append("<p class=\"passage\">").append(Html.passage(h.passage())).append("</p></li>\n");
        }
        b.append("</ol>\n</div>\n<nav class=\"pages\">");
        if (p.page() > 1) {
            b.append("<a rel=\"prev\" href=\"/search?").append(esc(p.atPage(p.page() - 1).queryString())).append("\">← previous</a> ");
        }
        b.append("<span>page ").append(p.page()).append("</span>");
        if (v.hasNextPage()) {
            b.append(" <a rel=\"next\" href=\"/search?").append(esc(p.atPage(p.page() + 1).queryString())).append("\">next →</a>");
        }
        b.append("</nav>\n");
        return Html.close(b);
    }

    private static String field(String name, String label, String value, String placeholder) {
        return "<label>" + esc(label) + " <input type=\"text\" name=\"" + name + "\" value=\"" + esc(value)
                + "\" placeholder=\"" + esc(placeholder) + "\" size=\"12\"></label> ";
    }

    static String document(StoredDocument d) {
        String title = d.title().isBlank() ? d.id().value() : d.title();
        StringBuilder b = Html.open(title);
        b.append("<h1>").append(esc(title)).append("</h1>\n<dl class=\"meta\">")
                .append("<dt>Document</dt><dd>").append(esc(d.id().value())).append("</dd>")
                .append("<dt>Type</dt><dd>").append(esc(d.documentType())).append("</dd>")
                .append("<dt>Language</dt><dd>").append(esc(d.language())).append("</dd>")
                .append(d.date().isEmpty() ? "" : "<dt>Adopted</dt><dd>" + esc(d.date()) + "</dd>")
                .append("<dt>Facts</dt><dd>").append(d.facts().size()).append("</dd></dl>\n")
                .append("<p class=\"meta\"><a href=\"/api/document?id=").append(esc(Html.url(d.id().value())))
                .append("\">JSON</a></p>\n");
        Map<String, Fact> acts = new TreeMap<>();
        Map<String, Integer> dates = new TreeMap<>();
        for (Fact f : d.facts()) {
            if (f.value() instanceof ActRef a) {
                acts.putIfAbsent(a.id(), f);
            } else if (f.value() instanceof DateValue dv) {
                dates.merge(dv.normalized(), 1, Integer::sum);
            }
        }
        b.append("<h2>Acts</h2>\n");
        if (acts.isEmpty()) {
            b.append("<p class=\"meta\">none</p>\n");
        } else {
            b.append("<ul class=\"acts\">");
            acts.forEach((id, f) -> b.append("<li><a href=\"").append(esc(Html.actLink(id))).append("\">").append(esc(id))
                    .append("</a>").append(f.when().map(w -> " of " + esc(w.normalized())).orElse(""))
                    .append(" <span class=\"meta\">").append(esc(f.text())).append("</span></li>"));
            b.append("</ul>\n");
        }
        b.append("<h2>Dates</h2>\n");
        if (dates.isEmpty()) {
            b.append("<p class=\"meta\">none</p>\n");
        } else {
            b.append("<p class=\"dates\">");
            dates.forEach((date, n) -> b.append("<span class=\"chip\">").append(esc(date))
                    .append(n > 1 ? " ×" + n : "").append("</span> "));
            b.append("</p>\n");
        }
        b.append("<h2>Text</h2>\n").append(legend()).append("<div class=\"doctext\" id=\"text\">");
        markedText(d.text(), d.facts(), b);
        b.append("</div>\n<h2>Facts</h2>\n");
        factTable(d.facts(), b, true);
        return Html.close(b);
    }

    /** The fact types' colours, as the text shows them. */
    private static String legend() {
        StringBuilder b = new StringBuilder("<p class=\"legend\">");
        for (FactType t : FactType.values()) {
            b.append("<mark class=\"fact ").append(cssClass(t)).append("\">").append(t.name()).append("</mark> ");
        }
        return b.append("</p>\n").toString();
    }

    static String cssClass(FactType t) {
        return "f-" + t.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The text with each fact marked by type and linked to its row of the table. A fact overlapping an earlier
     * mark, or whose words the stored text does not hold, stays only in the table.
     */
    private static void markedText(String text, List<Fact> facts, StringBuilder b) {
        int cursor = 0;
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            int start = f.span().start();
            int end = f.span().end();
            if (start < cursor || end > text.length() || !text.regionMatches(start, f.text(), 0, f.text().length())) {
                continue;
            }
            b.append(esc(text.substring(cursor, start))).append("<a href=\"#fact-").append(i + 1)
                    .append("\" class=\"fact-link\"><mark class=\"fact ").append(cssClass(f.type())).append("\" title=\"")
                    .append(esc(f.type().name() + " " + f.value().normalized())).append("\">")
                    .append(esc(text.substring(start, end))).append("</mark></a>");
            cursor = end;
        }
        b.append(esc(text.substring(cursor)));
    }

    private static void factTable(List<Fact> facts, StringBuilder b, boolean anchors) {
        if (facts.isEmpty()) {
            b.append("<p class=\"meta\">none</p>\n");
            return;
        }
        b.append("<table class=\"facts\"><thead><tr><th>#</th><th>type</th><th>text</th><th>value</th><th>unit</th>")
                .append("<th>qualifier</th><th>date</th><th>subject</th></tr></thead><tbody>\n");
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            b.append("<tr").append(anchors ? " id=\"fact-" + (i + 1) + "\"" : "").append("><td>").append(i + 1)
                    .append("</td><td><mark class=\"fact ").append(cssClass(f.type())).append("\">").append(f.type().name())
                    .append("</mark></td><td>").append(esc(f.text())).append("</td><td>");
            if (f.value() instanceof ActRef a) {
                b.append("<a href=\"").append(esc(Html.actLink(a.id()))).append("\">").append(esc(a.id())).append("</a>");
            } else {
                b.append(esc(f.value().normalized()));
            }
            b.append("</td><td>").append(esc(f.value().unit())).append("</td><td>").append(esc(f.qualifier().code()))
                    .append("</td><td>").append(esc(f.when().map(DateValue::normalized).orElse(""))).append("</td><td>")
                    .append(esc(f.subject())).append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
    }

    static String act(ActView v) {
        StringBuilder b = Html.open(v.act());
        b.append("<h1>").append(esc(v.act())).append("</h1>\n<p class=\"meta\"><span id=\"act-documents\">")
                .append(v.documents()).append("</span> document").append(v.documents() == 1 ? "" : "s")
                .append(" cite this act, in any language or script · <a href=\"/search?act=").append(esc(Html.url(v.act())))
                .append("\">search them</a> · <a href=\"/api/act?id=").append(esc(Html.url(v.act()))).append("\">JSON</a></p>\n");
        b.append("<h2>Timeline</h2>\n").append(Svg.timeline(v.timeline())).append('\n');
        b.append("<div class=\"facet-bars\">");
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String f : FACET_ORDER) {
            facets.put(f, v.facets().getOrDefault(f, Map.of()));
        }
        facets.forEach((name, counts) -> {
            if (!counts.isEmpty()) {
                b.append("<figure><figcaption>").append(esc(name)).append("</figcaption>")
                        .append(Svg.bars(name, counts)).append("</figure>");
            }
        });
        b.append("</div>\n<h2>Citing documents</h2>\n");
        if (v.documents() > v.citations().size()) {
            b.append("<p class=\"meta\">The first ").append(v.citations().size()).append(" by relevance.</p>\n");
        }
        for (ActView.Citation c : v.citations()) {
            SearchHit h = c.document();
            b.append("<section class=\"citation\"><h3><a href=\"").append(esc(Html.documentLink(h.document().value())))
                    .append("\">").append(esc(h.title().isBlank() ? h.document().value() : h.title())).append("</a></h3>")
                    .append("<div class=\"meta\">").append(esc(h.document().value())).append(" · ")
                    .append(esc(h.documentType())).append(" · ").append(esc(h.language()))
                    .append(h.date().isEmpty() ? "" : " · " + esc(h.date())).append("</div>\n<ul>");
            for (Fact m : c.mentions()) {
                b.append("<li>cited as <q>").append(esc(m.text())).append("</q>")
                        .append(m.when().map(w -> ", dated " + esc(w.normalized())).orElse(""))
                        .append("<div class=\"sentence\">").append(esc(m.sentenceText())).append("</div></li>");
            }
            b.append("</ul>\n");
            if (!c.stated().isEmpty()) {
                factTable(c.stated(), b, false);
            }
            b.append("</section>\n");
        }
        return Html.close(b);
    }

    static String verifyForm(String error) {
        StringBuilder b = Html.open("Verify an article");
        b.append("<h1>Verify an article</h1>\n<p>Each fact the article states is checked against the index: ")
                .append("SUPPORTED, CONTRADICTED or NOT_FOUND, with the evidence passage.</p>\n");
        if (error != null) {
            b.append("<p class=\"error\" id=\"error\">").append(esc(error)).append("</p>\n");
        }
        b.append("<form class=\"verify\" method=\"post\" action=\"/verify\" enctype=\"multipart/form-data\">\n")
                .append("<p><label>Upload a file (PDF, DOCX, ODT, RTF, HTML, TXT, Markdown; at most 20 MB)<br>")
                .append("<input type=\"file\" name=\"file\" id=\"file\"></label></p>\n")
                .append("<p><label>or paste the text<br><textarea name=\"text\" id=\"text\" rows=\"14\" cols=\"100\"></textarea>")
                .append("</label></p>\n<p><button type=\"submit\" id=\"verify\">Verify</button></p>\n</form>\n");
        return Html.close(b);
    }

    static String error(int status, String message) {
        StringBuilder b = Html.open("Error " + status);
        b.append("<h1>").append(status).append("</h1>\n<p class=\"error\" id=\"error\">").append(esc(message)).append("</p>\n");
        return Html.close(b);
    }
}
