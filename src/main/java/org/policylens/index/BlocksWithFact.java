package org.policylens.index;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import static org.policylens.index.IndexSchema.KIND;
import static org.policylens.index.IndexSchema.KIND_DOC;
import static org.policylens.index.IndexSchema.KIND_FACT;

/**
 * A filter on the entries of every block (source document) that holds at least one fact matching a query, built
 * for one search on one searcher. A block is the document's passages, then its facts, then the document entry, all
 * in one segment, so a fact's block runs from after the previous document entry to the next one; the blocks are
 * marked in a bit set per segment, with no document ids read or looked up again (a broad date filter matches a
 * large share of a big corpus' facts, and a set of their ids made searches slow).
 */
final class BlocksWithFact extends Query {
    /** Document entries per segment core, deleted ones included; a segment's postings never change. */
    private static final Map<IndexReader.CacheKey, FixedBitSet> DOCUMENT_ENTRIES =
            Collections.synchronizedMap(new WeakHashMap<>());

    private final FixedBitSet[] bySegment;

    private BlocksWithFact(FixedBitSet[] bySegment) {
        this.bySegment = bySegment;
    }

    /** The blocks of {@code searcher}'s index with a fact matching {@code factFilter}. */
    static BlocksWithFact of(IndexSearcher searcher, Query factFilter) throws IOException {
        Query facts = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(KIND, KIND_FACT)), Occur.FILTER)
                .add(factFilter, Occur.FILTER).build();
        FixedBitSet[] bySegment = new FixedBitSet[searcher.getIndexReader().leaves().size()];
        // one collector per slice of segments, searched in parallel; each writes only its own segments' slots
        searcher.search(facts, new CollectorManager<SimpleCollector, Void>() {
            @Override
            public SimpleCollector newCollector() {
                return new BlockMarker(bySegment);
            }

            @Override
            public Void reduce(Collection<SimpleCollector> collectors) {
                return null;
            }
        });
        return new BlocksWithFact(bySegment);
    }

    /** Marks, for each matching fact, the block around it in its segment's bit set. */
    private static final class BlockMarker extends SimpleCollector {
        private final FixedBitSet[] bySegment;
        private FixedBitSet entries;
        private FixedBitSet blocks;

        BlockMarker(FixedBitSet[] bySegment) {
            this.bySegment = bySegment;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            entries = documentEntries(context.reader());
            blocks = new FixedBitSet(Math.max(1, context.reader().maxDoc()));
            bySegment[context.ord] = blocks;
        }

        @Override
        public void collect(int doc) {
            int end = doc + 1 < entries.length() ? entries.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS;
            if (end == DocIdSetIterator.NO_MORE_DOCS || blocks.get(end)) {
                return; // outside any block (BlockBuilder never writes that), or block already marked
            }
            int start = doc == 0 ? 0 : entries.prevSetBit(doc - 1) + 1;
            blocks.set(start, end + 1);
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    private static FixedBitSet documentEntries(LeafReader reader) throws IOException {
        IndexReader.CacheHelper core = reader.getCoreCacheHelper();
        FixedBitSet cached = core == null ? null : DOCUMENT_ENTRIES.get(core.getKey());
        if (cached != null) {
            return cached;
        }
        FixedBitSet entries = new FixedBitSet(Math.max(1, reader.maxDoc()));
        PostingsEnum postings = reader.postings(new Term(KIND, KIND_DOC), PostingsEnum.NONE);
        if (postings != null) {
            for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                entries.set(d);
            }
        }
        if (core != null) {
            DOCUMENT_ENTRIES.put(core.getKey(), entries);
        }
        return entries;
    }

    /** Whether no block matched. */
    boolean isEmpty() {
        for (FixedBitSet b : bySegment) {
            if (b != null && b.nextSetBit(0) != DocIdSetIterator.NO_MORE_DOCS) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) {
                FixedBitSet bits = context.ord < bySegment.length ? bySegment[context.ord] : null;
                if (bits == null) {
                    return null;
                }
                return new ConstantScoreScorer(this, score(), scoreMode, new BitSetIterator(bits, bits.cardinality()));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false; // built for one search
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "blocks with a matching fact";
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
