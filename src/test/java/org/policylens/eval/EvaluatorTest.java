package org.policylens.eval;

import org.junit.jupiter.api.Test;
import org.policylens.extract.FactExtractor;
import org.policylens.model.ActRef;
import org.policylens.model.DateValue;
import org.policylens.model.Document;
import org.policylens.model.Fact;
import org.policylens.model.FactType;
import org.policylens.model.Percent;
import org.policylens.model.ProgramRef;
import org.policylens.model.Qualifier;
import org.policylens.model.Quantity;
import org.policylens.model.Span;
import org.policylens.model.Value;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tests the scoring, not extraction: the extractors here are tiny fakes defined in the test. */
class EvaluatorTest {
    private static final String TEXT = "In 2025, 300 users joined and 300 left; 90% were students.";

    private static GoldFile gold(String... rows) {
        List<String> lines = new ArrayList<>(List.of("# source: fake/a.txt", "# lines: 1-1", "# language: en",
                GoldFile.HEADER));
        lines.addAll(List.of(rows));
        return GoldFile.parse("fake.tsv", lines);
    }

    private static Fact fact(String surface, Value value, Qualifier q, Optional<DateValue> when) {
        int start = Math.max(0, TEXT.indexOf(surface));
        Span span = new Span(start, start + surface.length());
        return new Fact(new org.policylens.model.DocumentId("fake"), span, surface, value, q, when, "",
                new Span(0, TEXT.length()), TEXT);
    }

    private static Fact number(String surface, long n, String year) {
        return fact(surface, new Quantity(BigDecimal.valueOf(n), ""), Qualifier.EXACT,
                Optional.ofNullable(year).map(DateValue::new));
    }

    private static final String[] GOLD_ROWS = {
            "DATE\t2025\t2025\t\t",
            "NUMBER\t300\t300\t\t2025",
            "NUMBER\t300\t300\t\t2025",
            "PERCENT\t90%\t90\tapprox\t"};

    @Test
    void exactAnswerScoresOne() {
        List<Fact> predicted = List.of(
                fact("2025", new DateValue("2025"), Qualifier.EXACT, Optional.empty()),
                number("300", 300, "2025"), number("300", 300, "2025"),
                fact("90%", new Percent(new BigDecimal("90.0")), Qualifier.APPROX, Optional.empty()));
        PassageResult r = Evaluator.score(gold(GOLD_ROWS), predicted);
        assertEquals(new Counts(4, 0, 0), r.counts());
        assertEquals(1.0, r.counts().f1(), 1e-9);
        assertEquals(new Ratio(4, 4), r.qualifierAccuracy(Optional.empty()));
        assertEquals(new Ratio(2, 2), r.dateAccuracy(Optional.empty()));
    }

    @Test
    void duplicatesAreAMultisetAndAMissAndAFalsePositiveAreCounted() {
        List<Fact> predicted = List.of(
                number("300", 300, null),                     // one of the two 300s: the other is a miss
                number("2025", 2025, null),                   // a year read as a number: false positive
                fact("90%", new Percent(BigDecimal.valueOf(90)), Qualifier.EXACT, Optional.empty()));
        PassageResult r = Evaluator.score(gold(GOLD_ROWS), predicted);
        assertEquals(new Counts(2, 1, 2), r.counts());
        assertEquals(new Counts(1, 1, 1), r.counts(FactType.NUMBER));
        assertEquals(new Counts(0, 0, 1), r.counts(FactType.DATE));
        assertEquals(1, r.falsePositives().size());
        assertEquals(FactType.NUMBER, r.falsePositives().get(0).type());
        assertEquals(2.0 / 3, r.counts().precision(), 1e-9);
        assertEquals(0.5, r.counts().recall(), 1e-9);
        assertEquals(new Ratio(1, 2), r.qualifierAccuracy(Optional.empty()));   // 90% lost its "approx"
        assertEquals(new Ratio(0, 1), r.dateAccuracy(Optional.empty()));        // 300 lost its year
    }

    @Test
    void repeatedPredictionsBeyondTheGoldCountAreFalsePositives() {
        List<Fact> predicted = List.of(number("300", 300, "2025"), number("300", 300, "2025"),
                number("300", 300, "2025"));
        PassageResult r = Evaluator.score(gold("NUMBER\t300\t300\t\t"), predicted);
        assertEquals(new Counts(1, 2, 0), r.counts());
    }

