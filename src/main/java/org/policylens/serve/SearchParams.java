package org.policylens.serve;

import org.policylens.index.SearchRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the search page and {@code /api/search} take: the search command's query and filters, the adoption year
 * (the year facet) and a page number. Pages are {@value #PAGE_SIZE} hits; the first {@value #MAX_DEPTH} hits can be paged.
 */
record SearchParams(String query, String language, String type, String year, String act, String program, String from,
                    String to, int page) {
    static final int PAGE_SIZE = 20;
    static final int MAX_DEPTH = 1000;
    static final int MAX_PAGE = MAX_DEPTH / PAGE_SIZE;
    /** Parameter names in the order links carry them. */
    private static final String[] NAMES = {"q", "lang", "type", "year", "act", "program", "from", "to"};

    static SearchParams of(Params p) {
        return new SearchParams(p.get("q"), p.get("lang"), p.get("type"), p.get("year"), p.get("act"),
                p.get("program"), p.get("from"), p.get("to"), p.intValue("page", 1, 1, MAX_PAGE));
    }

    static SearchParams forAct(String act) {
        return new SearchParams("", "", "", "", act, "", "", "", 1);
    }

    /** The index request: enough hits to fill this page. */
    SearchRequest request() {
        return request(page * PAGE_SIZE);
    }

    SearchRequest request(int limit) {
        return SearchRequest.builder(query, limit).language(given(language))
                .documentType(given(type)).act(given(act)).program(given(program))
                .dates(given(from), given(to)).year(given(year)).build();
    }

    int firstRank() {
        return (page - 1) * PAGE_SIZE + 1;
    }

    /** The filters in force, by parameter name (the page shows each with a link that drops it). */
    Map<String, String> filters() {
        Map<String, String> out = new LinkedHashMap<>();
        String[] values = values();
        for (int i = 1; i < NAMES.length; i++) {
            if (!values[i].isEmpty()) {
                out.put(NAMES[i], values[i]);
            }
        }
        return out;
    }

    /** These parameters with {@code name} set to {@code value} (empty drops it), back on page 1. */
    SearchParams with(String name, String value) {
        String[] v = values();
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                v[i] = value;
            }
        }
        return new SearchParams(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], 1);
    }

    SearchParams atPage(int n) {
        return new SearchParams(query, language, type, year, act, program, from, to, n);
    }

    /** The URL query string ({@code q=...&lang=...}) naming exactly these parameters. */
    String queryString() {
        StringBuilder b = new StringBuilder();
        String[] values = values();
        for (int i = 0; i < NAMES.length; i++) {
            if (!values[i].isEmpty() || i == 0) {
                b.append(b.length() == 0 ? "" : "&").append(NAMES[i]).append('=')
                        .append(URLEncoder.encode(values[i], StandardCharsets.UTF_8));
            }
        }
        if (page > 1) {
            b.append("&page=").append(page);
        }
        return b.toString();
    }

    private String[] values() {
        return new String[] {query, language, type, year, act, program, from, to};
    }

    /** A parameter's value, or null when the form left it empty (the filter is off). */
    private static String given(String s) {
        return s.isEmpty() ? null : s;
    }
}
