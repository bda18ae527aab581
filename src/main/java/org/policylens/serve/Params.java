package org.policylens.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The parameters of a query string or a urlencoded form, UTF-8; the first value of a repeated name wins. */
record Params(Map<String, String> values) {
    static final Params NONE = new Params(Map.of());

    Params {
        values = Map.copyOf(values);
    }

    static Params parse(String encoded) {
        Map<String, String> out = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return new Params(out);
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.putIfAbsent(name, value);
        }
        return new Params(out);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("malformed percent-encoding in the request");
        }
    }

    /** The trimmed value, or empty when absent or blank. */
    String get(String name) {
        String v = values.get(name);
        return v == null ? "" : v.strip();
    }

    String require(String name) {
        String v = get(name);
        if (v.isEmpty()) {
            throw new BadRequestException("missing parameter '" + name + "'");
        }
        return v;
    }

    int intValue(String name, int fallback, int min, int max) {
        String v = get(name);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadRequestException("parameter '" + name + "' must be a whole number from " + min + " to " + max);
    }
}
