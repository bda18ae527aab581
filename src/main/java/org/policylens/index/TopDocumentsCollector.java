package org.policylens.index;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicInteger;

import static org.policylens.index.IndexSchema.DOC_ID_DV;

/**
 * The best {@code limit} source documents of a passage search, each with its best-scoring passage, found without
 * scoring every match: once {@code limit} documents are held, the scorer is told that only passages scoring at least
 * the worst of them can matter, and Lucene skips the rest by the postings' score bounds (block-max WAND / MaxScore).
 * That is exact, not approximate: a skipped passage scores below every held document, so it can neither bring its
 * own document in nor be the best passage of a held one.
 *
 * <p>The slices of one search, collected in parallel, share their bounds: a slice holding {@code limit} documents
 * publishes its worst score, and every slice skips passages below the highest published one. Still exact: that slice
 * alone holds {@code limit} documents scoring at least as much, so a passage below it cannot reach the final list.
 *
 * <p>A document's passages are consecutive entries of one segment (its block, ended by the document entry), so a
 * document is complete when a hit lies past its block's end; no doc value is read per hit.
 */
final class TopDocumentsCollector extends SimpleCollector {
    /** A document's best passage; {@code segment} and {@code ord} (its id's doc-values ordinal there) break ties cheaply. */
    record Best(int doc, float score, BytesRef documentId, int segment, int ord) {
    }

    /** Worst first: lowest score, then greatest id, so the root is the one a better document replaces. */
    static final Comparator<Best> WORST_FIRST =
            Comparator.comparing(Best::score).thenComparing(Best::documentId, Comparator.reverseOrder());
    /** No slice has published a bound yet. */
    private static final int NO_BOUND = Integer.MIN_VALUE;

    private final int limit;
    private final PriorityQueue<Best> best;
    /**
     * The highest worst score any slice's full list has published, as float bits: scores are never negative, and the
     * bits of non-negative floats order as the floats do.
     */
    private final AtomicInteger sharedBound;
    private float boundSet = Float.NEGATIVE_INFINITY;
    private Scorable scorer;
    private FixedBitSet entries;
    private SortedDocValues ids;
    private int base;
    private int segment;
    /** The document entry ending the current document's block, or -1 before the first hit of a segment. */
    private int currentEnd = -1;
    private int currentDoc;
    private float currentScore;

    TopDocumentsCollector(int limit) {
        this(limit, new AtomicInteger(NO_BOUND));
    }

    private TopDocumentsCollector(int limit, AtomicInteger sharedBound) {
        this.limit = Math.max(1, limit);
        this.best = new PriorityQueue<>(this.limit + 1, WORST_FIRST);
        this.sharedBound = sharedBound;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        finishDocument();
        entries = DocumentEntries.of(context.reader());
        ids = DocValues.getSorted(context.reader(), DOC_ID_DV);
        base = context.docBase;
        segment = context.ord;
    }

    @Override
    public void setScorer(Scorable scorer) throws IOException {
        this.scorer = scorer;
        boundSet = Float.NEGATIVE_INFINITY; // a new scorer knows no bound yet
        raiseBound();
    }

    /** Tells the scorer the higher of this slice's and the shared bound, when it rose since last told. */
    private void raiseBound() throws IOException {
        int shared = sharedBound.get();
        float bound = shared == NO_BOUND ? Float.NEGATIVE_INFINITY : Float.intBitsToFloat(shared);
        if (best.size() == limit) {
            bound = Math.max(bound, best.peek().score());
        }
        if (bound > boundSet && scorer != null) {
            scorer.setMinCompetitiveScore(bound);
            boundSet = bound;
        }
    }

    @Override
    public void collect(int doc) throws IOException {
        float score = scorer.score();
        if (doc < currentEnd) {
            if (score > currentScore) {
                currentDoc = doc;
                currentScore = score;
            }
            return;
        }
        finishDocument();
        raiseBound(); // another slice may have raised the shared bound
        int end = DocumentEntries.blockEnd(entries, doc);
        currentEnd = end == DocIdSetIterator.NO_MORE_DOCS ? doc + 1 : end;
        currentDoc = doc;
        currentScore = score;
    }

    /** Offers the document whose passages were just collected; its id is read only if it enters. */
    private void finishDocument() throws IOException {
        if (currentEnd < 0) {
            return;
        }
        currentEnd = -1;
        if (best.size() == limit && currentScore < best.peek().score() || !ids.advanceExact(currentDoc)) {
            return;
        }
        int ord = ids.ordValue();
        if (best.size() == limit && currentScore == best.peek().score() && !winsTie(ord, best.peek())) {
            return; // filter-only searches score every document the same: most ties lose, without reading an id
        }
        offer(new Best(base + currentDoc, currentScore, BytesRef.deepCopyOf(ids.lookupOrd(ord)), segment, ord));
        if (best.size() == limit) {
            sharedBound.accumulateAndGet(Float.floatToIntBits(best.peek().score()), Math::max);
            raiseBound();
        }
    }

    /** Whether this segment's id of ordinal {@code ord} sorts before {@code worst}'s; ordinals follow id order. */
    private boolean winsTie(int ord, Best worst) throws IOException {
        return worst.segment() == segment ? ord < worst.ord() : ids.lookupOrd(ord).compareTo(worst.documentId()) < 0;
    }

    private void offer(Best b) {
        best.add(b);
        if (best.size() > limit) {
            best.poll();
        }
    }

    @Override
    public void finish() throws IOException {
        finishDocument();
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.TOP_SCORES;
    }

    /**
     * One collector per slice of segments, searched in parallel; the best of the slices' best are the best. A manager
     * serves one search: its slices share one bound.
     */
    static CollectorManager<TopDocumentsCollector, List<Best>> manager(int limit) {
        AtomicInteger sharedBound = new AtomicInteger(NO_BOUND);
        return new CollectorManager<>() {
            @Override
            public TopDocumentsCollector newCollector() {
                return new TopDocumentsCollector(limit, sharedBound);
            }

            @Override
            public List<Best> reduce(Collection<TopDocumentsCollector> collectors) {
                TopDocumentsCollector merged = new TopDocumentsCollector(limit);
                for (TopDocumentsCollector c : collectors) {
                    c.best.forEach(merged::offer);
                }
                return merged.best.stream().sorted(WORST_FIRST.reversed()).toList();
            }
        };
    }
}
