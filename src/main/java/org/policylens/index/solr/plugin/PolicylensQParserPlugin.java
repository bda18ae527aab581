package org.policylens.index.solr.plugin;

import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;
import org.policylens.index.QuerySyntaxException;
import org.policylens.index.SearchQueryParser;

/**
 * {@code {!policylens}QUERY}: a user query read on the Solr node exactly as the local index reads it (the same
 * multi-field parser over the same analyzers), so that both backends score the same Lucene query. The client has
 * already rewritten act-like terms to their canonical ids ({@link SearchQueryParser#withCanonicalActs}): the act
 * tables stay out of the plugin jar.
 */
public final class PolicylensQParserPlugin extends QParserPlugin {
    public static final String NAME = "policylens";

    @Override
    public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
        return new QParser(qstr, localParams, params, req) {
            @Override
            public Query parse() throws SyntaxError {
                String query = getString();
                if (query == null || query.isBlank()) {
                    throw new SyntaxError("empty policylens query: ask for kind:doc entries instead");
                }
                try {
                    return SearchQueryParser.parseRewritten(query, query);
                } catch (QuerySyntaxException e) {
                    throw new SyntaxError(e.getMessage());
                }
            }
        };
    }
}
