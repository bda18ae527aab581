package org.policylens.pipeline;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.extract.act.ActIds;
import org.policylens.index.CorpusIndex;
import org.policylens.index.LuceneCorpusIndex;
import org.policylens.index.SearchHit;
import org.policylens.index.SearchRequest;
import org.policylens.ingest.IngestLimits;
import org.policylens.model.ActRef;
import org.policylens.model.DateValue;
import org.policylens.model.DocumentId;
import org.policylens.model.Fact;
import org.policylens.model.IngestOutcome;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The index issue's acceptance checks through the real pipeline (Tika, extraction, Lucene) on real
 * documents: a slice of the US executive orders, the Kazakh and Uzbek acts, and our corpus.
 */
class RealCorpusSearchTest {
    private static final Path REAL = Path.of("..", "shared", "corpus-real");

    @TempDir
    static Path dir;
    static CorpusIndex index;
    static Map<DocumentId, List<Fact>> factsByDocument = new HashMap<>();

    @BeforeAll
    static void indexRealDocuments() throws IOException {
        assumeTrue(Files.isDirectory(REAL), "../shared/corpus-real is not here");
        List<Path> roots = new ArrayList<>();
        try (Stream<Path> eos = Files.list(REAL.resolve("us-eo").resolve("htm"))) {
            // the orders of 2013-2015 (EO 13658 among them) and their neighbours: enough competition for ranking
            eos.filter(p -> p.getFileName().toString().matches("EO_13(6[0-9]\\d|70\\d)\\.htm")).sorted().forEach(roots::add);
        }
        roots.add(REAL.resolve("uz"));
        roots.add(REAL.resolve("kz"));
        roots.add(Path.of("corpus", "decrees"));
        index = LuceneCorpusIndex.open(dir.resolve("index"), ActIds::canonical);
        List<IngestOutcome> outcomes = new IndexJob(Pipeline.standard(IngestLimits.DEFAULTS, 2), index, 500).run(roots, false);
        assertTrue(outcomes.stream().noneMatch(o -> o instanceof IngestOutcome.Failed), outcomes.toString());
        index.forEachFact(f -> factsByDocument.computeIfAbsent(f.document(), k -> new ArrayList<>()).add(f));
    }

    @AfterAll
    static void close() throws IOException {
        if (index != null) {
            index.close();
        }
    }

    private static List<SearchHit> search(String query, Optional<String> act, Optional<String> from, Optional<String> to) {
        return index.search(SearchRequest.builder(query, 1000).act(act.orElse(null))
                .dates(from.orElse(null), to.orElse(null)).build()).hits();
    }

    @Test
    void minimumWageOrderRanksFirst() {
        List<SearchHit> hits = search("\"executive order\" minimum wage", Optional.empty(), Optional.empty(), Optional.empty());
        assertTrue(hits.get(0).document().value().endsWith("EO_13658.htm"), hits.get(0).toString());
    }

    @Test
    void actFilterListsEveryDocumentCitingTheActInAnyLanguage() {
        Set<DocumentId> citing = factsByDocument.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(f -> f.value() instanceof ActRef a && a.id().equals("PF-6079")))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertTrue(citing.size() >= 3, "PF-6079 is cited in English, Russian and Uzbek sheets: " + citing);
        Set<DocumentId> found = new HashSet<>();
        search("*:*", Optional.of("УП-6079"), Optional.empty(), Optional.empty()).forEach(h -> found.add(h.document()));
        assertEquals(citing, found);
    }

    @Test
    void dateFilterKeepsOnlyDocumentsWithAFactInThePeriod() {
        List<SearchHit> hits = search("order", Optional.empty(), Optional.of("2014-01-01"), Optional.of("2014-12-31"));
        assertFalse(hits.isEmpty());
        DateValue year2014 = new DateValue("2014");
        for (SearchHit hit : hits) {
            boolean dated = factsByDocument.getOrDefault(hit.document(), List.of()).stream().anyMatch(f ->
                    (f.value() instanceof DateValue d && d.overlaps(year2014))
                            || f.when().map(w -> w.overlaps(year2014)).orElse(false));
            assertTrue(dated, hit.document() + " has no fact dated in 2014");
        }
        assertTrue(hits.stream().anyMatch(h -> h.document().value().endsWith("EO_13658.htm")));
    }

    @Test
    void latinQueryFindsTheCyrillicUzbekResolution() {
        List<SearchHit> hits = search("\"moliyaviy hisobot\"", Optional.empty(), Optional.empty(), Optional.empty());
        assertTrue(hits.stream().anyMatch(h -> h.document().value().endsWith("pq-282-2025-09-15-cyrl.txt")), hits.toString());
    }
}
