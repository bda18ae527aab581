package org.policylens.verify;

import org.policylens.index.CorpusIndex;
import org.policylens.index.FactHit;
import org.policylens.index.FactQuery;
import org.policylens.index.SearchRequest;
import org.policylens.index.SearchResults;
import org.policylens.model.ActRef;
import org.policylens.model.DateValue;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.Fact;
import org.policylens.model.ProgramRef;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A test double of {@link CorpusIndex}: applies every {@link FactQuery} filter literally and ranks by how many
 * query words occur in the fact's sentence. {@link #failWhen} makes {@code findFacts} throw for chosen queries.
 */
final class InMemoryIndex implements CorpusIndex {
    private record Stored(Fact fact, String hash, int page) {
    }

    private final List<Stored> facts = new ArrayList<>();
    private final Map<DocumentId, String> hashes = new HashMap<>();
    private final List<FactQuery> queries = new ArrayList<>();
    private Predicate<FactQuery> failWhen = q -> false;

    InMemoryIndex add(String hash, int page, Fact... fs) {
        for (Fact f : fs) {
            facts.add(new Stored(f, hash, page));
            hashes.put(f.document(), hash);
        }
        return this;
    }

    InMemoryIndex failWhen(Predicate<FactQuery> p) {
        this.failWhen = p;
        return this;
    }

    List<FactQuery> queries() {
        return queries;
    }

    private final List<org.policylens.index.SignedDocument> signed = new ArrayList<>();

    /** Registers a document's text signature, as the index stores it for every document. */
    InMemoryIndex sign(DocumentId id, String hash, String text) {
        signed.add(new org.policylens.index.SignedDocument(id, hash, org.policylens.index.TextSignature.of(text)));
        return this;
    }

    @Override
    public List<org.policylens.index.SignedDocument> signatures() {
        return List.copyOf(signed);
    }

    @Override
    public List<FactHit> findFacts(FactQuery q) {
        queries.add(q);
        if (failWhen.test(q)) {
            throw new IllegalStateException("index unavailable");
        }
        List<FactHit> out = new ArrayList<>();
        for (Stored s : facts) {
            Fact f = s.fact();
            if (q.excludeHashes().contains(s.hash())
                    || q.type().isPresent() && q.type().get() != f.type()
                    || q.actId().isPresent() && !(f.value() instanceof ActRef a && a.id().equals(q.actId().get()))
                    || q.program().isPresent() && !(f.value() instanceof ProgramRef p
                    && p.name().equals(q.program().get()))
                    || q.unit().isPresent() && !q.unit().get().equals(f.value().unit())
                    || !amountIn(f, q.minAmount(), q.maxAmount())
                    || !dateIn(f, q)) {
                continue;
            }
            out.add(new FactHit(f, s.page(), "title", s.hash(), score(q.text(), f.sentenceText())));
        }
        out.sort((a, b) -> Float.compare(b.score(), a.score()));
        return out.subList(0, Math.min(q.limit(), out.size()));
    }

    private static boolean amountIn(Fact f, Optional<BigDecimal> min, Optional<BigDecimal> max) {
        if (min.isEmpty() && max.isEmpty()) {
            return true;
        }
        Optional<BigDecimal> a = AmountRange.amountOf(f);
        return a.isPresent() && min.map(m -> a.get().compareTo(m) >= 0).orElse(true)
                && max.map(m -> a.get().compareTo(m) <= 0).orElse(true);
    }

    private static boolean dateIn(Fact f, FactQuery q) {
        if (q.from().isEmpty() && q.to().isEmpty()) {
            return true;
        }
        Optional<DateValue> d = f.value() instanceof DateValue dv ? Optional.of(dv) : f.when();
        return d.isPresent() && q.from().map(from -> !d.get().last().isBefore(from)).orElse(true)
                && q.to().map(to -> !d.get().first().isAfter(to)).orElse(true);
    }

    private static float score(String text, String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT);
        float score = 0.1f;
        for (String w : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.isEmpty() && s.contains(w)) {
                score += 1f;
            }
        }
        return score;
    }

    @Override
    public Map<DocumentId, String> indexedHashes() {
        return Map.copyOf(hashes);
    }

    @Override
    public synchronized void put(Document document, List<Fact> fs) {
        fs.forEach(f -> add(document.contentHash(), 0, f));
    }

    @Override
    public synchronized void remove(DocumentId id) {
        facts.removeIf(s -> s.fact().document().equals(id));
        hashes.remove(id);
    }

    @Override
    public void commit() {
    }

    @Override
    public SearchResults search(SearchRequest request) {
        return new SearchResults(0, List.of(), Map.of());
    }

    @Override
    public void forEachFact(Consumer<Fact> sink) {
        facts.forEach(s -> sink.accept(s.fact()));
    }

    /** This double holds facts and signatures, no passages. */
    @Override
    public void forEachDocumentPassages(Consumer<org.policylens.index.DocumentPassages> sink) {
    }

    @Override
    public void close() {
    }
}
