package org.policylens.extract.program;

import org.policylens.budget.Budget;
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
 * is shared, the {@link ProgramNameTagger} (OpenNLP's name finder, less its repeated work) is one per thread.
 */
final class StatisticalProgramFinder {
    static final String RESOURCE = "/org/policylens/models/program-ner.bin";
    static final Path PROJECT_FILE = Path.of("models", "program-ner.bin");
    /** Cue stems, lowercase; tried at word starts in one pass (a regex over megabytes is too slow). */
    private static final String[] CUES = ProgramNames.CONTEXT_CUES;
    /** The cue stems' first letters: a word starting with none of them is not tried against every cue. */
    private static final String CUE_INITIALS = java.util.Arrays.stream(CUES).filter(c -> !c.isEmpty())
            .map(c -> c.substring(0, 1)).distinct().collect(java.util.stream.Collectors.joining());
    static final int WINDOW = 12;

    private final TokenNameFinderModel model;
    private final ThreadLocal<ProgramNameTagger> finder;

    StatisticalProgramFinder(TokenNameFinderModel model) {
        this.model = model;
        this.finder = model == null ? null : ThreadLocal.withInitial(() -> new ProgramNameTagger(model));
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
        ProgramNameTagger me = finder.get();
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

    /**
     * Word-initial occurrences of the cue stems (compared letter by lowercased letter), in text order: one pass over
     * the text that tries the cues only at word starts, not a lowercased copy of the text searched once per cue.
     */
    private static int[] cuePositions(String v) {
        int[] at = new int[16];
        int found = 0;
        boolean afterLetter = false;
        for (int i = 0; i < v.length(); i++) {
            char c = Character.toLowerCase(v.charAt(i));
            if (!afterLetter && CUE_INITIALS.indexOf(c) >= 0 && startsWithCue(v, i)) {
                if (found == at.length) {
                    at = java.util.Arrays.copyOf(at, found * 2);
                }
                at[found++] = i;
            }
            afterLetter = Character.isLetter(c);
        }
        return java.util.Arrays.copyOf(at, found);
    }

    private static boolean startsWithCue(String v, int i) {
        for (String cue : CUES) {
            if (i + cue.length() <= v.length() && startsWith(v, i, cue)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(String v, int i, String cue) {
        for (int k = 0; k < cue.length(); k++) {
            if (Character.toLowerCase(v.charAt(i + k)) != cue.charAt(k)) {
                return false;
            }
        }
        return true;
    }

}
