package org.policylens.index.solr.plugin;

import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;
import org.policylens.index.analysis.LetterDigitTokenizer;

import java.util.Map;

/** {@link LetterDigitTokenizer} by its SPI name {@value #NAME}, for Solr schemas: the tokenizer of the fold chain. */
public final class LetterDigitTokenizerFactory extends TokenizerFactory {
    public static final String NAME = "policylensLetterDigit";

    public LetterDigitTokenizerFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("unknown parameters for " + NAME + ": " + args);
        }
    }

    /** For the service loader only. */
    public LetterDigitTokenizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public LetterDigitTokenizer create(AttributeFactory factory) {
        return new LetterDigitTokenizer(factory);
    }
}
