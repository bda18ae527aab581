package org.policylens.extract.act;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.policylens.annotate.AnnotatedText;
import org.policylens.annotate.OpenNlpAnnotator;
import org.policylens.extract.Candidate;
import org.policylens.model.Language;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ActFinderSeedTest {
    private static final Path ARTICLE = Path.of("..", "shared", "seed", "article-dusbekova-2026.txt");
    private static final Path PQ282 = Path.of("..", "shared", "corpus-real", "uz", "pq-282-2025-09-15-cyrl.txt");

    private static List<Candidate> acts(Path file, Language lang) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(file), "real data absent: " + file);
        String text = Files.readString(file);
        AnnotatedText at = new OpenNlpAnnotator().annotate(text, lang);
        List<Candidate> found = new ActFinder().find(at);
        for (Candidate c : found) {
            System.out.println(c.value().normalized() + "\t[" + c.span().of(text) + "]\t" + c.subject());
        }
        return found;
    }

    @Test
    void seedArticleCitesSevenActs() throws Exception {
        Set<String> ids = acts(ARTICLE, Language.EN).stream().map(c -> c.value().normalized())
                .collect(Collectors.toSet());
        assertTrue(ids.containsAll(Set.of("VMQ-17", "PF-6079", "PQ-357", "PQ-162", "PQ-178", "PQ-358", "VMQ-617")),
                ids.toString());
    }

    @Test
    void pq282FindsItselfAndTheDecreeItImplements() throws Exception {
        List<Candidate> found = acts(PQ282, Language.UZ_CYRL);
        Set<String> ids = found.stream().map(c -> c.value().normalized()).collect(Collectors.toSet());
        assertTrue(ids.containsAll(Set.of("PQ-282", "PF-16")), ids.toString());
    }
}
