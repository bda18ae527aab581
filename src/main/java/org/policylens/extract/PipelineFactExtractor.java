package org.policylens.extract;

import org.policylens.budget.Budget;
import org.policylens.budget.BudgetExceeded;
import org.policylens.budget.SharedWork;
import org.policylens.annotate.AnnotatedText;
import org.policylens.annotate.Annotator;
import org.policylens.annotate.LatinLookalikes;
import org.policylens.annotate.OcrDamage;
import org.policylens.extract.link.ActDateLinker;
import org.policylens.extract.link.FigureLinker;
import org.policylens.model.Document;
import org.policylens.model.Fact;
import org.policylens.model.Language;
import org.policylens.model.Span;
import org.policylens.timing.Stage;
import org.policylens.timing.StageClock;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The extraction stage: annotate, run every finder, resolve overlaps, link acts to their dates and figures to
 * their dates and subjects, and build {@link Fact}s. A finder that throws (a bug) loses only its own
 * candidates, never the document; a candidate whose span does not fit the text is dropped.
 *
 * <p>A long text uses every core: it is cut after blank lines ({@link ParagraphChunks}), the pieces are annotated
 * and searched by the paragraph-local finders in parallel, and their sentences and candidates, shifted back to the
 * text's offsets, are merged in order; a finder that reads the whole document (the programme name model keeps
 * what it saw earlier in the document) runs once on the merged annotation, beside the pieces. Resolution, linking and
 * facts then run on the whole text as before, so the facts are those of a sequential run, offsets included.
 */
public final class PipelineFactExtractor implements FactExtractor {
    /** Texts shorter than this are extracted on the calling thread: parts would cost more than they save. */
    static final int PARALLEL_MIN_CHARS = 256 * 1024;
    /** Pieces per core: enough that one slow piece does not leave the other cores idle at the end. */
    private static final int PIECES_PER_CORE = 8;
    private static final int MIN_PIECE_CHARS = 64 * 1024;

    private final Annotator annotator;
    private final List<CandidateFinder> finders;
    private final Predicate<CandidateFinder> paragraphLocal;
    private final int cores;
    private final CandidateResolver resolver = new CandidateResolver();
    private final FigureLinker figureLinker;
    private final ActDateLinker actDateLinker;

    /** Every finder runs on the whole text, on the calling thread. */
    public PipelineFactExtractor(Annotator annotator, List<CandidateFinder> finders, FigureLinker figureLinker,
                                 ActDateLinker actDateLinker) {
        this(annotator, finders, f -> false, 1, figureLinker, actDateLinker);
    }

    /**
     * @param paragraphLocal finders whose candidates in a piece cut after a blank line are those of the whole text
     *                       there (they look no further than a paragraph and keep nothing from one text to the next)
     * @param cores          threads a long text may use ({@link SharedWork#cores()}); 1 keeps everything sequential
     */
    public PipelineFactExtractor(Annotator annotator, List<CandidateFinder> finders,
                                 Predicate<CandidateFinder> paragraphLocal, int cores, FigureLinker figureLinker,
                                 ActDateLinker actDateLinker) {
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.finders = List.copyOf(finders);
        this.paragraphLocal = Objects.requireNonNull(paragraphLocal, "paragraphLocal");
        this.cores = cores;
        this.figureLinker = Objects.requireNonNull(figureLinker, "figureLinker");
        this.actDateLinker = Objects.requireNonNull(actDateLinker, "actDateLinker");
    }

