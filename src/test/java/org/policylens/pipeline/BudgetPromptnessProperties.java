package org.policylens.pipeline;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.policylens.budget.Budget;
import org.policylens.budget.BudgetExceeded;
import org.policylens.extract.FactExtractor;
import org.policylens.extract.StandardExtractors;
import org.policylens.index.PassageSplitter;
import org.policylens.lang.LanguageIdentifier;
import org.policylens.ingest.TikaIngester;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.Span;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every stage of a file's work stops soon after its budget is spent, on every hostile shape: run on this thread under
 * a budget of 300 ms (no watchdog to abandon it), a stage may use at most a second of CPU in all. Unbudgeted, the
 * extraction of these 4 MB one-line files takes 0.1 to 53 s of CPU (measured: money and percents 53 s, a Cyrillic line
 * 22 s, act ids 20 s, repeated quotes 7 s, a year chain 2 s), so a loop that stopped checking its budget fails here;
 * under the watchdog such a loop leaves an abandoned thread burning a core and holding the heap long after its file
 * failed. CPU time, not wall time, so a loaded machine cannot fail it.
 */
class BudgetPromptnessProperties {
    private static final int CHARS = 4 << 20;
    private static final Duration BUDGET = Duration.ofMillis(300);
    private static final long MAX_CPU_NANOS = 1_000_000_000L;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final FactExtractor extractor = StandardExtractors.create();
    private final TikaIngester ingester = new TikaIngester();

    @Property(tries = 8)
    void everyStageStopsSoonAfterItsBudget(@ForAll LinearGrowthProperties.Shape shape) throws IOException {
        String text = shape.text(CHARS);
        Document document = new Document(new DocumentId("hostile.txt"), Path.of("hostile.txt"), "text/plain",
                shape.language.code(), text, List.of(new Span(0, text.length())), List.of(), Map.of());
        Path file = Files.createTempFile("hostile-", ".txt");
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            // the parse runs on its own thread; what follows it on this one (page layout, title, type, language) counts
            assertPrompt(shape, "reading", () -> ingester.ingest(file, new DocumentId("hostile.txt")));
        } finally {
            Files.delete(file);
        }
        assertPrompt(shape, "extraction", () -> extractor.extract(document));
        assertPrompt(shape, "passages", () -> new PassageSplitter(800).split(text, List.of()));
        assertPrompt(shape, "language", () -> new LanguageIdentifier().identify(text, List.of(new Span(0, text.length()))));
    }

    private static void assertPrompt(LinearGrowthProperties.Shape shape, String stage, Supplier<?> work) {
        long start = CPU.getCurrentThreadCpuTime();
        try {
            Budget.startingNow(BUDGET).call(work);
        } catch (BudgetExceeded e) {
            // what a stage over budget does
        }
        long used = CPU.getCurrentThreadCpuTime() - start;
        assertTrue(used <= MAX_CPU_NANOS, shape + ": " + stage + " used " + used / 1_000_000 + " ms of CPU under a "
                + BUDGET.toMillis() + " ms budget");
    }
}
