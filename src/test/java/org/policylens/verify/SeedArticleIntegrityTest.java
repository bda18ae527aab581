package org.policylens.verify;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The first user document cites [15] but its reference list stops at 14. */
class SeedArticleIntegrityTest {
    private static final Path SEED = Path.of("..", "shared", "seed", "article-dusbekova-2026.txt");

    @Test
    void findsTheOneDanglingCitationOfTheSeedArticle() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(SEED), "seed article not present");
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        List<IntegrityFinding> findings = new ArticleIntegrityChecker()
                .check(TestFacts.document("article-dusbekova-2026.txt", text, "h"), List.of());
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(IntegrityFinding.Kind.DANGLING_CITATION, findings.get(0).kind());
        assertEquals("[15]", findings.get(0).span().of(text));
    }
}
