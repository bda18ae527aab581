package org.policylens.ingest;

import org.policylens.model.DocumentId;
import org.policylens.model.ParseResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * By-hand check of memory and robustness: ingests everything under the given paths and prints a summary.
 * Run with a small heap, e.g. {@code java -Xmx512m -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * org.policylens.ingest.CorpusIngestProbe ../shared/corpus-real}.
 */
public final class CorpusIngestProbe {
    public static void main(String[] args) {
        if (args.length == 2 && args[0].equals("--dump")) {
            ParseResult r = new TikaIngester().ingest(Path.of(args[1]), new DocumentId(args[1]));
            if (r instanceof ParseResult.Parsed p) {
                System.out.println(p.document().mediaType() + " " + p.document().language() + " " + p.document().metadata());
                System.out.println("pages=" + p.document().pages());
                for (var span : p.document().paragraphs()) {
                    System.out.println("¶ " + span.of(p.document().text()));
                }
            } else {
                System.out.println(r);
            }
            return;
        }
        List<Path> roots = new ArrayList<>();
        boolean verbose = false;
        for (String a : args) {
            if (a.equals("-v")) {
                verbose = true;
            } else {
                roots.add(Path.of(a));
            }
        }
        long t0 = System.nanoTime();
        WalkResult walk = new FileWalker().walk(roots);
        TikaIngester ingester = new TikaIngester();
        Map<String, Integer> byType = new TreeMap<>();
        Map<String, Integer> byLang = new TreeMap<>();
        List<ParseResult.Failed> failed = new ArrayList<>(walk.failures());
        long[] chars = {0};
        boolean v = verbose;
        try (ProgressBar bar = ProgressBar.forConsole(walk.files().size())) {
            new ParallelIngest().run(walk.files(), p -> ingester.ingest(p, new DocumentId(p.toString())), r -> {
                if (r instanceof ParseResult.Parsed parsed) {
                    var d = parsed.document();
                    byType.merge(d.mediaType() + " " + d.metadata().get("document-type"), 1, Integer::sum);
                    byLang.merge(d.language(), 1, Integer::sum);
                    chars[0] += d.text().length();
                    if (v) {
                        System.out.println(r.path() + "\t" + d.mediaType() + "\t" + d.language() + "\t"
                                + d.metadata().get("document-type") + "\t" + d.paragraphs().size() + "\t"
                                + d.title());
                    }
                } else {
                    failed.add((ParseResult.Failed) r);
                }
            }, bar);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Runtime rt = Runtime.getRuntime();
        System.out.printf("files=%d failed=%d chars=%d time=%d ms maxHeap=%d MB usedNow=%d MB%n",
                walk.files().size() + walk.failures().size(), failed.size(), chars[0], ms,
                rt.maxMemory() >> 20, (rt.totalMemory() - rt.freeMemory()) >> 20);
        System.out.println("types: " + byType);
        System.out.println("languages: " + byLang);
        failed.forEach(f -> System.out.println("FAILED " + f.path() + ": " + f.reason()));
    }
}
