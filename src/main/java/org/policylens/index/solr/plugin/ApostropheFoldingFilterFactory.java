package org.policylens.index.solr.plugin;

import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.policylens.index.analysis.ApostropheFoldingFilter;

import java.util.Map;

/** {@link ApostropheFoldingFilter} by its SPI name {@value #NAME}, for Solr schemas: part of the fold chain. */
public final class ApostropheFoldingFilterFactory extends TokenFilterFactory {
    public static final String NAME = "policylensApostropheFolding";

    public ApostropheFoldingFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("unknown parameters for " + NAME + ": " + args);
        }
    }

    /** For the service loader only. */
    public ApostropheFoldingFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new ApostropheFoldingFilter(input);
    }

    /** A character-level step: wildcard and fuzzy terms go through it too. */
    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
