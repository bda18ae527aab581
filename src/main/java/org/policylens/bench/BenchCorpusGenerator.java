package org.policylens.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Builds a benchmark corpus of N documents, deterministically from a seed, out of real paragraphs
 * (see {@link SourceParagraphs}): each document takes one language, samples 2–5 KB of that language's
 * paragraphs in random order, perturbs their dates and figures ({@link TextPerturber}) and is written
 * in the format {@link BenchFormat#forIndex} gives it. Document i depends only on (seed, i) and the
 * sources, so the files are the same whatever the thread count. A corpus already in the folder with the
 * same size, seed and sources (its {@value #MANIFEST} says so) is reused.
 */
public final class BenchCorpusGenerator {

    public static final String MANIFEST = "manifest.tsv";
    private static final String VERSION = "2";
    private static final int MIN_BYTES = 2000;
    private static final int MAX_BYTES = 5000;
    /** Share of documents per language; languages found only in extra sources get the default weight. */
    private static final Map<String, Double> LANGUAGE_WEIGHTS =
            Map.of("en", 0.4, "ru", 0.2, "uz-Latn", 0.2, "uz-Cyrl", 0.2);
    private static final double DEFAULT_WEIGHT = 0.1;

    private final Map<String, List<SourceParagraph>> paragraphs;
    private final List<String> languages;
    private final double[] cumulativeWeights;

    public BenchCorpusGenerator(Map<String, List<SourceParagraph>> paragraphs) {
        this.paragraphs = Map.copyOf(paragraphs);
        this.languages = paragraphs.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(Map.Entry::getKey).sorted().toList();
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("no source paragraphs: is ../shared/corpus-real present?");
        }
        cumulativeWeights = new double[languages.size()];
        double sum = 0;
        for (int i = 0; i < languages.size(); i++) {
            sum += LANGUAGE_WEIGHTS.getOrDefault(languages.get(i), DEFAULT_WEIGHT);
            cumulativeWeights[i] = sum;
        }
    }

    /** A generator over the default sources: {@code ../shared/corpus-real} and {@code corpus/}, whichever exist. */
    public static BenchCorpusGenerator fromDefaultSources() {
        return new BenchCorpusGenerator(SourceParagraphs.load(defaultSources()));
    }

    public static List<Path> defaultSources() {
        return List.of(Path.of("..", "shared", "corpus-real"), Path.of("corpus"));
    }

    /** {@code target/bench/corpus-N}: outside git, removed by {@code mvn clean}. */
    public static Path defaultDir(int size) {
        return Path.of("target", "bench", "corpus-" + size);
    }

    /** The corpus of {@code size} documents for {@code seed} in {@code dir}, generated unless already there. */
    public BenchCorpus generate(int size, long seed, Path dir) throws IOException {
        if (size < 1) {
            throw new IllegalArgumentException("corpus size must be at least 1: " + size);
        }
        String header = header(size, seed);
        BenchCorpus existing = readManifest(dir, header);
        if (existing != null) {
            return existing;
        }
        deleteRecursively(dir);
        Files.createDirectories(dir);
        List<BenchCorpus.Entry> entries = writeAll(size, seed, dir);
        writeManifest(dir, header, entries);
        return new BenchCorpus(dir, size, seed, entries);
    }

    /** Document i of the corpus for the seed, before it is written in a format. */
    public GeneratedDocument document(int i, long seed) {
        Random random = new Random(seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L + 1);
        String language = pickLanguage(random.nextDouble());
        List<SourceParagraph> pool = paragraphs.get(language);
        TextPerturber perturber = new TextPerturber(random.nextInt(11) - 5, 0.5 + random.nextInt(151) / 100.0);
        int target = MIN_BYTES + random.nextInt(MAX_BYTES - MIN_BYTES + 1);
        List<String> chosen = new ArrayList<>();
        int bytes = 0;
        for (int attempt = 0; attempt < 60 && bytes < target; attempt++) {
            String p = perturber.apply(pool.get(random.nextInt(pool.size())).text());
            int pBytes = p.getBytes(StandardCharsets.UTF_8).length;
            if (bytes + pBytes <= MAX_BYTES || chosen.isEmpty()) {
                chosen.add(p);
                bytes += pBytes;
            }
        }
        String id = String.format(Locale.ROOT, "bench-%06d", i);
        return new GeneratedDocument(id, title(id, chosen.get(0)), language, chosen);
    }

    private String pickLanguage(double u) {
        double x = u * cumulativeWeights[cumulativeWeights.length - 1];
        for (int i = 0; i < cumulativeWeights.length; i++) {
            if (x < cumulativeWeights[i]) {
                return languages.get(i);
            }
        }
        return languages.get(languages.size() - 1);
    }

    private static String title(String id, String firstParagraph) {
        String[] words = firstParagraph.split("\\s+");
        return id + ": " + String.join(" ", java.util.Arrays.copyOf(words, Math.min(8, words.length)));
    }

    private List<BenchCorpus.Entry> writeAll(int size, long seed, Path dir) throws IOException {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<BenchCorpus.Entry>> futures = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                int index = i;
                futures.add(pool.submit(() -> writeOne(index, seed, dir)));
            }
            List<BenchCorpus.Entry> entries = new ArrayList<>(size);
            for (Future<BenchCorpus.Entry> f : futures) {
                entries.add(f.get());
            }
            return entries;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while generating the corpus", e);
        } catch (ExecutionException e) {
            throw new IOException("could not write a benchmark document: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private BenchCorpus.Entry writeOne(int i, long seed, Path dir) throws IOException {
        GeneratedDocument doc = document(i, seed);
        BenchFormat format = BenchFormat.forIndex(i);
        Path sub = dir.resolve(String.format(Locale.ROOT, "d%03d", i / 1000));
        Files.createDirectories(sub);
        Path file = sub.resolve(doc.id() + "." + format.extension());
        DocumentFormatWriter.write(doc, format, file);
        return new BenchCorpus.Entry(file, format, doc.language(), Files.size(file));
    }

    /** Identifies a corpus: generator version, size, seed and how many source paragraphs per language. */
    private String header(int size, long seed) {
        StringBuilder sources = new StringBuilder();
        for (String language : languages) {
            sources.append(language).append('=').append(paragraphs.get(language).size()).append(',');
        }
        return "# policylens-bench-corpus version=" + VERSION + " size=" + size + " seed=" + seed
                + " sources=" + sources;
    }

    private static void writeManifest(Path dir, String header, List<BenchCorpus.Entry> entries) throws IOException {
        StringBuilder b = new StringBuilder(header).append('\n');
        for (BenchCorpus.Entry e : entries) {
            b.append(dir.relativize(e.file()).toString().replace('\\', '/')).append('\t')
                    .append(e.format().name()).append('\t').append(e.language()).append('\t')
                    .append(e.bytes()).append('\n');
        }
        // written last and atomically: a corpus whose generation was interrupted has no manifest
        Path tmp = dir.resolve(MANIFEST + ".tmp");
        Files.writeString(tmp, b, StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(MANIFEST), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The corpus described by the manifest when it matches the header and every file is there; else null. */
    private static BenchCorpus readManifest(Path dir, String header) {
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(header)) {
                return null;
            }
            List<BenchCorpus.Entry> entries = new ArrayList<>(lines.size());
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t");
                Path file = dir.resolve(f[0]);
                long bytes = Long.parseLong(f[3]);
                if (!Files.isRegularFile(file) || Files.size(file) != bytes) {
                    return null;
                }
                entries.add(new BenchCorpus.Entry(file, BenchFormat.valueOf(f[1]), f[2], bytes));
            }
            String[] parts = header.split(" ");
            int size = Integer.parseInt(parts[3].substring("size=".length()));
            long seed = Long.parseLong(parts[4].substring("seed=".length()));
            return entries.size() == size ? new BenchCorpus(dir, size, seed, entries) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
