package org.policylens.extract.program;

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
import java.util.regex.Pattern;

/**
 * The OpenNLP name finder trained on {@code models/train/} (entity type {@code program}). It only looks at
 * sentences that contain a quote or a cue word (programme, стратегия, dastur, лойиҳа, ...): the model was
 * trained to use exactly that context, and skipping the rest keeps extraction fast. Thread-safe: the model
 * is shared, the {@link NameFinderME} is one per thread.
 */
final class StatisticalProgramFinder {
    static final String RESOURCE = "/org/policylens/models/program-ner.bin";
    static final Path PROJECT_FILE = Path.of("models", "program-ner.bin");
    private static final Pattern CUE = Pattern.compile(
            "[«“„\"]|(?iu)(?<!\\p{L})(?:program|strateg|project|initiative|concept|программ|стратеги|проект"
                    + "|концепци|инициатив|dastur|loyiha|konsepsiya|tashabbus|дастур|лойиҳа|ташаббус)");
    private static final int MAX_SENTENCE_TOKENS = 400;

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

    /** Raw (uncleaned) character spans of programme names found by the model. */
    List<Span> find(AnnotatedText text) {
        List<Span> out = new ArrayList<>();
        if (model == null) {
            return out;
        }
        NameFinderME me = finder.get();
        String v = text.view();
        List<Span> tokens = text.tokens();
        int t = 0;
        for (Span sentence : text.sentences()) {
            while (t < tokens.size() && tokens.get(t).start() < sentence.start()) {
                t++;
            }
            int first = t;
            while (t < tokens.size() && tokens.get(t).end() <= sentence.end()) {
                t++;
            }
            int count = t - first;
            if (count == 0 || count > MAX_SENTENCE_TOKENS
                    || !CUE.matcher(v).region(sentence.start(), sentence.end()).find()) {
                continue;
            }
            String[] words = new String[count];
            for (int k = 0; k < count; k++) {
                words[k] = tokens.get(first + k).of(v);
            }
            for (opennlp.tools.util.Span name : me.find(words)) {
                out.add(new Span(tokens.get(first + name.getStart()).start(),
                        tokens.get(first + name.getEnd() - 1).end()));
            }
        }
        me.clearAdaptiveData();
        return out;
    }
}
