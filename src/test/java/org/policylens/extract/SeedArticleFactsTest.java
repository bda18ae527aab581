package org.policylens.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policylens.model.Fact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Dates and figures of the first user document, through this branch's finders, resolver and linkers. */
class SeedArticleFactsTest {
    private static final Path SEED = Path.of("..", "shared", "seed", "article-dusbekova-2026.txt");
    private static String text;
    private static List<Fact> facts;

    @BeforeAll
    static void extract() throws IOException {
        assumeTrue(Files.isRegularFile(SEED), "seed article not present");
        text = Files.readString(SEED);
        facts = PipelineFactExtractorTest.extractor().extract(PipelineFactExtractorTest.doc(text, "en"));
    }

    private static Fact fact(String surface, String context) {
        int ctx = text.indexOf(context);
        assertTrue(ctx >= 0, "context not in seed: " + context);
        int at = text.indexOf(surface, ctx);
        return facts.stream().filter(f -> f.span().start() == at && f.text().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no fact '" + surface + "' at " + at));
    }

    private static void check(String surface, String context, String type, String value, String qualifier) {
        Fact f = fact(surface, context);
        assertEquals(type, f.type().name(), surface);
        assertEquals(value, f.value().normalized(), surface);
        assertEquals(qualifier, f.qualifier().code(), surface);
    }

    @Test
    void dates() {
        check("January 10, 2019", "Resolution No. 17 of", "DATE", "2019-01-10", "exact");
        check("2022–2023", "new stage in", "DATE", "2022/2023", "exact");
        check("2023–2025", "during 2023", "DATE", "2023/2025", "exact");
        check("2030", "Intelligence Technologies until 2030 [6]", "DATE", "2030", "until");
        check("26.02.26", "Received:", "DATE", "2026-02-26", "exact");
        check("2017 to 2025", "From 2017", "DATE", "2017/2025", "exact");
        check("2020 and 2022", "Between 2020", "DATE", "2020/2022", "exact");
        check("September 2024", "Finals in", "DATE", "2024-09", "exact");
        check("2000s", "early 2000s", "DATE", "2000/2009", "after");
        check("2022", "By the end of 2022", "DATE", "2022", "before");
    }

    @Test
    void figures() {
        check("2.5 million", "more than 2.5", "NUMBER", "2500000", "more_than");
        check("2,503,060", "(2,503,060)", "NUMBER", "2503060", "exact");
        check("90%", "approximately 90%", "PERCENT", "90", "approx");
        check("USD 140 million", "increased to USD", "MONEY", "140000000", "exact");
        check("5 trillion UZS", "volumes to 5", "MONEY", "5000000000000", "exact");
        check("Eight", "Eight types", "NUMBER", "8", "exact");
        check("USD 300 million", "surpass USD", "MONEY", "300000000", "more_than");
    }

    @Test
    void linksFiguresToTheirDatesAndSubjects() {
        Fact users = fact("161,295", "In 2025, 161,295");
        assertEquals("2025", users.when().orElseThrow().iso());
        assertEquals("users", users.subject());
        assertEquals("2020/2022", fact("USD 140 million", "increased to USD").when().orElseThrow().iso());
        assertEquals("2023/2025", fact("1.2 million", "cover 1.2").when().orElseThrow().iso());
        assertEquals("2022/2024", fact("82,000", "over 82,000").when().orElseThrow().iso());
    }

    @Test
    void noFiguresFromListNumbersCitationsOrUrls() {
        for (Fact f : facts) {
            String t = f.text();
            assertTrue(!t.startsWith("[") && !f.sentenceText().contains("uzbekcoders.uz/>") || f.type().name().equals("DATE"),
                    () -> "suspicious fact " + f);
        }
        assertTrue(facts.stream().noneMatch(f -> f.text().equals("0310855")));
        assertTrue(facts.stream().noneMatch(f -> f.text().equals("2925")), "URL digits are not a figure");
    }
}