    @Test
    void actAndProgrammeKeysIgnoreTypographicVariants() {
        GoldFile g = gold("ACT\tPQ-357\tPQ-357\t\t", "PROGRAM\tx\tDigital Uzbekistan – 2030\t\t");
        List<Fact> predicted = List.of(
                fact("x", new ActRef("pq-357"), Qualifier.EXACT, Optional.empty()),
                fact("x", new ProgramRef("“Digital Uzbekistan-2030”"), Qualifier.EXACT, Optional.empty()));
        assertEquals(new Counts(2, 0, 0), Evaluator.score(g, predicted).counts());
        assertEquals(Evaluator.key(FactType.PROGRAM, "Uzbekistan – 2030"),
                Evaluator.key(FactType.PROGRAM, "Uzbekistan-2030"));
    }

    @Test
    void evaluateBuildsADocumentFromTheRawLinesAndReportsSections(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Files.createDirectories(dir.resolve("fake"));
        Files.writeString(dir.resolve("fake/a.txt"), "skip me 7\n" + TEXT + "\nand 8 after\n");
        GoldFile g = GoldFile.parse("fake.tsv", List.of("# source: fake/a.txt", "# lines: 2-2",
                "# language: en", "# set: seed", GoldFile.HEADER, GOLD_ROWS[1], GOLD_ROWS[2], GOLD_ROWS[3]));
        List<Document> seen = new ArrayList<>();
        FactExtractor digitsOnly = doc -> {   // a crude fake: every digit run is a NUMBER
            seen.add(doc);
            List<Fact> out = new ArrayList<>();
            var m = Pattern.compile("\\d+").matcher(doc.text());
            while (m.find()) {
                out.add(new Fact(doc.id(), new Span(m.start(), m.end()), m.group(),
                        new Quantity(new BigDecimal(m.group()), ""), Qualifier.EXACT, Optional.empty(), "",
                        new Span(0, doc.text().length()), doc.text()));
            }
            return out;
        };
        EvalReport report = new Evaluator(digitsOnly).evaluate(List.of(g), dir);
        assertEquals(TEXT, seen.get(0).text());
        assertEquals("en", seen.get(0).language());
        // gold: 300, 300, 90% ; predicted: 2025, 300, 300, 90 (as NUMBER)
        assertEquals(new Counts(2, 2, 1), report.overall());
        assertEquals(new Counts(2, 2, 0), report.overall(FactType.NUMBER));
        assertEquals(List.of("seed"), report.sections());
        String rendered = report.render(10);
        assertTrue(rendered.contains("== seed"), rendered);
        assertTrue(rendered.contains("MISS PERCENT 90"), rendered);
        assertTrue(rendered.contains("FP   NUMBER 2025"), rendered);
    }