    @Override
    public List<Fact> extract(Document document) {
        String text = document.text();
        Language language = Language.fromCode(document.language());
        boolean ocr = OcrDamage.applies(document);
        // a layer that spelled Cyrillic print with Latin look-alikes is read in the language it spells
        Language spelled = ocr ? LatinLookalikes.language(text) : null;
        boolean lookalikes = spelled != null;
        if (lookalikes) {
            language = spelled;
        }
        List<Span> pieces = cores > 1 && text.length() >= PARALLEL_MIN_CHARS
                ? ParagraphChunks.of(text, Math.max(MIN_PIECE_CHARS, text.length() / (cores * PIECES_PER_CORE)))
                : List.of();
        Found found = pieces.size() > 1 ? findInPieces(text, language, ocr, lookalikes, pieces) : null;
        if (found == null) {
            long t = StageClock.start();
            AnnotatedText annotated = annotate(text, language, ocr, lookalikes);
            StageClock.stop(Stage.ANNOTATE, t);
            List<Candidate> all = new ArrayList<>();
            for (CandidateFinder finder : finders) {
                all.addAll(find(finder, annotated));
            }
            found = new Found(annotated, all);
        }
        return facts(document, text, found.annotated(), found.candidates());
    }

    /** The whole text's annotation and every finder's valid candidates, finder by finder in order. */
    private record Found(AnnotatedText annotated, List<Candidate> candidates) {
    }

    /** One piece's annotation, and the candidates each paragraph-local finder found in it (piece offsets). */
    private record Piece(AnnotatedText annotated, Map<CandidateFinder, List<Candidate>> found) {
    }

    /**
     * Annotates the pieces in parallel, merges their annotations, then runs the paragraph-local finders on the pieces
     * and the others on the merged text, all in parallel; null when a piece's annotation failed (the caller then
     * works on the whole text, as it always did).
     */
    private Found findInPieces(String text, Language language, boolean ocr, boolean lookalikes, List<Span> pieces) {
        List<AnnotatedText> annotated = SharedWork.map(pieces.size(), i -> {
            long t = StageClock.start();
            AnnotatedText a = annotate(pieces.get(i).of(text), language, ocr, lookalikes);
            StageClock.stop(Stage.ANNOTATE, t);
            return a;
        });
        AnnotatedText merged = merge(text, language, pieces, annotated);
        if (merged == null) {
            return null;
        }
        List<CandidateFinder> local = finders.stream().filter(paragraphLocal).toList();
        List<CandidateFinder> whole = finders.stream().filter(f -> !paragraphLocal.test(f)).toList();
        // part k < whole.size(): a whole-document finder on the merged text (the long ones first); then one part a piece
        List<Object> parts = SharedWork.map(whole.size() + pieces.size(), k -> {
            if (k < whole.size()) {
                return find(whole.get(k), merged);
            }
            AnnotatedText piece = annotated.get(k - whole.size());
            Map<CandidateFinder, List<Candidate>> byFinder = new IdentityHashMap<>();
            for (CandidateFinder f : local) {
                byFinder.put(f, find(f, piece));
            }
            return new Piece(piece, byFinder);
        });
        List<Candidate> all = new ArrayList<>();
        for (CandidateFinder finder : finders) {
            int w = whole.indexOf(finder);
            if (w >= 0) {
                @SuppressWarnings("unchecked")
                List<Candidate> found = (List<Candidate>) parts.get(w);
                all.addAll(found);
                continue;
            }
            for (int p = 0; p < pieces.size(); p++) {
                int offset = pieces.get(p).start();
                for (Candidate c : ((Piece) parts.get(whole.size() + p)).found().get(finder)) {
                    all.add(new Candidate(new Span(c.span().start() + offset, c.span().end() + offset), c.value(),
                            c.qualifier(), c.when(), c.subject(), c.finder()));
                }
            }
        }
        return new Found(merged, all);
    }

