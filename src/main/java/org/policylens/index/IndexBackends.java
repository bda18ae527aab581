package org.policylens.index;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.policylens.model.DateValue;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.Span;
import org.policylens.model.Fact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What another {@link CorpusIndex} backend (Solr) shares with the Lucene one, so that both write the same entries
 * and read queries and facts alike (highlights: {@link PassageHighlighter}): one source of truth, not a copy per backend.
 */
public final class IndexBackends {
    private IndexBackends() {
    }

    /** An act canonicalizer that never fails: ids it does not know compare uppercase. */
    public static UnaryOperator<String> canonicalActs(Function<String, Optional<String>> actCanonicalizer) {
        return id -> {
            String trimmed = id.trim();
            Optional<String> canonical = actCanonicalizer.apply(trimmed);
            return canonical == null || canonical.isEmpty() ? trimmed.toUpperCase(Locale.ROOT) : canonical.get();
        };
    }

    /** The document's block of entries ({@link IndexSchema}): facts with their sentences, passages, document last. */
    public static Iterable<org.apache.lucene.document.Document> block(Document document, List<Fact> facts,
                                                                     UnaryOperator<String> canonicalAct) {
        return new BlockBuilder(canonicalAct).build(document, facts);
    }

    /** A fact back from its entry's stored fields. */
    public static Fact decodeFact(org.apache.lucene.document.Document entry) {
        return FactCodec.decode(entry);
    }

    /** A stored int field, 0 when absent. */
    public static int intOf(org.apache.lucene.document.Document entry, String field) {
        return FactCodec.intOf(entry, field);
    }

    /**
     * A whole document back from its block's stored entries (any order): its text rebuilt from the passages (the
     * blank runs between them as line breaks and spaces, so every fact offset still points at its words), its
     * passages and its facts in text order; empty without a document entry (absent, or not yet committed).
     */
    public static Optional<StoredDocument> storedDocument(DocumentId id, List<org.apache.lucene.document.Document> entries) {
        org.apache.lucene.document.Document entry = null;
        List<org.apache.lucene.document.Document> passages = new ArrayList<>();
        List<org.apache.lucene.document.Document> facts = new ArrayList<>();
        for (org.apache.lucene.document.Document d : entries) {
            String kind = d.get(IndexSchema.KIND) == null ? "" : d.get(IndexSchema.KIND);
            switch (kind) {
                case IndexSchema.KIND_DOC -> entry = d;
                case IndexSchema.KIND_PASSAGE -> passages.add(d);
                case IndexSchema.KIND_FACT -> facts.add(d);
                default -> {
                    // sentence entries hold no stored text
                }
            }
        }
        if (entry == null) {
            return Optional.empty();
        }
        passages.sort(Comparator.comparingInt(p -> FactCodec.intOf(p, IndexSchema.START)));
        StringBuilder text = new StringBuilder();
        List<StoredDocument.Passage> spans = new ArrayList<>();
        for (org.apache.lucene.document.Document p : passages) {
            int start = FactCodec.intOf(p, IndexSchema.START);
            String passage = orEmpty(p.get(IndexSchema.PASSAGE));
            if (start < text.length()) {
                continue; // overlapping passages never come from the splitter; keep offsets true rather than guess
            }
            int gap = start - text.length();
            for (int i = 0; i < gap; i++) {
                text.append(i < 2 ? '\n' : ' ');
            }
            text.append(passage);
            spans.add(new StoredDocument.Passage(new Span(start, start + passage.length()),
                    FactCodec.intOf(p, IndexSchema.PAGE)));
        }
        return Optional.of(new StoredDocument(id, orEmpty(entry.get(IndexSchema.DOC_TITLE)),
                orEmpty(entry.get(IndexSchema.DOC_TYPE)), orEmpty(entry.get(IndexSchema.LANGUAGE)),
                orEmpty(entry.get(IndexSchema.ADOPTION_DATE)), orEmpty(entry.get(IndexSchema.CONTENT_HASH)),
                text.toString(), spans, factsInTextOrder(facts)));
    }

