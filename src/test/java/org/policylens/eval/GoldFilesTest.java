package org.policylens.eval;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policylens.model.FactType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Sanity checks of the checked-in gold annotations against the real passages they annotate. */
class GoldFilesTest {
    static final Path GOLD = Path.of("src", "test", "resources", "gold");
    static final Path SHARED = Path.of("..", "shared");
    private static List<GoldFile> golds;

    @BeforeAll
    static void load() throws IOException {
        golds = GoldFile.readAll(GOLD);   // parsing validates every value, qualifier and date
    }

    @Test
    void everyTextOccursInItsPassageAtLeastAsOftenAsAnnotated() throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (GoldFile g : golds) {
            Path source = g.sourcePath(SHARED);
            if (!Files.exists(source)) {
                continue;
            }
            String passage = g.passage(SHARED);
            Map<String, Integer> wanted = new TreeMap<>();
            g.facts().forEach(f -> wanted.merge(f.text(), 1, Integer::sum));
            for (var e : wanted.entrySet()) {
                int found = occurrences(passage, e.getKey());
                if (found < e.getValue()) {
                    problems.add(g.name() + ": '" + e.getKey().replace("\n", "\\n") + "' annotated " + e.getValue()
                            + "x, found " + found + "x");
                }
            }
            checked++;
        }
        assumeTrue(checked > 0, "../shared corpus not present");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void perLanguageTotalsMeetTheMinimums() {
        Map<String, Integer> bySection = new TreeMap<>();
        Map<String, Integer> byScript = new TreeMap<>();
        for (GoldFile g : golds) {
            bySection.merge(g.section(), g.facts().size(), Integer::sum);
            byScript.merge(g.language(), g.facts().size(), Integer::sum);
        }
        System.out.println("gold facts per section: " + bySection + "; per type and section: " + typeTable());
        assertTrue(bySection.getOrDefault("seed", 0) >= 100, "seed: " + bySection);
        // The Russian material of the shared corpus (two Kazakh laws) holds 119 facts, so the project's own
        // Russian fact sheets (corpus/decrees, Windows-1251 and KOI8-R) complete the 150.
        assertTrue(bySection.getOrDefault("ru", 0) >= 150, "ru: " + bySection);
        assertTrue(byScript.getOrDefault("uz-Latn", 0) + byScript.getOrDefault("uz-Cyrl", 0) >= 150, "uz: " + byScript);
        assertTrue(byScript.getOrDefault("uz-Latn", 0) >= 60, "uz-Latn: " + byScript);
        assertTrue(byScript.getOrDefault("uz-Cyrl", 0) >= 60, "uz-Cyrl: " + byScript);
        assertTrue(bySection.getOrDefault("en", 0) >= 60, "en: " + bySection);
    }

    @Test
    void projectSourcesArePresentAndDecodeCleanly() throws IOException {
        List<GoldFile> own = golds.stream().filter(GoldFile::fromProject).toList();
        assertTrue(own.size() >= 2, "expected the project's own Russian fact sheets among the gold files");
        for (GoldFile g : own) {
            assertTrue(Files.isRegularFile(g.sourcePath(SHARED)), g.name() + ": no " + g.sourcePath(SHARED));
            String passage = g.passage(SHARED);
            // a wrong '# encoding:' header shows up as replacement characters or as no Cyrillic at all
            assertEquals(-1, passage.indexOf('\uFFFD'), g.name() + " does not decode as " + g.encoding());
            assertTrue(passage.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC),
                    g.name() + " decoded as " + g.encoding() + " has no Cyrillic: " + passage.substring(0, 80));
        }
    }

    @Test
    void seedCoversEveryFactTypeAndTheSevenListedActs() {
        GoldFile seed = golds.stream().filter(g -> g.section().equals("seed")).findFirst().orElseThrow();
        for (FactType t : FactType.values()) {
            assertTrue(seed.facts().stream().anyMatch(f -> f.type() == t), "seed has no " + t);
        }
        List<String> acts = seed.facts().stream().filter(f -> f.type() == FactType.ACT).map(GoldFact::value)
                .distinct().sorted().toList();
        assertEquals(List.of("PF-6079", "PQ-162", "PQ-178", "PQ-357", "PQ-358", "VMQ-17", "VMQ-617"), acts);
    }

    private static Map<String, Map<FactType, Integer>> typeTable() {
        Map<String, Map<FactType, Integer>> table = new TreeMap<>();
        for (GoldFile g : golds) {
            for (GoldFact f : g.facts()) {
                table.computeIfAbsent(g.section(), k -> new TreeMap<>()).merge(f.type(), 1, Integer::sum);
            }
        }
        return table;
    }

    private static int occurrences(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }
}
