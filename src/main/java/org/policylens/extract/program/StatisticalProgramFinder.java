package org.policylens.extract.program;

import org.policylens.budget.Budget;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.policylens.annotate.AnnotatedText;
import org.policylens.model.Span;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The OpenNLP name finder trained on {@code models/train/} (entity type {@code program}). It only looks at
 * the few tokens around cue words (programme, стратегия, dastur, лойиҳа, ...): a name is kept only next to
 * a cue, and skipping the rest keeps extraction fast. Thread-safe: the model
 * is shared, the {@link NameFinderME} is one per thread.
 */
final class StatisticalProgramFinder {
    static final String RESOURCE = "/org/policylens/models/program-ner.bin";
    static final Path PROJECT_FILE = Path.of("models", "program-ner.bin");
    /** Cue stems, lowercase; found with indexOf in a lowercased view (a regex over megabytes is too slow). */
    private static final String[] CUES = ProgramNames.CONTEXT_CUES;
    static final int WINDOW = 12;

    private final TokenNameFinderModel model;
    private final ThreadLocal<NameFinderME> finder;

    StatisticalProgramFinder(TokenNameFinderModel model) {
        this.model = model;
        this.finder = model == null ? null : ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    private static final class Holder {
        static final StatisticalProgramFinder DEFAULT = new StatisticalProgramFinder(loadDefault().orElse(null));
    }

    static StatisticalProgramFinder standard() {
        return Holder.DEFAULT;
    }

    static Optional<TokenNameFinderModel> loadDefault() {
        try {
            if (Files.isRegularFile(PROJECT_FILE)) {
                try (InputStream in = Files.newInputStream(PROJECT_FILE)) {
                    return Optional.of(new TokenNameFinderModel(in));
                }
            }
            try (InputStream in = StatisticalProgramFinder.class.getResourceAsStream(RESOURCE)) {
                return in == null ? Optional.empty() : Optional.of(new TokenNameFinderModel(in));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // no model: the dictionary finder still works
        }
    }

    boolean available() {
        return model != null;
    }

    /**
     * Raw (uncleaned) character spans of programme names found by the model. The model runs on a window of
     * {@link #WINDOW} tokens either side of each cue word (names are kept only next to a cue, see
     * {@link ProgramNames#hasCueNextTo}), clipped to the cue's sentence: the rest of the text is never scored.
     */
    List<Span> find(AnnotatedText text) {
        List<Span> out = new ArrayList<>();
        if (model == null) {
            return out;
        }
        NameFinderME me = finder.get();
        String v = text.view();
        int doneUpTo = 0; // text offset up to which tokens have been scored
        for (int cueStart : cuePositions(v)) {
            Budget.check();
            Window w = Window.around(text, cueStart);
            List<Span> tokens = w.tokens();
            int at = AnnotatedText.firstEndingAfter(tokens, cueStart);
            if (at >= tokens.size() || tokens.get(at).start() < doneUpTo) {
                continue;
            }
            if (!nameLikeNeighbour(v, tokens, at)) {
                continue; // a kept name ends right before the cue or starts right after it
            }
            Span sentence = w.sentence();
            int from = Math.max(AnnotatedText.firstEndingAfter(tokens, doneUpTo), at - WINDOW);
            while (from < at && tokens.get(from).start() < sentence.start()) {
                from++;
            }
            int to = Math.min(tokens.size(), at + WINDOW + 1);
            while (to > at + 1 && tokens.get(to - 1).end() > sentence.end()) {
                to--;
            }
            if (to <= from) {
                continue;
            }
            String[] words = new String[to - from];
            for (int k = from; k < to; k++) {
                words[k - from] = tokens.get(k).of(v);
            }
            for (opennlp.tools.util.Span name : me.find(words)) {
                out.add(new Span(tokens.get(from + name.getStart()).start(),
                        tokens.get(from + name.getEnd() - 1).end()));
            }
            doneUpTo = tokens.get(to - 1).end();
        }
        me.clearAdaptiveData();
        return out;
    }

    /**
     * The tokens the model may look at for one cue: all of the cue's sentence (the window is clipped to it), plus
     * enough of the neighbouring sentences for the two-token look either side of the cue in
     * {@link #nameLikeNeighbour}. A cue outside every sentence takes the whole text, clipped to nothing.
     */
    private record Window(List<Span> tokens, Span sentence) {
        static Window around(AnnotatedText text, int cueStart) {
            int k = text.sentenceIndexAt(cueStart);
            if (k < 0) {
                return new Window(text.tokens(), new Span(0, text.text().length()));
            }
            int last = text.sentences().size() - 1;
            List<Span> tokens = new ArrayList<>(text.tokensOf(k));
            int hi = k;
            // the cue's token: the first ending after the cue (normally in its own sentence)
            while (hi < last && (tokens.isEmpty() || tokens.get(tokens.size() - 1).end() <= cueStart)) {
                tokens.addAll(text.tokensOf(++hi));
            }
            int at = AnnotatedText.firstEndingAfter(tokens, cueStart);
            while (hi < last && tokens.size() - at - 1 < 2) {
                tokens.addAll(text.tokensOf(++hi));
            }
            for (int lo = k; at < 2 && lo > 0; ) {
                List<Span> previous = text.tokensOf(--lo);
                tokens.addAll(0, previous);
                at += previous.size();
            }
            return new Window(tokens, text.sentences().get(k));
        }
    }

    /** Whether the word before or after the cue token (past quotes) starts with a capital or a digit. */
    private static boolean nameLikeNeighbour(String v, List<Span> tokens, int at) {
        int before = at - 1;
        while (before >= 0 && before > at - 3 && !Character.isLetterOrDigit(v.charAt(tokens.get(before).start()))) {
            before--;
        }
        int after = at + 1;
        while (after < tokens.size() && after < at + 3
                && !Character.isLetterOrDigit(v.charAt(tokens.get(after).start()))) {
            after++;
        }
        return capitalOrDigit(v, tokens, before) || capitalOrDigit(v, tokens, after);
    }

    private static boolean capitalOrDigit(String v, List<Span> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return false;
        }
        Span t = tokens.get(i);
        for (int k = t.start(); k < t.end(); k++) {
            char c = v.charAt(k);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /** Word-initial occurrences of the cue stems, in text order. */
    private static int[] cuePositions(String v) {
        char[] c = v.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(c[i]);
        }
        String lower = new String(c);
        java.util.TreeSet<Integer> at = new java.util.TreeSet<>();
        for (String cue : CUES) {
            int from = 0;
            int i;
            while ((i = lower.indexOf(cue, from)) >= 0) {
                if (i == 0 || !Character.isLetter(lower.charAt(i - 1))) {
                    at.add(i);
                }
                from = i + 1;
            }
        }
        return at.stream().mapToInt(Integer::intValue).toArray();
    }

}
