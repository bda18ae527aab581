package org.policylens.ingest;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policylens.model.DocumentId;
import org.policylens.model.ParseResult;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Ingests every file of the real-world corpus (in the normal suite; skipped when the folder is absent). */
@Tag("corpus-real")
class CorpusRealIngestTest {
    private static final Path CORPUS = Path.of("..", "shared", "corpus-real");
    /** Failures we accept because they name a cause in the input, not a bug of ours. */
    private static final Pattern EXPLAINED = Pattern.compile(
            "^(encrypted .*|empty file|no extractable text .*|not a valid .*|suspected zip bomb.*|processing exceeded .*)$");
    private static final Pattern MOJIBAKE = Pattern.compile("Ã.|Â |â€|Ð[°-¿]|Ñ[€-]");

    @Test
    void wholeCorpusIngests() {
        assumeTrue(Files.isDirectory(CORPUS), "corpus-real not present");
        WalkResult walk = new FileWalker().walk(List.of(CORPUS));
        assertTrue(walk.failures().isEmpty(), walk.failures().toString());
        TikaIngester ingester = new TikaIngester();
        List<ParseResult.Failed> failed = new ArrayList<>();
        Map<String, String> languages = new ConcurrentHashMap<>();
        List<String> mojibake = new ArrayList<>();
        int[] parsed = {0};
        new ParallelIngest().run(walk.files(), p -> ingester.ingest(p, new DocumentId(p.toString())), r -> {
            if (r instanceof ParseResult.Parsed p) {
                parsed[0]++;
                languages.put(CORPUS.relativize(p.path()).toString(), p.document().language());
                if (MOJIBAKE.matcher(p.document().text()).find()) {
                    mojibake.add(p.path().toString());
                }
            } else {
                failed.add((ParseResult.Failed) r);
            }
        });
        failed.forEach(f -> assertTrue(EXPLAINED.matcher(f.reason()).matches(), f.path() + ": " + f.reason()));
        assertTrue(parsed[0] > 1900, "parsed " + parsed[0] + " of " + walk.files().size());
        assertTrue(mojibake.isEmpty(), "mojibake in " + mojibake);
        assertEquals("uz-Latn", languages.get("uz/tax-code-latn.txt"));
        assertEquals("uz-Latn", languages.get("uz/orq-404-accounting-law-latn.txt"));
        assertEquals("uz-Cyrl", languages.get("uz/pq-282-2025-09-15-cyrl.txt"));
        assertEquals("ru", languages.get("kz/kz_rus_104060_o_celevom_sbore.md"));
        assertFalse(languages.entrySet().stream().anyMatch(e -> e.getKey().startsWith("us-") && !e.getValue().equals("en")),
                "a US document not identified as English");
        System.out.printf("corpus-real: %d files, %d parsed, %d failed%n", walk.files().size(), parsed[0], failed.size());
    }
}