    @Test
    void aFailingExtractorOrMissingSourceBecomesAReportedErrorNotAnException(@org.junit.jupiter.api.io.TempDir Path dir) {
        GoldFile g = gold(GOLD_ROWS);
        PassageResult missing = new Evaluator(doc -> List.of()).evaluate(g, dir);
        assertTrue(missing.error().isPresent());
        assertEquals(4, missing.misses().size());
        Path ok = dir.resolve("fake");
        try {
            Files.createDirectories(ok);
            Files.writeString(ok.resolve("a.txt"), TEXT);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        PassageResult thrown = new Evaluator(doc -> { throw new IllegalStateException("boom"); }).evaluate(g, dir);
        assertTrue(thrown.error().orElseThrow().contains("boom"));
        assertEquals(new Counts(0, 0, 4), thrown.counts());
    }

    private static final String RUSSIAN = "Указ от 5 октября 2020 года, УП-6079";   // no "№": KOI8-R lacks it

    private static GoldFile header(String... headerLines) {
        List<String> lines = new ArrayList<>(List.of(headerLines));
        lines.add(GoldFile.HEADER);
        return GoldFile.parse("h.tsv", lines);
    }

    @Test
    void encodingHeaderPicksTheCharsetAndUtf8StaysTheDefault(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Files.createDirectories(dir.resolve("ru"));
        for (String charset : List.of("windows-1251", "koi8-r")) {
            Files.write(dir.resolve("ru/" + charset + ".txt"), ("x\n" + RUSSIAN + "\n").getBytes(Charset.forName(charset)));
            GoldFile declared = header("# source: ru/" + charset + ".txt", "# lines: 2-2", "# language: ru",
                    "# encoding: " + charset);
            assertEquals(Charset.forName(charset), declared.encoding());
            assertEquals(RUSSIAN, declared.passage(dir));
            // without the header the same bytes are read as UTF-8, as for every earlier gold file
            GoldFile undeclared = header("# source: ru/" + charset + ".txt", "# lines: 2-2", "# language: ru");
            assertEquals(StandardCharsets.UTF_8, undeclared.encoding());
            assertTrue(undeclared.passage(dir).contains("\uFFFD"), undeclared.passage(dir));
        }
        assertEquals(StandardCharsets.UTF_8, gold(GOLD_ROWS).encoding());
        var e = org.junit.jupiter.api.Assertions.assertThrows(GoldFormatException.class, () -> header(
                "# source: a.txt", "# lines: 1-1", "# language: ru", "# encoding: cp-9999"));
        assertTrue(e.getMessage().startsWith("h.tsv:4") && e.getMessage().contains("cp-9999"), e.getMessage());
    }

    @Test
    void projectSourcesResolveAgainstTheProjectRootOthersAgainstTheSharedRoot(
            @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path shared = Files.createDirectories(dir.resolve("shared/corpus"));
        Path project = Files.createDirectories(dir.resolve("project/corpus"));
        Files.writeString(shared.resolve("a.txt"), "third-party 1\n");
        Files.writeString(project.resolve("a.txt"), "our own 2\n");
        GoldFile own = header("# source: project:corpus/a.txt", "# lines: 1-1", "# language: en");
        GoldFile third = header("# source: corpus/a.txt", "# lines: 1-1", "# language: en");
        assertTrue(own.fromProject());
        assertTrue(!third.fromProject());
        assertEquals(project.resolve("a.txt"), own.sourcePath(dir.resolve("shared"), dir.resolve("project")));
        assertEquals("our own 2", own.passage(dir.resolve("shared"), dir.resolve("project")));
        assertEquals("third-party 1", third.passage(dir.resolve("shared"), dir.resolve("project")));
        assertEquals("en", own.section());   // the section still comes from the language (or '# set:')
    }

    @Test
    void theEvaluatorReadsProjectSourcesFromTheWorkingDirectory(@org.junit.jupiter.api.io.TempDir Path shared) {
        // a real project file in Windows-1251: line 9 of the VMQ-17 fact sheet is its adoption date
        GoldFile g = header("# source: project:corpus/decrees/vmq-17-it-park.ru-cp1251.txt", "# lines: 9-9",
                "# language: ru", "# encoding: windows-1251");
        List<String> seen = new ArrayList<>();
        PassageResult r = new Evaluator(doc -> {
            seen.add(doc.text());
            return List.of();
        }).evaluate(g, shared);
        assertTrue(r.error().isEmpty(), r.error().toString());
        assertEquals(List.of("10 января 2019 года."), seen);
    }

    private static void assertThrows(org.junit.jupiter.api.function.Executable ex) {
        org.junit.jupiter.api.Assertions.assertThrows(GoldFormatException.class, ex);
    }

    @Test
    void malformedGoldLinesAreRejectedWithTheirLineNumber() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(GoldFormatException.class,
                () -> gold("DATE\t2025\tnot-a-date\t\t"));
        assertThrows(() -> gold("NUMBER\t1,000\t1,000\t\t"));
        assertThrows(() -> gold("MONEY\t$1.50\t1.50\t\t"));
        assertThrows(() -> gold("ACT\tPP-1\tPP-1\t\t"));
        assertThrows(() -> gold("NUMBER\t300\t300\tsometimes\t"));
        assertThrows(() -> gold("NUMBER\t300\t300\t"));
        var e2 = org.junit.jupiter.api.Assertions.assertThrows(GoldFormatException.class,
                () -> gold("NUMBER\t300\t300\t\t20x5"));
        assertTrue(e2.getMessage().startsWith("fake.tsv:5"), e2.getMessage());
        org.junit.jupiter.api.Assertions.assertNotNull(e);
    }
}
