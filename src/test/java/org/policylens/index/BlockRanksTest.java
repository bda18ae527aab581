package org.policylens.index;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BlockRanksTest {
    /** Every entry's block number and block end are what a walk over the document entries finds. */
    @Property
    void blocksAreNumberedAsAWalkOverTheEntriesFindsThem(
            @ForAll @Size(max = 60) List<@IntRange(min = 1, max = 150) Integer> blockSizes,
            @ForAll @IntRange(min = 0, max = 130) int trailing) {
        int total = blockSizes.stream().mapToInt(Integer::intValue).sum() + trailing;
        FixedBitSet entries = new FixedBitSet(Math.max(1, total));
        int end = -1;
        for (int size : blockSizes) {
            end += size;
            entries.set(end);
        }
        BlockRanks ranks = new BlockRanks(entries);
        assertEquals(blockSizes.size(), ranks.blocks());
        int block = 0;
        int blockEnd = blockSizes.isEmpty() ? -1 : blockSizes.get(0) - 1;
        for (int doc = 0; doc < total; doc++) {
            if (doc > blockEnd && block < blockSizes.size()) {
                block++;
                blockEnd = block < blockSizes.size() ? blockEnd + blockSizes.get(block) : Integer.MAX_VALUE;
            }
            int expectedEnd = block < blockSizes.size() ? blockEnd : DocIdSetIterator.NO_MORE_DOCS;
            assertEquals(block, ranks.blockOf(doc), "block of " + doc);
            assertEquals(expectedEnd, ranks.endOf(doc), "end of " + doc);
            if (expectedEnd != DocIdSetIterator.NO_MORE_DOCS) {
                assertEquals(block, ranks.blockEndingAt(expectedEnd));
            }
        }
    }
}