    /**
     * The whole text's annotation from its pieces': views joined, sentences shifted to the text's offsets, tokens
     * made on demand by the pieces' tokenizer (which reads only the view and the sentence). Null when a piece has no
     * tokenizer (its annotation failed) or the pieces disagree on how to tokenize.
     */
    private static AnnotatedText merge(String text, Language language, List<Span> pieces, List<AnnotatedText> parts) {
        AnnotatedText.SentenceTokenizer tokenizer = parts.get(0).tokenizer();
        StringBuilder view = new StringBuilder(text.length());
        List<Span> sentences = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            AnnotatedText part = parts.get(p);
            if (part.tokenizer() == null || part.language() != parts.get(0).language()
                    || part.tokenizer().getClass() != tokenizer.getClass()) {
                return null;
            }
            int offset = pieces.get(p).start();
            view.append(part.view());
            for (Span s : part.sentences()) {
                sentences.add(new Span(s.start() + offset, s.end() + offset));
            }
        }
        return AnnotatedText.withLazyTokens(text, view.toString(), parts.get(0).language(), sentences, tokenizer);
    }

    /** One finder's valid candidates in an annotated text; none when the finder throws (a bug). */
    private static List<Candidate> find(CandidateFinder finder, AnnotatedText annotated) {
        Budget.check();
        int length = annotated.text().length();
        List<Candidate> found;
        long finding = StageClock.start();
        try {
            found = finder.find(annotated);
        } catch (BudgetExceeded e) {
            throw e; // out of time is the file's outcome, not a finder bug
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(); // a finder bug must not cost the document its other facts
        } finally {
            StageClock.stop(Stage.FINDER_PREFIX + finder.getClass().getSimpleName(), finding);
        }
        if (found == null) {
            return List.of();
        }
        List<Candidate> valid = new ArrayList<>(found.size());
        for (Candidate c : found) {
            if (c != null && c.span() != null && c.value() != null && c.qualifier() != null && c.when() != null
                    && c.span().end() <= length && c.span().length() > 0) {
                valid.add(c);
            }
        }
        return valid;
    }

    private List<Fact> facts(Document document, String text, AnnotatedText annotated, List<Candidate> all) {
        long t = StageClock.start();
        List<Candidate> resolved = resolver.resolve(all);
        StageClock.stop(Stage.RESOLVE, t);
        t = StageClock.start();
        List<Candidate> linked = figureLinker.link(annotated, actDateLinker.link(annotated, resolved));
        StageClock.stop(Stage.LINK, t);
        t = StageClock.start();
        List<Fact> facts = new ArrayList<>(linked.size());
        Span lastSentence = null;
        String lastSentenceText = null; // one copy per sentence, shared by its facts: tables hold thousands
        for (Candidate c : linked) {
            Span sentence = annotated.sentenceAt(c.span().start());
            if (sentence.end() > text.length()) {
                sentence = new Span(0, text.length());
            }
            if (!sentence.equals(lastSentence)) {
                lastSentence = sentence;
                lastSentenceText = sentence.of(text);
            }
            facts.add(new Fact(document.id(), c.span(), c.span().of(text), c.value(), c.qualifier(), c.when(),
                    c.subject(), sentence, lastSentenceText));
        }
        StageClock.stop(Stage.FACTS, t);
        return facts;
    }

    /**
     * The annotator's view of the text, or the whole text as one sentence if the annotator fails; for an OCR text,
     * with its view repaired of OCR damage ({@link OcrDamage#repair}, character by character, so a piece is repaired
     * as the whole text would be).
     */
    private AnnotatedText annotate(String text, Language language, boolean ocr, boolean lookalikes) {
        AnnotatedText annotated = annotate(text, language);
        return ocr ? annotated.repairedForOcr(lookalikes) : annotated;
    }

    private AnnotatedText annotate(String text, Language language) {
        try {
            AnnotatedText annotated = annotator.annotate(text, language);
            if (annotated != null && annotated.text().equals(text)) {
                return annotated;
            }
        } catch (BudgetExceeded e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // fall through: extraction still works on the raw text without sentence boundaries
        }
        return new AnnotatedText(text, plainView(text), language, List.of(new Span(0, text.length())), List.of());
    }

    /** A length-preserving matching view: apostrophe variants become {@code '}, exotic spaces a plain space. */
    static String plainView(String text) {
        char[] v = text.toCharArray();
        for (int i = 0; i < v.length; i++) {
            switch (v[i]) {
                case '\u02BB', '\u2018', '\u2019', '`', '\u02BC' -> v[i] = '\'';
                case '\u00A0', '\u2007', '\u2009', '\u202F', '\u200A' -> v[i] = ' ';
                default -> {
                }
            }
        }
        return new String(v);
    }
}
