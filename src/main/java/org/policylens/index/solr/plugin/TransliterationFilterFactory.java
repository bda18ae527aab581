package org.policylens.index.solr.plugin;

import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.policylens.index.analysis.TransliterationFilter;

import java.util.Map;

/** {@link TransliterationFilter} by its SPI name {@value #NAME}, for Solr schemas: the one Cyrillic→Latin step of the fold chain. */
public final class TransliterationFilterFactory extends TokenFilterFactory {
    public static final String NAME = "policylensTransliteration";

    public TransliterationFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("unknown parameters for " + NAME + ": " + args);
        }
    }

    /** For the service loader only. */
    public TransliterationFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new TransliterationFilter(input);
    }

    /** A character-level step: wildcard and fuzzy terms go through it too. */
    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
