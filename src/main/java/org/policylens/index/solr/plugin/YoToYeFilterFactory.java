package org.policylens.index.solr.plugin;

import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.policylens.index.analysis.YoToYeFilter;

import java.util.Map;

/** {@link YoToYeFilter} by its SPI name {@value #NAME}, for Solr schemas: part of the Russian chain. */
public final class YoToYeFilterFactory extends TokenFilterFactory {
    public static final String NAME = "policylensYoToYe";

    public YoToYeFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("unknown parameters for " + NAME + ": " + args);
        }
    }

    /** For the service loader only. */
    public YoToYeFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new YoToYeFilter(input);
    }

    /** A character-level step: wildcard and fuzzy terms go through it too. */
    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