    /** One document's fact entries decoded, in text order (ties in extraction order). */
    public static List<Fact> factsInTextOrder(List<org.apache.lucene.document.Document> factEntries) {
        record Stored(Fact fact, int ordinal) {
        }
        List<Stored> facts = new ArrayList<>();
        for (org.apache.lucene.document.Document d : factEntries) {
            facts.add(new Stored(FactCodec.decode(d), FactCodec.intOf(d, IndexSchema.ORDINAL)));
        }
        facts.sort(Comparator.comparing((Stored f) -> f.fact().span()).thenComparingInt(Stored::ordinal));
        return facts.stream().map(Stored::fact).toList();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** A programme's key in the {@link IndexSchema#PROGRAM} field. */
    public static String programKey(String name) {
        return FactCodec.programKey(name);
    }

    /** Weight of an act id named in a claim's text on the facts that hold that act. */
    public static final float ACT_BOOST = 2f;
    private static final int MAX_TEXT_TERMS = 200;
    private static final Pattern ACT_IN_TEXT =
            Pattern.compile("\\p{L}{1,5}(?:['‘’ʻ`]\\p{L}{1,3})?[-‐‑–]\\d{1,6}(?:-\\d{1,5})?");

    /**
     * How a claim's free text ranks facts: its terms in each sentence text field (a fact scores what its sentence
     * entry scores), and each act id it names, canonical, once per mention (each boosted by {@link #ACT_BOOST}).
     */
    public record FactRanking(Map<String, Set<String>> sentenceTerms, List<String> acts) {
        public boolean anyTerm() {
            return sentenceTerms.values().stream().anyMatch(t -> !t.isEmpty());
        }
    }

    public static FactRanking factRanking(String text, UnaryOperator<String> canonicalAct) {
        Map<String, Set<String>> terms = new LinkedHashMap<>();
        for (String field : IndexSchema.SENTENCE_FIELDS) {
            terms.put(field, terms(field, text, MAX_TEXT_TERMS));
        }
        List<String> acts = new ArrayList<>();
        Matcher m = ACT_IN_TEXT.matcher(text);
        while (m.find()) {
            acts.add(canonicalAct.apply(m.group()));
        }
        return new FactRanking(terms, acts);
    }

    private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /**
     * The search's fact-date filter as epoch days [first, last] (an open end is Long.MIN_VALUE or MAX_VALUE), empty
     * when neither {@code from} nor {@code to} is given; a bad date or an empty range is a {@link QuerySyntaxException}.
     */
    public static Optional<long[]> factDateRange(Optional<String> from, Optional<String> to) {
        if (from.isEmpty() && to.isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = from.map(f -> parseDate(f, "--from").first()).orElse(LocalDate.MIN);
        LocalDate last = to.map(t -> parseDate(t, "--to").last()).orElse(LocalDate.MAX);
        if (first.isAfter(last)) {
            throw new QuerySyntaxException("--from " + SearchQueryParser.oneLine(from.get()) + " is after --to "
                    + SearchQueryParser.oneLine(to.get()) + ": no date is in that range");
        }
        long lo = first.equals(LocalDate.MIN) ? Long.MIN_VALUE : first.toEpochDay();
        long hi = last.equals(LocalDate.MAX) ? Long.MAX_VALUE : last.toEpochDay();
        return Optional.of(new long[] {lo, hi});
    }

    private static DateValue parseDate(String text, String flag) {
        String t = text.trim();
        if (PARTIAL_DATE.matcher(t).matches()) {
            try {
                return new DateValue(t);
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        throw new QuerySyntaxException("bad " + flag + " date '" + SearchQueryParser.oneLine(text)
                + "': expected YYYY, YYYY-MM or YYYY-MM-DD");
    }

    /** The distinct terms of {@code text} in a field, by the field's query analyzer, at most {@code limit}. */
    public static Set<String> terms(String field, String text, int limit) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = IndexSchema.analyzer().tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && out.size() < limit) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
