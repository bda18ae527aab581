package org.policylens.index;

import org.apache.lucene.index.LeafReaderContext;
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

import static org.policylens.index.IndexSchema.KIND;
import static org.policylens.index.IndexSchema.KIND_DOC;

/**
 * A filter on the entries of every block (source document) that holds at least one fact matching a query, built
 * for one search on one searcher. The query runs on the document entries, which carry a summary of their facts
 * (acts, programmes, date ranges): a large index has a hundred times more fact entries than documents. A block is the
 * document's facts and their sentences, then its passages, then the document entry, all in one segment, so it runs
 * from after the previous document entry to its own; the blocks are marked in a bit set per segment, with no
 * document ids read or looked up again.
 */
final class BlocksWithFact extends Query {
    private final FixedBitSet[] bySegment;

    private BlocksWithFact(FixedBitSet[] bySegment) {
        this.bySegment = bySegment;
    }

    /** The blocks of {@code searcher}'s index whose document entry matches {@code summaryFilter}. */
    static BlocksWithFact of(IndexSearcher searcher, Query summaryFilter) throws IOException {
        Query documents = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(KIND, KIND_DOC)), Occur.FILTER)
                .add(summaryFilter, Occur.FILTER).build();
        FixedBitSet[] bySegment = new FixedBitSet[searcher.getIndexReader().leaves().size()];
        // one collector per slice of segments, searched in parallel; each writes only its own segments' slots
        searcher.search(documents, new CollectorManager<SimpleCollector, Void>() {
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

    /** Marks, for each matching document entry, its block in its segment's bit set. */
    private static final class BlockMarker extends SimpleCollector {
        private final FixedBitSet[] bySegment;
        private FixedBitSet entries;
        private FixedBitSet blocks;

        BlockMarker(FixedBitSet[] bySegment) {
            this.bySegment = bySegment;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            entries = DocumentEntries.of(context.reader());
            blocks = new FixedBitSet(Math.max(1, context.reader().maxDoc()));
            bySegment[context.ord] = blocks;
        }

        @Override
        public void collect(int doc) {
            int start = doc == 0 ? 0 : entries.prevSetBit(doc - 1) + 1;
            blocks.set(start, doc + 1);
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
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
