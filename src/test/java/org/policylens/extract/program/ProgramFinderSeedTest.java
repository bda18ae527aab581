package org.policylens.extract.program;

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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgramFinderSeedTest {
    private static final Path ARTICLE = Path.of("..", "shared", "seed", "article-dusbekova-2026.txt");
    private static final Path PQ282 = Path.of("..", "shared", "corpus-real", "uz", "pq-282-2025-09-15-cyrl.txt");

    private static List<Candidate> programs(Path file, Language lang) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(file), "real data absent: " + file);
        String text = Files.readString(file);
        AnnotatedText at = new OpenNlpAnnotator().annotate(text, lang);
        List<Candidate> found = new ProgramFinder().find(at);
        for (Candidate c : found) {
            System.out.println(c.value().normalized() + "\t[" + c.span().of(text) + "]\t" + c.finder());
        }
        return found;
    }

    @Test
    void seedArticleNamesItsProgrammes() throws Exception {
        Set<String> names = programs(ARTICLE, Language.EN).stream().map(c -> c.value().normalized())
                .collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("One Million Programmers", "Digital Uzbekistan – 2030",
                "Digital Kazakhstan", "IT Park", "TechOrda")), names.toString());
        assertFalse(names.contains("Coursera"), names.toString());
    }

    @Test
    void pq282NamesUzbekistan2030() throws Exception {
        Set<String> names = programs(PQ282, Language.UZ_CYRL).stream().map(c -> c.value().normalized())
                .collect(Collectors.toSet());
        assertTrue(names.contains("Uzbekistan – 2030"), names.toString());
    }
}
