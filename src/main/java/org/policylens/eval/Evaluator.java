package org.policylens.eval;

import org.policylens.extract.FactExtractor;
import org.policylens.ingest.DocumentIngester;
import org.policylens.ingest.TikaIngester;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.Fact;
import org.policylens.model.FactType;
import org.policylens.model.MetadataKeys;
import org.policylens.model.ParseResult;
import org.policylens.model.Span;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Scores a {@link FactExtractor} against gold passages. Matching is a multiset match on
 * (type, normalized value) per passage, so it ignores order and small span differences; equal keys are
 * paired in text order. Qualifier and date agreement are measured on the matched pairs only.
 */
public final class Evaluator {
    private final FactExtractor extractor;
    private final DocumentIngester ingester;
    private final Path projectRoot;

    /** An evaluator whose whole-document gold ({@code # lines: all}) is read by Tika from the working directory. */
    public Evaluator(FactExtractor extractor) {
        this(extractor, new TikaIngester(), Path.of(""));
    }

    /** {@code ingester} reads the whole-document gold's sources, {@code project:} paths resolved against {@code projectRoot}. */
    public Evaluator(FactExtractor extractor, DocumentIngester ingester, Path projectRoot) {
        this.extractor = extractor;
        this.ingester = ingester;
        this.projectRoot = projectRoot;
    }

    /** Extracts and scores every passage; a passage that cannot be read or extracted is reported, not thrown. */
    public EvalReport evaluate(List<GoldFile> golds, Path sharedRoot) {
        List<PassageResult> results = new ArrayList<>();
        for (GoldFile gold : golds) {
            results.add(evaluate(gold, sharedRoot));
        }
        return new EvalReport(results);
    }

    public PassageResult evaluate(GoldFile gold, Path sharedRoot) {
        Document document;
        if (gold.wholeDocument()) {
            Path file = gold.sourcePath(sharedRoot, projectRoot);
            ParseResult parsed = ingester.ingest(file, new DocumentId(gold.source()));
            if (parsed instanceof ParseResult.Failed failed) {
                return failed(gold, "cannot ingest " + file + ": " + failed.reason());
            }
            document = ((ParseResult.Parsed) parsed).document();
        } else {
            try {
                document = document(gold, gold.passage(sharedRoot, projectRoot));
            } catch (IOException | RuntimeException e) {
                return failed(gold, "cannot read passage: " + e.getMessage());
            }
        }
        List<Fact> facts;
        try {
            facts = extractor.extract(document);
        } catch (RuntimeException e) {
            return failed(gold, "extractor failed: " + e);
        }
        return score(gold, facts == null ? List.of() : facts);
    }

    /** The document handed to the extractor: id = source path, language from the header, text = passage. */
    public static Document document(GoldFile gold, String text) {
        String id = gold.source() + "#L" + gold.firstLine() + "-" + gold.lastLine();
        return new Document(new DocumentId(id), Path.of(gold.source()), "text/plain", gold.language(), text,
                List.of(new Span(0, text.length())), List.of(), Map.of(MetadataKeys.TITLE, gold.name()));
    }

    /** Scores extracted facts against one gold file (no I/O). */
    public static PassageResult score(GoldFile gold, List<Fact> predicted) {
        Map<String, Deque<Fact>> byKey = new LinkedHashMap<>();
        predicted.stream()
                .sorted(Comparator.comparing(Fact::span))
                .forEach(f -> byKey.computeIfAbsent(key(f.type(), f.value().normalized()), k -> new ArrayDeque<>())
                        .add(f));
        List<MatchedPair> matches = new ArrayList<>();
        List<GoldFact> misses = new ArrayList<>();
        for (GoldFact g : gold.facts()) {
            Deque<Fact> candidates = byKey.get(key(g.type(), g.value()));
            if (candidates == null || candidates.isEmpty()) {
                misses.add(g);
            } else {
                matches.add(new MatchedPair(g, candidates.removeFirst()));
            }
        }
        List<Fact> falsePositives = byKey.values().stream().flatMap(Deque::stream)
                .sorted(Comparator.comparing(Fact::span)).toList();
        return new PassageResult(gold, matches, misses, falsePositives, Optional.empty());
    }

    private static PassageResult failed(GoldFile gold, String reason) {
        return new PassageResult(gold, List.of(), gold.facts(), List.of(), Optional.of(reason));
    }

    /**
     * The comparison key: amounts compared as decimals (so {@code 1.50} equals {@code 1.5}); acts upper-cased;
     * programmes compared case-, dash- and space-insensitively so typographic variants do not count as errors.
     */
    static String key(FactType type, String value) {
        String v = value.trim();
        String norm = switch (type) {
            case NUMBER, MONEY, PERCENT -> decimal(v);
            case ACT -> v.toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
            case PROGRAM -> Normalizer.normalize(v, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                    .replaceAll("[\\u2010-\\u2015\\-]", "-").replaceAll("\\s*-\\s*", " - ")
                    .replaceAll("[\"«»“”„'’]", "").replaceAll("\\s+", " ").trim();
            case DATE -> v;
        };
        return type + "|" + norm;
    }

    private static String decimal(String v) {
        try {
            return new BigDecimal(v).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return v;
        }
    }
}
