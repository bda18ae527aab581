package org.policylens.index;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;

import static org.policylens.index.IndexSchema.KIND;
import static org.policylens.index.IndexSchema.KIND_DOC;

/**
 * The document entries of a segment as a bit set, deleted ones included. A document entry ends its block, so the
 * block of any entry runs from after the previous set bit to the next one: collectors tell documents apart by a
 * bit-set lookup instead of reading a doc value per matching passage. Cached per segment core.
 */
final class DocumentEntries {
    private static final SegmentCoreCache<FixedBitSet> CACHE = new SegmentCoreCache<>(DocumentEntries::read);

    private DocumentEntries() {
    }

    static FixedBitSet of(LeafReader reader) throws IOException {
        return CACHE.get(reader);
    }

    private static FixedBitSet read(LeafReader reader) throws IOException {
        FixedBitSet entries = new FixedBitSet(Math.max(1, reader.maxDoc()));
        PostingsEnum postings = reader.postings(new Term(KIND, KIND_DOC), PostingsEnum.NONE);
        if (postings != null) {
            for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                entries.set(d);
            }
        }
        return entries;
    }

    /** The document entry ending the block that holds entry {@code doc}, or NO_MORE_DOCS outside any block. */
    static int blockEnd(FixedBitSet entries, int doc) {
        return doc < entries.length() ? entries.nextSetBit(doc) : DocIdSetIterator.NO_MORE_DOCS;
    }
}
