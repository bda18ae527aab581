package org.policylens.index;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a user query in Lucene classic syntax (phrases, AND/OR/NOT, wildcards, fuzzy, field:term) over every
 * text field. {@code text:} names all text fields at once. A term that looks like an act id ({@code УП-6079},
 * {@code PF-6079}) also matches passages stating that act under its canonical id, whatever its spelling there.
 */
public final class SearchQueryParser {
    private static final Pattern ACT_LIKE = Pattern.compile(
            "(?<![\\p{L}\\p{N}:\\\\])\\p{L}{1,5}(?:['‘’ʻ`]\\p{L}{1,3})?[-‐‑–]\\d{1,6}(?:-\\d{1,5})?(?![\\p{L}\\p{N}*?~])");
    private static final Map<String, Float> BOOSTS = new HashMap<>();

    static {
        for (String field : IndexSchema.QUERY_FIELDS) {
            BOOSTS.put(field, 1f);
        }
    }

    private final UnaryOperator<String> canonicalAct;

    public SearchQueryParser(UnaryOperator<String> canonicalAct) {
        this.canonicalAct = canonicalAct;
    }

    public Query parse(String query) {
        if (query == null || query.isBlank()) {
            return new MatchAllDocsQuery();
        }
        return parseRewritten(withCanonicalActs(query), query);
    }

    /**
     * Parses a query whose act-like terms {@link #withCanonicalActs} already rewrote ({@code original} names it in
     * errors): a Solr node parses what the client rewrote, with no act canonicalizer of its own.
     */
    public static Query parseRewritten(String rewritten, String original) {
        TextAliasParser parser = new TextAliasParser();
        parser.setDefaultOperator(QueryParser.Operator.OR);
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true); // "PF-6079" and "2 503 060" stay phrases, not loose ORs
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(rewritten);
        } catch (ParseException | IllegalArgumentException | IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException("cannot read query " + oneLine(original) + ": " + oneLine(e.getMessage()));
        }
    }

    /** Rewrites each act-like term outside quotes as {@code (term OR act:"CANONICAL")}. */
    public String withCanonicalActs(String query) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        Matcher m = ACT_LIKE.matcher(query);
        while (i < query.length()) {
            char c = query.charAt(i);
            if (c == '\\' && i + 1 < query.length()) {
                out.append(c).append(query.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && m.find(i) && m.start() == i) {
                String term = m.group();
                String canonical = canonicalAct.apply(term);
                out.append('(').append(term).append(" OR ").append(IndexSchema.ACT).append(":\"")
                        .append(canonical.replace("\\", "\\\\").replace("\"", "\\\"")).append("\")");
                i = m.end();
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    public static String oneLine(String s) {
        String line = s == null ? "" : s.replaceAll("\\s+", " ").trim();
        return line.length() > 200 ? line.substring(0, 197) + "..." : line;
    }

    /** Multi-field parser where the field name {@code text} means "every default text field". */
    private static final class TextAliasParser extends MultiFieldQueryParser {
        TextAliasParser() {
            super(IndexSchema.QUERY_FIELDS.toArray(String[]::new), IndexSchema.analyzer(), BOOSTS);
        }

        private static String alias(String field) throws ParseException {
            if (field != null && IndexSchema.SENTENCE_FIELDS.contains(field)) {
                // fact sentences rank facts internally; they are not passages and hold no positions for phrases
                throw new ParseException("'" + field + "' is not a searchable field");
            }
            return IndexSchema.TEXT_ALIAS.equals(field) ? null : field;
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            return super.getFieldQuery(alias(field), queryText, slop);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            return super.getFieldQuery(alias(field), queryText, quoted);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            return super.getFuzzyQuery(alias(field), termStr, minSimilarity);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            return super.getPrefixQuery(alias(field), termStr);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            return super.getWildcardQuery(alias(field), termStr);
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            return super.getRegexpQuery(alias(field), termStr);
        }
    }
}
