package org.policylens.extract.program;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;

import java.util.List;
import java.util.Objects;

/**
 * What {@link NameFinderME#find(String[])} finds, with the same model, features and adaptive data, minus the beam's
 * repeated work. The beam keeps three candidate tag sequences and asks for the features, then the model's scores, of
 * each at every token; but a token's features depend on the sequence only through its last two tags (OpenNLP's name
 * context adds the previous and the one-before tags, and its feature generators are cached per token, blind to the
 * tags), and half of the time two candidates end in the same two tags. Those get the same feature array here, and the
 * beam's context cache (keyed by that array) scores it once. One instance per thread, like {@link NameFinderME}.
 */
final class ProgramNameTagger {
    /** Distinct contexts the beam's cache holds: those of the current token are all it can meet again. */
    private static final int SCORED_CONTEXTS = 64;
    /** No additional context, as {@link NameFinderME#find(String[])} gives. */
    private static final String[][] NO_ADDITIONAL_CONTEXT = new String[0][0];

    private final NameContextGenerator features;
    private final SequenceClassificationModel beam;
    private final SequenceCodec<String> codec;
    private final SequenceValidator<String> validator;
    private final Contexts contexts = new Contexts();

    ProgramNameTagger(TokenNameFinderModel model) {
        this.codec = model.getFactory().createSequenceCodec();
        this.validator = codec.createSequenceValidator();
        // NameFinderME also adds a window over caller-given additional context: none is given, so it adds no feature
        this.features = model.getFactory().createContextGenerator();
        Object artifact = model.getArtifact("nameFinder.model");
        String beamSize = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        this.beam = artifact instanceof MaxentModel maxent
                ? new BeamSearch(beamSize == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beamSize),
                        maxent, SCORED_CONTEXTS)
                : model.getNameFinderSequenceModel(); // a sequence-trained model has no beam to spare work in
    }

    /** The names among {@code tokens}, as token index spans; the tokens' tags are remembered for later calls. */
    Span[] find(String[] tokens) {
        contexts.reset();
        @SuppressWarnings("unchecked")
        List<String> tags = beam.bestSequence(tokens, NO_ADDITIONAL_CONTEXT, contexts, validator).getOutcomes();
        features.updateAdaptiveData(tokens, tags.toArray(new String[0]));
        return codec.decode(tags);
    }

    /** Forgets the tags remembered from earlier calls (at the end of a document). */
    void clearAdaptiveData() {
        features.clearAdaptiveData();
    }

    /**
     * The name context's features of a token, computed once for each pair of last two tags before it: the beam asks
     * token by token, so only the current token's are kept (a few, searched in place: cheaper than hashing).
     */
    private final class Contexts implements BeamSearchContextGenerator<String> {
        private static final int MAX_PAIRS = 16;
        private final String[] previous = new String[MAX_PAIRS];
        private final String[] beforePrevious = new String[MAX_PAIRS];
        private final String[][] context = new String[MAX_PAIRS][];
        private int pairs;
        private int token = -1;

        void reset() {
            pairs = 0;
            token = -1;
        }

        @Override
        public String[] getContext(int index, String[] sequence, String[] priorDecisions, Object[] additionalContext) {
            if (index != token) {
                pairs = 0;
                token = index;
            }
            String p = index > 0 ? priorDecisions[index - 1] : null;
            String pp = index > 1 ? priorDecisions[index - 2] : null;
            for (int k = 0; k < pairs; k++) {
                if (Objects.equals(previous[k], p) && Objects.equals(beforePrevious[k], pp)) {
                    return context[k];
                }
            }
            String[] features = ProgramNameTagger.this.features.getContext(index, sequence, priorDecisions,
                    additionalContext);
            if (pairs < MAX_PAIRS) {
                previous[pairs] = p;
                beforePrevious[pairs] = pp;
                context[pairs++] = features;
            }
            return features;
        }
    }
}
