package org.policylens.index;

import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.policylens.budget.Budget;

import java.io.IOException;
import java.io.StringReader;

/**
 * What one document's block costs the index writer's heap before it can be flushed: Lucene holds a whole block in
 * memory (a block is atomic, so it cannot be flushed part way), and an out-of-memory error inside the writer is a
 * "tragic event" that closes it for every file. So a block that would not fit is refused before it is added, and its
 * file fails alone.
 *
 * <p>The estimate, per text field the text is indexed in (passages and fact sentences): each distinct term ~64 bytes
 * of hash and postings arrays plus its characters, each occurrence ~4 bytes of postings; each fact entry ~160 bytes
 * (measured with {@code IndexWriter.ramBytesUsed()}: 68 bytes per new 7-digit term, 3 per repeated one, 86 to 147 per
 * fact entry with its sentence); the peak, while arrays are copied to larger ones, is taken as half again as much.
 * Checked against a real run: 6 MB of distinct made-up words (about 900,000 terms, no facts) indexed in a 256 MB heap
 * with room to spare, and is estimated below the 96 MB such a heap allows one block. Distinct
 * terms are counted by linear counting (a 2 MB bit map of term hashes), so the estimate itself needs no memory to
 * speak of and reads the text once with Lucene's standard tokenizer; texts under {@link #MEASURED_CHARS} are not read
 * at all (their block fits any heap we run in).
 */
final class BlockCost {
    static final int MEASURED_CHARS = 1 << 20;
    private static final int MEASURED_FACTS = 50_000;
    private static final int TERM_BYTES = 64;
    private static final int OCCURRENCE_BYTES = 4;
    private static final int FACT_BYTES = 160;
    private static final int BITS = 1 << 24;
    /** The longest sentence a fact carries (longer ones are cut at whitespace by the annotator). */
    private static final int SENTENCE_CHARS = 2_000;
    /** Lucene copies a postings array to one an eighth larger as it grows, and hashes terms in a table it doubles. */
    private static final double GROWTH = 1.5;

    private BlockCost() {
    }

    /**
     * Estimated peak heap of the block in bytes; 0 for a small document, which is never refused. The text is indexed
     * whole in each passage field; in the sentence fields only the sentences that hold facts (at most
     * {@link #SENTENCE_CHARS} each), so those count for the share of the text such sentences can cover.
     */
    static long estimate(String text, int facts, int passageFields, int sentenceFields) {
        if (text.length() < MEASURED_CHARS && facts < MEASURED_FACTS) {
            return 0;
        }
        Terms terms = terms(text);
        double perField = terms.distinct() * (TERM_BYTES + 2 * terms.averageLength())
                + terms.tokens() * OCCURRENCE_BYTES;
        double sentenceShare = Math.min(1.0, (double) facts * SENTENCE_CHARS / Math.max(1, text.length()));
        return (long) (GROWTH * ((passageFields + sentenceFields * sentenceShare) * perField
                + (double) facts * FACT_BYTES));
    }

    /** The heap one block may take: half of what the writer's own buffer leaves, the rest being other work's. */
    static long allowance(long maxHeap, double ramBufferMb) {
        return (maxHeap - (long) (ramBufferMb * 1024 * 1024)) / 2;
    }

    record Terms(long tokens, long distinct, long averageLength) {
    }

    static Terms terms(String text) {
        long[] seen = new long[BITS / 64];
        long tokens = 0;
        long chars = 0;
        try (StandardTokenizer tokenizer = new StandardTokenizer()) {
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                if ((++tokens & 0xFFFF) == 0) {
                    Budget.check();
                }
                chars += term.length();
                int h = hash(term.buffer(), term.length()) & (BITS - 1);
                seen[h >>> 6] |= 1L << h;
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new IllegalStateException(e); // a string reader does not fail
        }
        long zeros = 0;
        for (long word : seen) {
            zeros += 64 - Long.bitCount(word);
        }
        long distinct = zeros == 0 ? tokens : Math.min(tokens, Math.round(-BITS * Math.log((double) zeros / BITS)));
        return new Terms(tokens, distinct, tokens == 0 ? 0 : chars / tokens);
    }

    /** A well-mixed hash of a term's characters (murmur3's finalizer over a polynomial hash). */
    private static int hash(char[] chars, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + chars[i];
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }
}
