package org.policylens.train;

import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderEvaluator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.eval.FMeasure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds {@code models/program-ner.bin} from {@code models/train/} (formatting the hand-written sources
 * first, see {@link TrainingData}) and copies the model and the gazetteer into
 * {@code src/main/resources/org/policylens/models/} when {@code src/main} is next to {@code models/}, so the jar
 * is self-contained. Training is deterministic: maxent (GIS), fixed iterations and cutoff, one thread,
 * samples in file order.
 */
public final class ModelTrainer {
    public static final String MODEL_FILE = "program-ner.bin";
    static final int ITERATIONS = 150;
    static final int CUTOFF = 1;

    /** Precision, recall and F1 of exact-span name matches. */
    public record Scores(double precision, double recall, double f1, int samples) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (%d sentences)", precision, recall,
                    f1, samples);
        }
    }

    private ModelTrainer() {
    }

    /** Formats the sources, trains on every {@code train/program-*.txt}, writes the model (and resource copies). */
    public static void trainAll(Path modelsDir) {
        try {
            Path trainDir = modelsDir.resolve("train");
            TrainingData.formatSources(trainDir);
            List<NameSample> samples = readSamples(trainDir);
            TokenNameFinderModel model = train(samples);
            Path target = modelsDir.resolve(MODEL_FILE);
            try (OutputStream out = Files.newOutputStream(target)) {
                model.serialize(out);
            }
            Path project = modelsDir.toAbsolutePath().getParent();
            Path resources = project.resolve(Path.of("src", "main", "resources", "org", "policylens", "models"));
            if (Files.isDirectory(project.resolve(Path.of("src", "main")))) {
                Files.createDirectories(resources);
                Files.copy(target, resources.resolve(MODEL_FILE), StandardCopyOption.REPLACE_EXISTING);
                Path gazetteer = modelsDir.resolve("gazetteer").resolve("programs.tsv");
                if (Files.isRegularFile(gazetteer)) {
                    Files.copy(gazetteer, resources.resolve("programs.tsv"), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot train the programme model in " + modelsDir, e);
        }
    }

    /** Deterministic k-fold cross-validation (sentence i is in fold i mod k) of the statistical finder alone. */
    public static Scores crossValidate(Path modelsDir, int folds) throws IOException {
        List<NameSample> samples = readSamples(modelsDir.resolve("train"));
        FMeasure total = new FMeasure();
        for (int k = 0; k < folds; k++) {
            List<NameSample> train = new ArrayList<>();
            List<NameSample> test = new ArrayList<>();
            for (int i = 0; i < samples.size(); i++) {
                (i % folds == k ? test : train).add(samples.get(i));
            }
            TokenNameFinderModel model = train(train);
            TokenNameFinderEvaluator evaluator = new TokenNameFinderEvaluator(new NameFinderME(model));
            evaluator.evaluate(ObjectStreamUtils.createObjectStream(test));
            total.mergeInto(evaluator.getFMeasure());
        }
        return new Scores(total.getPrecisionScore(), total.getRecallScore(), total.getFMeasure(), samples.size());
    }

    static TokenNameFinderModel train(List<NameSample> samples) throws IOException {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        TokenNameFinderFactory factory = new TokenNameFinderFactory(null, Map.of(), new BioCodec());
        return NameFinderME.train("mul", TrainingData.TYPE, ObjectStreamUtils.createObjectStream(samples), params,
                factory);
    }

    static List<NameSample> readSamples(Path trainDir) throws IOException {
        List<NameSample> samples = new ArrayList<>();
        List<Path> files;
        try (var list = Files.list(trainDir)) {
            files = list.filter(p -> p.getFileName().toString().matches("program-.*\\.txt")
                    && !p.getFileName().toString().endsWith(".src.txt")).sorted().toList();
        }
        for (Path f : files) {
            try (ObjectStream<NameSample> in = new NameSampleDataStream(new PlainTextByLineStream(
                    () -> Files.newInputStream(f), StandardCharsets.UTF_8))) {
                NameSample s;
                while ((s = in.read()) != null) {
                    samples.add(s);
                }
            }
        }
        return samples;
    }

    /** {@code java ... ModelTrainer [modelsDir]}: trains, then prints the 10-fold cross-validation scores. */
    public static void main(String[] args) throws IOException {
        Path models = Path.of(args.length > 0 ? args[0] : "models");
        trainAll(models);
        System.out.println("program NER, 10-fold cross-validation: " + crossValidate(models, 10));
    }
}
