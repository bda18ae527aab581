package org.policylens.pipeline;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.policylens.annotate.AnnotatedText;
import org.policylens.annotate.OpenNlpAnnotator;
import org.policylens.extract.FactExtractor;
import org.policylens.extract.StandardExtractors;
import org.policylens.index.PassageSplitter;
import org.policylens.lang.LanguageIdentifier;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.Fact;
import org.policylens.model.Language;
import org.policylens.model.Span;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every stage of a file's work is linear in its input: each hostile shape runs at 256 KB and at 1 MB, and the larger
 * may cost at most 8 times the smaller (linear work gives about 4, quadratic 16). Work is the stage's CPU time on this
 * thread (GC and other processes do not count), best of two runs, plus a fixed slack for stages too quick to time;
 * the characters the facts carry (their sentences, which every export writes) are counted exactly. Speed itself is
 * the benchmark's business: nothing here asserts milliseconds, only growth.
 */
class LinearGrowthProperties {
    private static final int SMALL = 1 << 18;
    private static final int GROWTH = 4;
    /** Linear work grows 4 times; quadratic 16. */
    private static final double MAX_RATIO = 8;
    /** CPU nanoseconds below which a stage is too quick for its ratio to mean anything. */
    private static final long SLACK_NANOS = 100_000_000L;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final FactExtractor extractor = StandardExtractors.create();
    private final OpenNlpAnnotator annotator = new OpenNlpAnnotator();

    /** One-line files a hostile user could feed us, each in the language whose code path it stresses. */
    enum Shape {
        COMMA_LIST(Language.EN) {
            @Override
            void piece(StringBuilder b, int i) {
                b.append(i + 1).append(',');
            }
        },
        YEAR_CHAIN(Language.EN) {
            @Override
            void piece(StringBuilder b, int i) {
                b.append(2000 + i).append('-');
            }
        },
        SENTENCE_WITHOUT_PUNCTUATION(Language.EN) {
            @Override
            void piece(StringBuilder b, int i) {
                b.append(i % 7 == 0 ? "programme " : "policy ");
            }
        },
        GIANT_TOKEN(Language.EN) {
            @Override
            void piece(StringBuilder b, int i) {
                b.append('a');
            }
        },
        REPEATED_QUOTES(Language.RU) {
            @Override
            void piece(StringBuilder b, int i) {
                b.append("программа «Цифровой Узбекистан» и «");
            }
        },
        ACT_IDS(Language.EN) {
            @Override
            void piece(StringBuilder b, int i) {
                b.append("PF-").append(1000 + i % 9000).append(", PQ-").append(i % 5000).append(' ');
            }
        },
        CYRILLIC_LINE(Language.UZ_CYRL) {
            @Override
            void piece(StringBuilder b, int i) {
                b.append(i % 5 == 0 ? "2030 йилгача " : "рақамли иқтисодиёт ");
            }
        },
        PERCENTS_AND_MONEY(Language.EN) {
            @Override
            void piece(StringBuilder b, int i) {
                b.append(i % 100).append("% of USD ").append(i).append(" million in ").append(2000 + i % 30).append(' ');
            }
        };

        final Language language;

        Shape(Language language) {
            this.language = language;
        }

        abstract void piece(StringBuilder b, int i);

        String text(int chars) {
            StringBuilder b = new StringBuilder(chars + 64);
            for (int i = 0; b.length() < chars; i++) {
                piece(b, i);
            }
            b.setLength(chars);
            return b.toString();
        }
    }

    @Property(tries = 8)
    void everyStageGrowsLinearly(@ForAll Shape shape) {
        measure(shape, SMALL / 4); // warm-up: the JIT compiles this shape's paths before anything is timed
        Map<String, Long> small = measure(shape, SMALL);
        Map<String, Long> large = measure(shape, GROWTH * SMALL);
        for (String stage : small.keySet()) {
            long s = small.get(stage);
            long l = large.get(stage);
            boolean counted = stage.endsWith("chars");
            assertTrue(counted ? l <= MAX_RATIO * Math.max(s, 1) : l <= MAX_RATIO * s + SLACK_NANOS,
                    shape + ": " + stage + " went from " + s + " to " + l + (counted ? "" : " ns")
                            + " when the input grew " + GROWTH + " times");
        }
    }

    /** Per stage, its CPU time (or a count ending in "chars") on {@code chars} characters of the shape. */
    private Map<String, Long> measure(Shape shape, int chars) {
        String text = shape.text(chars);
        Map<String, Long> out = new LinkedHashMap<>();
        AnnotatedText[] annotated = new AnnotatedText[1];
        out.put("annotation", cpu(() -> annotated[0] = annotator.annotate(text, shape.language)));
        out.put("tokens", cpu(() -> {
            // a fresh annotation each time: tokens are computed once per sentence and kept
            AnnotatedText fresh = annotator.annotate(text, shape.language);
            for (int i = 0; i < fresh.sentences().size(); i++) {
                fresh.tokensOf(i);
            }
            return fresh;
        }) - out.get("annotation"));
        Document document = new Document(new DocumentId("hostile.txt"), Path.of("hostile.txt"), "text/plain",
                shape.language.code(), text, List.of(new Span(0, text.length())), List.of(), Map.of());
        @SuppressWarnings("unchecked")
        List<Fact>[] facts = new List[1];
        out.put("extraction", cpu(() -> facts[0] = extractor.extract(document)));
        long sentenceChars = 0;
        for (Fact f : facts[0]) {
            sentenceChars += f.sentenceText().length();
        }
        out.put("fact sentence chars", sentenceChars);
        out.put("passages", cpu(() -> new PassageSplitter(800).split(text, List.of())));
        out.put("language", cpu(() -> new LanguageIdentifier().identify(text, List.of(new Span(0, text.length())))));
        return out;
    }

    private static long cpu(Supplier<?> work) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 2; run++) {
            long start = CPU.getCurrentThreadCpuTime();
            work.get();
            best = Math.min(best, CPU.getCurrentThreadCpuTime() - start);
        }
        return best;
    }
}
