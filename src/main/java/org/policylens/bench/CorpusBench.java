package org.policylens.bench;

import org.policylens.ingest.FileWalker;
import org.policylens.ingest.WalkResult;
import org.policylens.timing.StageClock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The three systems over one folder of real files, paired: every repetition runs bare Tika, Tika + Lucene and
 * policylens back to back on the same files, in an order rotated from one repetition to the next, so load from other
 * processes on a shared machine falls on all three alike and each repetition gives its own ratios. policylens' runs
 * have the {@link StageClock} on, so the result names what each stage cost.
 */
final class CorpusBench {

    /** Runs policylens' indexAll over files into a fresh index; null when it failed (the runner notes why). */
    interface PolicylensRun {
        StageRun run(List<Path> files, long bytes, Path indexDir) throws IOException;
    }

    /** One repetition: the three systems' runs, in the order they ran. */
    record Pass(int repetition, List<StageRun> runs) {
        StageRun of(String system) {
            return runs.stream().filter(r -> r.system().equals(system)).findFirst().orElse(null);
        }
    }

    /** The folder, its files and bytes, the untimed warm-up passes, the timed passes and the stages per timed run. */
    record Result(String name, Path dir, int files, long bytes, int warmupPasses, List<Pass> passes,
                  List<StageClock.StageTime> stagesPerRun, int unreadable) {
    }

    private final int threads;
    private final Path workDir;
    private final PolicylensRun policylens;
    private final Consumer<String> say;

    CorpusBench(int threads, Path workDir, PolicylensRun policylens, Consumer<String> say) {
        this.threads = threads;
        this.workDir = workDir;
        this.policylens = policylens;
        this.say = say;
    }

    /** The files policylens' index command would read under {@code dir}, in walk order. */
    static WalkResult filesOf(Path dir) {
        return new FileWalker().walk(List.of(dir));
    }

    Result run(Path dir, int warmupPasses, int repetitions) throws Exception {
        String name = dir.toAbsolutePath().normalize().getFileName().toString();
        WalkResult walk = filesOf(dir);
        List<Path> files = walk.files();
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        say.accept(String.format(java.util.Locale.ROOT, "corpus %s: %d files, %.1f MB (%d unreadable paths skipped)",
                name, files.size(), bytes / 1048576.0, walk.failures().size()));
        TikaParseBaseline tika = new TikaParseBaseline();
        TikaLuceneBaseline lucene = new TikaLuceneBaseline();
        Path baselineIndex = workDir.resolve("index-" + name + "-baseline");
        Path ownIndex = workDir.resolve("index-" + name + "-policylens");
        for (int w = 1; w <= warmupPasses; w++) {
            for (StageRun r : List.of(tika.run(files, bytes, threads), lucene.run(files, bytes, baselineIndex, threads))) {
                sayRun(name, "warm-up " + w, r);
            }
            StageRun own = policylens.run(files, bytes, ownIndex);
            if (own != null) {
                sayRun(name, "warm-up " + w, own);
            }
        }
        List<Pass> passes = new ArrayList<>();
        StageClock.reset();
        int timedOwn = 0;
        long finalBytes = bytes;
        for (int rep = 1; rep <= repetitions; rep++) {
            List<StageRun> runs = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                StageRun r = switch ((rep - 1 + k) % 3) {
                    case 0 -> tika.run(files, finalBytes, threads);
                    case 1 -> lucene.run(files, finalBytes, baselineIndex, threads);
                    default -> {
                        StageClock.enable(true);
                        try {
                            yield policylens.run(files, finalBytes, ownIndex);
                        } finally {
                            StageClock.enable(false);
                        }
                    }
                };
                if (r != null) {
                    runs.add(r);
                    if (r.system().equals(BenchRunner.POLICYLENS)) {
                        timedOwn++;
                    }
                }
            }
            passes.add(new Pass(rep, runs));
        }
        int perRun = Math.max(1, timedOwn);
        List<StageClock.StageTime> stages = StageClock.snapshot().stream()
                .map(t -> new StageClock.StageTime(t.stage(), t.nanos() / perRun, t.calls() / perRun)).toList();
        StageClock.reset();
        BenchCorpusGenerator.deleteRecursively(baselineIndex);
        BenchCorpusGenerator.deleteRecursively(ownIndex);
        return new Result(name, dir, files.size(), bytes, warmupPasses, passes, stages, walk.failures().size());
    }

    private void sayRun(String name, String what, StageRun r) {
        say.accept(String.format(java.util.Locale.ROOT, "corpus %s, %s: %-11s %7.2f s  %6.2f MB/s  %7.1f docs/s%s",
                name, what, r.system(), r.seconds(), r.megabytesPerSecond(), r.documentsPerSecond(),
                r.failures() > 0 ? "  (" + r.failures() + " failed)" : ""));
    }
}
