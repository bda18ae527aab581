package org.policylens.annotate;

import org.policylens.budget.Budget;
import org.policylens.model.Language;
import org.policylens.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * A text with its sentences and tokens. {@code view} is a length-preserving normalization of
 * {@code text} for matching (apostrophe variants unified, Latin look-alikes inside Cyrillic words
 * repaired, exotic spaces made plain), so a span found in {@code view} is valid in {@code text}.
 *
 * <p>Tokens may be computed lazily, sentence by sentence: only the statistical name finder reads them, and only
 * around cue words, so most sentences are never tokenized (English tokenization runs a maxent model per
 * character boundary). Not thread-safe: one instance serves one extraction.
 */
public final class AnnotatedText {
    /** Appends the tokens of one sentence of the view, in order, to {@code out}. */
    @FunctionalInterface
    public interface SentenceTokenizer {
        void tokenize(String view, Span sentence, List<Span> out);
    }

    private final String text;
    private final String view;
    private final Language language;
    private final List<Span> sentences;
    private final SentenceTokenizer tokenizer;
    private final List<List<Span>> bySentence;
    private List<Span> all;
    private String foldedView;
    private boolean ocr;

    /** With tokens given up front (sorted, non-overlapping, each inside a sentence). */
    public AnnotatedText(String text, String view, Language language, List<Span> sentences, List<Span> tokens) {
        this(text, view, language, sentences, null, List.copyOf(tokens));
    }

    /** With tokens computed on first use, one sentence at a time. */
    public static AnnotatedText withLazyTokens(String text, String view, Language language, List<Span> sentences,
                                               SentenceTokenizer tokenizer) {
        return new AnnotatedText(text, view, language, sentences, tokenizer, null);
    }

    private AnnotatedText(String text, String view, Language language, List<Span> sentences,
                          SentenceTokenizer tokenizer, List<Span> tokens) {
        if (view.length() != text.length()) {
            throw new IllegalArgumentException("matching view must keep the text's length");
        }
        this.text = text;
        this.view = view;
        this.language = language;
        this.sentences = List.copyOf(sentences);
        this.tokenizer = tokenizer;
        this.all = tokens;
        this.bySentence = new ArrayList<>(this.sentences.size());
        for (int i = 0; i < this.sentences.size(); i++) {
            bySentence.add(null);
        }
    }

    public String text() {
        return text;
    }

    /**
     * This annotation of an OCR text, its view repaired of OCR damage by {@link OcrDamage#repair} (and first, for a
     * layer that spelled Cyrillic with Latin look-alikes, its fact words read back by {@link LatinLookalikes#restore});
     * the sentences stay those found on the first view, tokens not yet made are made on the repaired one.
     */
    public AnnotatedText repairedForOcr(boolean latinLookalikes) {
        String restored = latinLookalikes ? LatinLookalikes.restore(view, language) : view;
        AnnotatedText repaired = new AnnotatedText(text, OcrDamage.repair(restored), language, sentences, tokenizer,
                all);
        repaired.ocr = true;
        return repaired;
    }

    /** Whether the text came from OCR (its view then repaired): finders may read OCR's split decimals ({@code 0, 1}). */
    public boolean ocr() {
        return ocr;
    }

    public String view() {
        return view;
    }

    /**
     * The view case-folded as a case-insensitive Unicode regex folds it ({@link MatchingView#foldCase}), made once
     * for the finders that match lowercase patterns case-sensitively against it.
     */
    public String foldedView() {
        if (foldedView == null) {
            foldedView = MatchingView.foldCase(view);
        }
        return foldedView;
    }

    /**
     * How this text's tokens are made, sentence by sentence, or null when they were given up front. It reads only the
     * view and the sentence it is given, so it tokenizes a larger text made of this one's pieces alike.
     */
    public SentenceTokenizer tokenizer() {
        return tokenizer;
    }

    public Language language() {
        return language;
    }

    public List<Span> sentences() {
        return sentences;
    }

    /** Every token, in text order. */
    public List<Span> tokens() {
        if (all == null) {
            List<Span> out = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                out.addAll(tokensOf(i));
            }
            all = List.copyOf(out);
        }
        return all;
    }

    /** The tokens of sentence {@code i}, in text order. */
    public List<Span> tokensOf(int i) {
        List<Span> tokens = bySentence.get(i);
        if (tokens == null) {
            Budget.check();
            Span sentence = sentences.get(i);
            if (tokenizer != null) {
                List<Span> out = new ArrayList<>();
                tokenizer.tokenize(view, sentence, out);
                tokens = List.copyOf(out);
            } else {
                tokens = all.subList(firstEndingAfter(all, sentence.start()), firstEndingAfter(all, sentence.end()));
            }
            bySentence.set(i, tokens);
        }
        return tokens;
    }

    /** The index of the sentence containing {@code offset}, or -1 when no sentence does. */
    public int sentenceIndexAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The sentence containing {@code offset} (the whole text when there are no sentences). */
    public Span sentenceAt(int offset) {
        int i = sentenceIndexAt(offset);
        return i < 0 ? new Span(0, text.length()) : sentences.get(i);
    }

    /** Index of the first of the sorted {@code tokens} that ends after {@code offset}. */
    public static int firstEndingAfter(List<Span> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
