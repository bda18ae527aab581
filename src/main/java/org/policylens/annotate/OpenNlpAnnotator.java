package org.policylens.annotate;

import org.policylens.budget.Budget;
import org.policylens.lang.Vocabularies;
import org.policylens.lang.Vocabulary;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.policylens.model.Language;
import org.policylens.model.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sentences and tokens for every supported language. English uses the OpenNLP UD-EWT sentence and token
 * models from Maven Central, post-corrected by the same no-split rules as the rule-based splitter (so
 * {@code No. 17} or {@code K. Tokayev} never end a sentence) and with ids, grouped numbers and Uzbek
 * apostrophe words kept whole. Russian, Uzbek (both scripts), Kazakh and unknown texts use
 * {@link RuleSentenceSplitter} and {@link RuleTokenizer}. Everything runs on the {@link MatchingView}.
 *
 * <p>Thread-safe: the models are shared and immutable; the OpenNLP ME classes, which are not thread-safe,
 * are kept one per thread.
 */
public final class OpenNlpAnnotator implements Annotator {
    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    /** Longer "sentences" (tables, lists without punctuation, hostile one-line files) are cut: see capLength. */
    static final int MAX_SENTENCE = 2000;
    private static final int MAX_MODEL_CHUNK = 48;
    /** English clitics the model splits off and we leave split ("Coursera's" → "Coursera" "'s"). */
    private static final Set<String> CLITICS = Vocabularies.words(Vocabulary::clitics);

    private static final class Models {
        static final SentenceModel SENTENCES = load(SENTENCE_MODEL, SentenceModel::new);
        static final TokenizerModel TOKENS = load(TOKEN_MODEL, TokenizerModel::new);
    }

