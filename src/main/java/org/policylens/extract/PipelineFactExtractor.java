package org.policylens.extract;

import org.policylens.budget.Budget;
import org.policylens.budget.BudgetExceeded;
import org.policylens.annotate.AnnotatedText;
import org.policylens.annotate.Annotator;
import org.policylens.extract.link.ActDateLinker;
import org.policylens.extract.link.FigureLinker;
import org.policylens.model.Document;
import org.policylens.model.Fact;
import org.policylens.model.Language;
import org.policylens.model.Span;
import org.policylens.timing.Stage;
import org.policylens.timing.StageClock;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The extraction stage: annotate, run every finder, resolve overlaps, link acts to their dates and figures to
 * their dates and subjects, and build {@link Fact}s. A finder that throws (a bug) loses only its own
 * candidates, never the document; a candidate whose span does not fit the text is dropped.
 */
public final class PipelineFactExtractor implements FactExtractor {
    private final Annotator annotator;
    private final List<CandidateFinder> finders;
    private final CandidateResolver resolver = new CandidateResolver();
    private final FigureLinker figureLinker;
    private final ActDateLinker actDateLinker;

    public PipelineFactExtractor(Annotator annotator, List<CandidateFinder> finders, FigureLinker figureLinker,
                                 ActDateLinker actDateLinker) {
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.finders = List.copyOf(finders);
        this.figureLinker = Objects.requireNonNull(figureLinker, "figureLinker");
        this.actDateLinker = Objects.requireNonNull(actDateLinker, "actDateLinker");
    }

    @Override
    public List<Fact> extract(Document document) {
        String text = document.text();
        long t = StageClock.start();
        AnnotatedText annotated = annotate(text, Language.fromCode(document.language()));
        StageClock.stop(Stage.ANNOTATE, t);
        List<Candidate> all = new ArrayList<>();
        for (CandidateFinder finder : finders) {
            Budget.check();
            List<Candidate> found;
            long finding = StageClock.start();
            try {
                found = finder.find(annotated);
            } catch (BudgetExceeded e) {
                throw e; // out of time is the file's outcome, not a finder bug
            } catch (RuntimeException | StackOverflowError e) {
                continue; // a finder bug must not cost the document its other facts
            } finally {
                StageClock.stop(finderStage(finder), finding);
            }
            if (found == null) {
                continue;
            }
            for (Candidate c : found) {
                if (c != null && c.span() != null && c.value() != null && c.qualifier() != null && c.when() != null
                        && c.span().end() <= text.length() && c.span().length() > 0) {
                    all.add(c);
                }
            }
        }
        t = StageClock.start();
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

    private static String finderStage(CandidateFinder finder) {
        return Stage.FINDER_PREFIX + finder.getClass().getSimpleName();
    }

    /** The annotator's view of the text, or the whole text as one sentence if the annotator fails. */
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
