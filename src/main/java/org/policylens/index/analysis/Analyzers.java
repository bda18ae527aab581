package org.policylens.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.RussianStemmer;

import java.util.function.Function;

/**
 * The analysis chains, one per language plus a language-neutral fold, shared by indexing and querying so
 * that both sides normalize identically. Each chain's {@code normalize} (used for wildcard and fuzzy terms)
 * repeats its character-level steps. Instances are thread-safe and reused.
 */
public final class Analyzers {
    /** English: possessives, lowercase, stop words, Porter stemming (like EnglishAnalyzer). */
    public static final Analyzer ENGLISH = chain(StandardTokenizer::new, in -> {
        TokenStream t = new EnglishPossessiveFilter(in);
        t = new LowerCaseFilter(t);
        t = new StopFilter(t, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return new PorterStemFilter(t);
    }, LowerCaseFilter::new);

    /**
     * English at index time: each word's stem plus, at the same position, the word itself when it differs. Stemmed
     * queries ({@link #ENGLISH}) match the stems, and wildcard and fuzzy queries also reach the original forms, so an
     * English passage needs no second, unstemmed field.
     */
    public static final Analyzer ENGLISH_INDEX = chain(StandardTokenizer::new, in -> {
        TokenStream t = new EnglishPossessiveFilter(in);
        t = new LowerCaseFilter(t);
        t = new StopFilter(t, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        t = new WordCopyFilter(t);
        t = new PorterStemFilter(t);
        return new RepeatedStemFilter(t);
    }, LowerCaseFilter::new);

    /** Russian: lowercase, ё→е, Snowball Russian stemming. */
    public static final Analyzer RUSSIAN = chain(StandardTokenizer::new,
            in -> new SnowballFilter(new YoToYeFilter(new LowerCaseFilter(in)), new RussianStemmer()),
            in -> new YoToYeFilter(new LowerCaseFilter(in)));

    /**
     * Language-neutral: lowercase, one Cyrillic→Latin transliteration (Uzbek or Kazakh
     * alphabet by the word's letters, Kazakh Latin spellings unified), ASCII folding, apostrophes dropped.
     * Indexed for every text so that a query in any script or language finds shared words, numbers and ids.
     */
    public static final Analyzer FOLD = chain(LetterDigitTokenizer::new, Analyzers::fold, Analyzers::fold);

    /** The whole value as one term (ids, codes, types). */
    public static final Analyzer KEYWORD = chain(KeywordTokenizer::new, in -> in, in -> in);

    /** The whole value as one lowercase term (programme names). */
    public static final Analyzer LOWERCASE_KEYWORD = chain(KeywordTokenizer::new, LowerCaseFilter::new,
            LowerCaseFilter::new);

    private Analyzers() {
    }

    private static TokenStream fold(TokenStream in) {
        TokenStream t = new LowerCaseFilter(in);
        t = new TransliterationFilter(t);
        t = new ASCIIFoldingFilter(t);
        t = new ApostropheFoldingFilter(t);
        return new ApostropheStrippingFilter(t);
    }

    private static Analyzer chain(java.util.function.Supplier<Tokenizer> tokenizer,
                                  Function<TokenStream, TokenStream> filters,
                                  Function<TokenStream, TokenStream> normalizer) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = tokenizer.get();
                return new TokenStreamComponents(source, filters.apply(source));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return normalizer.apply(in);
            }
        };
    }
}
