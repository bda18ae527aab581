package org.policylens.train;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.annotate.OpenNlpAnnotator;
import org.policylens.model.Language;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelTrainerTest {
    private static final Path MODELS = Path.of("models");

    @Test
    void committedTrainingFilesAreUpToDateWithTheirSources(@TempDir Path tmp) throws IOException {
        Path train = copyTrainingSources(tmp);
        List<Path> written = TrainingData.formatSources(train);
        assertEquals(4, written.size());
        for (Path p : written) {
            assertEquals(Files.readAllLines(MODELS.resolve("train").resolve(p.getFileName())), Files.readAllLines(p),
                    p.getFileName() + " is stale: run ModelTrainer");
        }
    }

    @Test
    void thereAreAtLeast300SentencesInFourLanguagesWithNegatives() throws IOException {
        int sentences = 0;
        int negatives = 0;
        for (String lang : List.of("en", "ru", "uz-latn", "uz-cyrl")) {
            List<String> lines = Files.readAllLines(MODELS.resolve("train").resolve("program-" + lang + ".txt"));
            sentences += lines.size();
            negatives += (int) lines.stream().filter(l -> !l.contains("<START:program>")).count();
        }
        assertTrue(sentences >= 300, "sentences: " + sentences);
        assertTrue(negatives >= 50, "negatives: " + negatives);
    }

    @Test
    void trainingIsDeterministicAndWritesModelAndResourceCopies(@TempDir Path tmp) throws IOException {
        Path models = tmp.resolve("models");
        copyTrainingSources(models);
        Files.createDirectories(models.resolve("gazetteer"));
        Files.copy(MODELS.resolve("gazetteer").resolve("programs.tsv"), models.resolve("gazetteer").resolve("programs.tsv"));
        Files.createDirectories(tmp.resolve("src").resolve("main"));
        ModelTrainer.trainAll(models);
        Path model = models.resolve(ModelTrainer.MODEL_FILE);
        Path resources = tmp.resolve("src/main/resources/org/policylens/models");
        assertTrue(Files.isRegularFile(resources.resolve(ModelTrainer.MODEL_FILE)));
        assertTrue(Files.isRegularFile(resources.resolve("programs.tsv")));

        String[] tokens = tokens("The government launched the “Blue Sky Schools” programme in 2021 .");
        String[] first = names(model, tokens);
        ModelTrainer.trainAll(models);
        assertArrayEquals(first, names(model, tokens));
        assertArrayEquals(first, names(MODELS.resolve(ModelTrainer.MODEL_FILE), tokens),
                "the committed model differs from a fresh training run");
        assertEquals(List.of("Blue Sky Schools"), Arrays.asList(first));
    }

    @Test
    void heldOutScoresOfTheStatisticalFinderStayHigh() throws IOException {
        ModelTrainer.Scores scores = ModelTrainer.crossValidate(MODELS, 5);
        assertTrue(scores.f1() >= 0.75 && scores.precision() >= 0.8, scores.toString());
    }

    @Test
    void malformedSourcesAreReportedWithTheirLine(@TempDir Path tmp) throws IOException {
        Path src = Files.createDirectories(tmp.resolve("source"));
        Files.writeString(src.resolve("program-en.src.txt"), "An [[unclosed name.\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrainingData.formatSources(tmp));
        assertTrue(e.getMessage().contains("program-en.src.txt:1"), e.getMessage());
    }

    private static String[] tokens(String sentence) {
        var at = new OpenNlpAnnotator().annotate(sentence, Language.EN);
        return at.tokens().stream().map(t -> t.of(at.view())).toArray(String[]::new);
    }

    private static String[] names(Path model, String[] tokens) throws IOException {
        try (InputStream in = Files.newInputStream(model)) {
            NameFinderME finder = new NameFinderME(new TokenNameFinderModel(in));
            return Arrays.stream(finder.find(tokens))
                    .map(s -> String.join(" ", Arrays.copyOfRange(tokens, s.getStart(), s.getEnd())))
                    .toArray(String[]::new);
        }
    }

    private static Path copyTrainingSources(Path modelsDir) throws IOException {
        Path train = Files.createDirectories(modelsDir.resolve("train").resolve("source"));
        try (var files = Files.list(MODELS.resolve("train").resolve("source"))) {
            for (Path f : files.toList()) {
                Files.copy(f, train.resolve(f.getFileName()));
            }
        }
        return train.getParent();
    }
}
