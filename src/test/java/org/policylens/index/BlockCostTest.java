package org.policylens.index;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index block's heap estimate: distinct terms counted without holding them, the hostile shapes priced high. */
class BlockCostTest {
    @Test
    void distinctTermsAreCountedWithinAFewPercent() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 300_000; i++) {
            text.append("w").append(i % 100_000).append(i % 17 == 0 ? ". " : " ");
        }
        BlockCost.Terms terms = BlockCost.terms(text.toString());
        assertEquals(300_000, terms.tokens());
        assertEquals(100_000, terms.distinct(), 3_000);
    }

    @Test
    void aSmallDocumentIsNeverMeasured() {
        assertEquals(0, BlockCost.estimate("Decree No. 5 of 12 May 2020.", 3, 1, 1));
    }

    @Test
    void aLineOfDistinctNumbersCostsFarMoreThanTextOfTheSameLength() {
        StringBuilder numbers = new StringBuilder();
        for (int i = 1_000_000; numbers.length() < 4_000_000; i++) {
            numbers.append(i).append(' ');
        }
        StringBuilder words = new StringBuilder();
        String[] vocabulary = {"the", "ministry", "shall", "register", "enterprises", "in", "regions", "of", "decree"};
        for (int i = 0; words.length() < 4_000_000; i++) {
            words.append(vocabulary[i % vocabulary.length]).append(i % 11 == 10 ? ". " : " ");
        }
        long hostile = BlockCost.estimate(numbers.toString(), 0, 2, 1);
        long prose = BlockCost.estimate(words.toString(), 0, 2, 1);
        // 500,000 new 7-digit terms in two passage fields (no facts: no sentence entries): Lucene measured 68 bytes each
        assertTrue(hostile > 2 * 500_000 * 68L, "hostile " + hostile);
        assertTrue(prose < hostile / 5, prose + " vs " + hostile);
        // a 512 MB heap leaves one block 224 MB: the hostile line of 50 MB (12 times this one) would not fit
        assertTrue(12 * hostile > BlockCost.allowance(512L << 20, 64));
    }
}
