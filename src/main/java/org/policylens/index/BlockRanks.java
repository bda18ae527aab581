package org.policylens.index;

import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Block numbers of a segment's entries in constant time: a block is numbered by the rank of its document entry,
 * counted with a table of set bits before each 64-bit word. A search with a hundred thousand matching documents asks
 * this once per document; a walk or binary search over the block ends was a tenth of such a search.
 */
final class BlockRanks {
    private final FixedBitSet entries;
    private final long[] words;
    /** Set bits (document entries) in the words before word i. */
    private final int[] before;
    private final int blocks;

    BlockRanks(FixedBitSet entries) {
        this.entries = entries;
        this.words = entries.getBits();
        this.before = new int[words.length];
        int count = 0;
        for (int i = 0; i < words.length; i++) {
            before[i] = count;
            count += Long.bitCount(words[i]);
        }
        this.blocks = count;
    }

    int blocks() {
        return blocks;
    }

    /** The document entry ending the block that holds {@code doc}, or NO_MORE_DOCS outside any block. */
    int endOf(int doc) {
        return DocumentEntries.blockEnd(entries, doc);
    }

    /** The number (0 for the first) of the block ending at document entry {@code end}: the set bits before it. */
    int blockEndingAt(int end) {
        int word = end >> 6;
        return before[word] + Long.bitCount(words[word] & ((1L << end) - 1)); // the shift takes end mod 64
    }

    /** The number of the block holding entry {@code doc}, or {@link #blocks()} if none does. */
    int blockOf(int doc) {
        int end = endOf(doc);
        return end == DocIdSetIterator.NO_MORE_DOCS ? blocks : blockEndingAt(end);
    }
}
