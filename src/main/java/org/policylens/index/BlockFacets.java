package org.policylens.index;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.util.Arrays;

import static org.policylens.index.IndexSchema.*;

/**
 * The facet values of every block (source document) of a segment, as doc-values ordinals read once from the block's
 * first passage: counting the facets of a search then costs a few array reads per matching document instead of four
 * doc-values lookups. Cached per segment core.
 */
final class BlockFacets {
    private static final SegmentCoreCache<BlockFacets> CACHE = new SegmentCoreCache<>(BlockFacets::read);
    private static final long[] NONE = new long[0];

    /** Block numbers and ends, by the document entries. */
    final BlockRanks ranks;
    /** Per block: the ordinal of its language, type and year in this segment, or -1. */
    final int[] language;
    final int[] type;
    final int[] year;
    /** Per block: the ordinals of its programmes, and of the acts it cites. */
    final long[][] programs;
    final long[][] acts;

    private BlockFacets(FixedBitSet entries) {
        ranks = new BlockRanks(entries);
        int blocks = ranks.blocks();
        language = new int[blocks];
        type = new int[blocks];
        year = new int[blocks];
        programs = new long[blocks][];
        acts = new long[blocks][];
        Arrays.fill(language, -1);
        Arrays.fill(type, -1);
        Arrays.fill(year, -1);
        Arrays.fill(programs, NONE);
        Arrays.fill(acts, NONE);
    }

    static BlockFacets of(LeafReader reader) throws IOException {
        return CACHE.get(reader);
    }

    private static BlockFacets read(LeafReader reader) throws IOException {
        FixedBitSet entries = DocumentEntries.of(reader);
        BlockFacets f = new BlockFacets(entries);
        f.read(DocValues.getSorted(reader, LANGUAGE_DV), f.language);
        f.read(DocValues.getSorted(reader, DOC_TYPE_DV), f.type);
        f.read(DocValues.getSorted(reader, YEAR_DV), f.year);
        f.read(DocValues.getSortedSet(reader, PROGRAMS_DV), f.programs);
        f.read(DocValues.getSortedSet(reader, ACTS_DV), f.acts);
        return f;
    }

    /** The first entry of each block with values gives the block's values. */
    private void read(SortedSetDocValues values, long[][] byBlock) throws IOException {
        for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
            int block = ranks.blockOf(d);
            if (block < ranks.blocks() && byBlock[block] == NONE) {
                long[] ords = new long[values.docValueCount()];
                for (int k = 0; k < ords.length; k++) {
                    ords[k] = values.nextOrd();
                }
                byBlock[block] = ords;
            }
        }
    }

    /** The first passage of each block with a value gives the block's value (all its passages have the same one). */
    private void read(SortedDocValues values, int[] byBlock) throws IOException {
        for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
            int block = ranks.blockOf(d);
            if (block < ranks.blocks() && byBlock[block] < 0) {
                byBlock[block] = values.ordValue();
            }
        }
    }
}