    private final ThreadLocal<SentenceDetectorME> sentenceDetector =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(Models.SENTENCES));
    private final ThreadLocal<TokenizerME> tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(Models.TOKENS));

    public OpenNlpAnnotator() {
    }

    /** Loads the sentence and token models now, for a caller that has them loaded on another core meanwhile. */
    public static void preload() {
        try {
            Models.SENTENCES.getClass();
        } catch (RuntimeException | LinkageError e) {
            // reported by the first annotation that needs the models
        }
    }

    @Override
    public AnnotatedText annotate(String text, Language language) {
        String view = MatchingView.of(text);
        Language lang = language == null ? Language.UNKNOWN : language;
        List<Span> sentences = RuleSentenceSplitter.capLength(view,
                lang == Language.EN ? englishSentences(view) : RuleSentenceSplitter.split(view), MAX_SENTENCE);
        AnnotatedText.SentenceTokenizer tokenizer = lang == Language.EN
                ? this::englishTokens
                : (v, s, out) -> RuleTokenizer.tokenize(v, s.start(), s.end(), out);
        return AnnotatedText.withLazyTokens(text, view, lang, sentences, tokenizer);
    }

    private List<Span> englishSentences(String view) {
        SentenceDetectorME detector = sentenceDetector.get();
        List<Span> out = new ArrayList<>();
        for (Span block : RuleSentenceSplitter.blocks(view)) {
            Budget.check();
            if (!modelFriendly(view, block)) {
                RuleSentenceSplitter.splitBlock(view, block, out);
                continue;
            }
            String blockText = view.substring(block.start(), block.end());
            opennlp.tools.util.Span[] found = detector.sentPosDetect(blockText);
            List<Span> proposed = new ArrayList<>(found.length);
            for (opennlp.tools.util.Span f : found) {
                proposed.add(new Span(block.start() + f.getStart(), block.start() + f.getEnd()));
            }
            RuleSentenceSplitter.correct(view, block, proposed, out);
        }
        return out;
    }

    /**
     * Model tokens, except inside rule tokens that must stay whole (hyphen/apostrophe joins, grouped
     * numbers, dotted abbreviations): those replace the model tokens they cover. Other model tokens are
     * refined by the rule tokenizer, which only ever splits them further (punctuation the model left attached).
     */
    private void englishTokens(String view, Span sentence, List<Span> out) {
        List<Span> rule = new ArrayList<>();
        RuleTokenizer.tokenize(view, sentence.start(), sentence.end(), rule);
        // the model's cost grows with the square of a token's length, and it has nothing to decide in a plain
        // word ("policy", "2019", "(Uzbekistan),"): those chunks go to the rule tokenizer, the rest to the model
        char[] forModel = view.substring(sentence.start(), sentence.end()).toCharArray();
        List<Span> longChunks = new ArrayList<>();
        int chunkStart = -1;
        boolean modelNeeded = false;
        for (int i = 0; i <= forModel.length; i++) {
            boolean space = i == forModel.length || Character.isWhitespace(forModel[i]);
            if (!space && chunkStart < 0) {
                chunkStart = i;
            } else if (space && chunkStart >= 0) {
                if (i - chunkStart > MAX_MODEL_CHUNK || plain(forModel, chunkStart, i, i == forModel.length)) {
                    longChunks.add(new Span(sentence.start() + chunkStart, sentence.start() + i));
                    java.util.Arrays.fill(forModel, chunkStart, i, ' ');
                } else {
                    modelNeeded = true;
                }
                chunkStart = -1;
            }
        }
        opennlp.tools.util.Span[] model = modelNeeded ? tokenizer.get().tokenizePos(new String(forModel))
                : new opennlp.tools.util.Span[0];
        if (!longChunks.isEmpty()) {
            List<opennlp.tools.util.Span> all = new ArrayList<>(java.util.Arrays.asList(model));
            for (Span c : longChunks) {
                List<Span> pieces = new ArrayList<>();
                RuleTokenizer.tokenize(view, c.start(), c.end(), pieces);
                for (Span p : pieces) {
                    all.add(new opennlp.tools.util.Span(p.start() - sentence.start(), p.end() - sentence.start()));
                }
            }
            all.sort(java.util.Comparator.comparingInt(opennlp.tools.util.Span::getStart));
            model = all.toArray(new opennlp.tools.util.Span[0]);
        }
        List<Span> kept = new ArrayList<>();
        for (Span t : rule) {
            if (protect(view, t)) {
                kept.add(t);
            }
        }
        int p = 0;
        boolean emitted = false;
        for (opennlp.tools.util.Span ms : model) {
            Span t = new Span(sentence.start() + ms.getStart(), sentence.start() + ms.getEnd());
            while (p < kept.size() && kept.get(p).end() <= t.start()) {
                if (!emitted) {
                    out.add(kept.get(p));
                }
                p++;
                emitted = false;
            }
            if (p < kept.size() && kept.get(p).overlaps(t)) {
                if (!emitted) {
                    out.add(kept.get(p));
                    emitted = true;
                }
            } else if (clitic(view, t)) {
                out.add(t);
            } else {
                // the model leaves unfamiliar punctuation (curly quotes, guillemets) attached: split it off
                RuleTokenizer.tokenize(view, t.start(), t.end(), out);
            }
        }
        for (; p < kept.size(); p++) {
            if (!emitted) {
                out.add(kept.get(p));
            }
            emitted = false;
        }
    }

    /**
     * A chunk the model cannot tokenize differently from the rules: letters/digits, joined inside by hyphens,
     * slashes, or digit-separating commas and periods ("2,503,060", "10.01.2019", "PF-6079"), optionally with
     * one opening bracket or quote before and up to two closing marks after; a final period only when the
     * chunk ends the sentence. Apostrophes and other periods are left to the model.
     */
    private static boolean plain(char[] c, int from, int to, boolean last) {
        if (from < to && "([\"“«'".indexOf(c[from]) >= 0) {
            from++;
        }
        if (last && to > from && c[to - 1] == '.') {
            to--;
        }
        for (int k = 0; k < 2 && to > from && ",;:)]\"”»!?".indexOf(c[to - 1]) >= 0; k++) {
            to--;
        }
        if (to <= from || !Character.isLetterOrDigit(c[from]) || !Character.isLetterOrDigit(c[to - 1])) {
            return false;
        }
        for (int k = from + 1; k < to - 1; k++) {
            char x = c[k];
            if (Character.isLetterOrDigit(x)) {
                continue;
            }
            boolean joins = x == '-' || x == '/'
                    || (x == ',' || x == '.') && Character.isDigit(c[k - 1]) && Character.isDigit(c[k + 1]);
            if (!joins || !Character.isLetterOrDigit(c[k + 1])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The sentence model scores every '.', '!' and '?'; a block made mostly of them (dot leaders, garbage)
     * would cost seconds, so such blocks are split by the rules instead.
     */
    private static boolean modelFriendly(String view, Span block) {
        int eos = 0;
        for (int i = block.start(); i < block.end(); i++) {
            char c = view.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                eos++;
            }
        }
        return eos <= 50 + block.length() / 20;
    }

    /** One of {@link #CLITICS}; every one is an apostrophe and one or two letters, so most tokens are ruled out unread. */
    private static boolean clitic(String view, Span t) {
        return t.length() >= 2 && t.length() <= 3 && view.charAt(t.start()) == '\''
                && CLITICS.contains(t.of(view).toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether a rule token must not be split by the model. */
    private static boolean protect(String view, Span t) {
        if (t.length() < 3) {
            return false;
        }
        boolean inner = false;
        for (int i = t.start() + 1; i < t.end() - 1; i++) {
            char c = view.charAt(i);
            if (inner) {
                break;
            }
            if (c == '-' || c == ',' || c == '.' || c == '/') {
                inner = true;
            } else if (c == '\'' && t.end() - i > 4) {
                inner = true; // too long to be an English clitic
            } else if (c == '\'') {
                String tail = view.substring(i, t.end()).toLowerCase(java.util.Locale.ROOT);
                if (!CLITICS.contains(tail)) {
                    inner = true;
                }
            }
        }
        return inner || view.charAt(t.end() - 1) == '.';
    }

    @FunctionalInterface
    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, ModelReader<T> reader) {
        try (InputStream in = OpenNlpAnnotator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}
