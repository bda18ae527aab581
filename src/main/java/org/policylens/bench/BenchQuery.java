package org.policylens.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One benchmark query split into its filter prefix and its Lucene text.
 *
 * <p>Convention: a query string starts with zero or more filter tokens {@code key:value}, separated
 * by spaces, whose key is one of {@link #FILTER_KEYS}; the first token that is not such a filter
 * starts the Lucene query text, which runs to the end. Examples:
 * <ul>
 *   <li>{@code act:PF-6079} — documents with a fact ACT PF-6079, no text query (match all);</li>
 *   <li>{@code from:2020 to:2022 budget} — the text query {@code budget} restricted to documents
 *       with a dated fact in 2020..2022;</li>
 *   <li>{@code type:law "federal funds"} — a phrase in documents of type law (the CLI's {@code --type});</li>
 *   <li>{@code lang:uz-Cyrl солиқ} — a term in Uzbek Cyrillic documents.</li>
 * </ul>
 * Values are the CLI's filter values ({@code --act}, {@code --program}, {@code --type}, {@code --lang},
 * {@code --from}, {@code --to}); a program name with spaces is written with underscores
 * ({@code program:Digital_Kazakhstan}) and {@link #filters()} gives it back with spaces.
 * An ordinary Lucene field query such as {@code title:order} is left in the text because
 * {@code title} is not a filter key.
 */
public record BenchQuery(Map<String, String> filters, String text) {

    /** The filter keys recognised in the prefix. */
    public static final Set<String> FILTER_KEYS = Set.of("act", "program", "type", "lang", "from", "to");

    public BenchQuery {
        filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
        text = text == null ? "" : text.strip();
    }

    /** Splits a query string by the prefix convention; never throws. */
    public static BenchQuery parse(String query) {
        Map<String, String> filters = new LinkedHashMap<>();
        String rest = query == null ? "" : query.strip();
        while (!rest.isEmpty()) {
            int space = rest.indexOf(' ');
            String token = space < 0 ? rest : rest.substring(0, space);
            int colon = token.indexOf(':');
            if (colon <= 0 || colon == token.length() - 1) {
                break;
            }
            String key = token.substring(0, colon).toLowerCase(Locale.ROOT);
            if (!FILTER_KEYS.contains(key)) {
                break;
            }
            filters.put(key, token.substring(colon + 1).replace('_', ' '));
            rest = space < 0 ? "" : rest.substring(space + 1).strip();
        }
        return new BenchQuery(filters, rest);
    }

    /** True when the query has no text part: the filters alone select the documents. */
    public boolean filterOnly() {
        return text.isEmpty();
    }
}
