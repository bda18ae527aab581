package org.policylens.index;

import java.io.IOException;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.FieldsConsumer;
import org.apache.lucene.codecs.FieldsProducer;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.NormsProducer;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.MergeState;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Lucene's default codec, writing the same files under the same name (so any Lucene reader opens them), except
 * that its postings writer reads norms from a dense in-memory copy of each field's norms.
 *
 * <p>Why: to store each term's competitive impacts, the postings writer asks for a fresh norms iterator per term and
 * advances it to every document of the term. For a field present in few of a segment's documents (our fact-sentence
 * and Russian fields: 4–7 % of entries) the norms are stored sparsely, and each advance scans the block's document
 * list from its start: 5 % of all indexing CPU went there. A copy costs one byte per document of the segment while
 * one field is written.
 */
final class DenseNormsCodec extends FilterCodec {

    private final PostingsFormat postings;

    DenseNormsCodec() {
        this(Codec.getDefault());
    }

    private DenseNormsCodec(Codec standard) {
        super(standard.getName(), standard);
        this.postings = new DenseNormsPostingsFormat(standard.postingsFormat());
    }

    @Override
    public PostingsFormat postingsFormat() {
        return postings;
    }

    /** The standard postings format (same name, same files) handed {@link DenseNorms} when it writes. */
    private static final class DenseNormsPostingsFormat extends PostingsFormat {
        private final PostingsFormat standard;

        DenseNormsPostingsFormat(PostingsFormat standard) {
            super(standard.getName());
            this.standard = standard;
        }

        @Override
        public FieldsConsumer fieldsConsumer(SegmentWriteState state) throws IOException {
            FieldsConsumer consumer = standard.fieldsConsumer(state);
            return new FieldsConsumer() {
                @Override
                public void write(Fields fields, NormsProducer norms) throws IOException {
                    consumer.write(fields, norms == null ? null : new DenseNorms(norms, state.segmentInfo.maxDoc()));
                }

                @Override
                public void merge(MergeState mergeState, NormsProducer norms) throws IOException {
                    consumer.merge(mergeState, norms == null ? null : new DenseNorms(norms, mergeState.segmentInfo.maxDoc()));
                }

                @Override
                public void close() throws IOException {
                    consumer.close();
                }
            };
        }

        @Override
        public FieldsProducer fieldsProducer(SegmentReadState state) throws IOException {
            return standard.fieldsProducer(state);
        }
    }

    /**
     * The norms of the field being written, copied once into a byte per document (BM25's norms are single bytes; a
     * field whose norms do not fit is read from the original). Not closed here: its creator closes the original.
     */
    static final class DenseNorms extends NormsProducer {
        private final NormsProducer original;
        private final int maxDoc;
        private FieldInfo field;
        private byte[] values;
        private FixedBitSet present;

        DenseNorms(NormsProducer original, int maxDoc) {
            this.original = original;
            this.maxDoc = maxDoc;
        }

        @Override
        public NumericDocValues getNorms(FieldInfo fieldInfo) throws IOException {
            if (field == null || !field.name.equals(fieldInfo.name)) {
                field = fieldInfo;
                copy(original.getNorms(fieldInfo));
            }
            return values == null ? original.getNorms(fieldInfo) : new Iterator(values, present, maxDoc);
        }

        private void copy(NumericDocValues norms) throws IOException {
            byte[] v = new byte[maxDoc];
            FixedBitSet p = new FixedBitSet(maxDoc);
            for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
                long norm = norms.longValue();
                if (norm != (byte) norm) {
                    values = null;
                    present = null;
                    return;
                }
                v[doc] = (byte) norm;
                p.set(doc);
            }
            values = v;
            present = p;
        }

        @Override
        public void checkIntegrity() throws IOException {
            original.checkIntegrity();
        }

        @Override
        public void close() {
            // the original belongs to whoever opened it
        }
    }

    /** Norms over the dense copy: {@code advanceExact} is an array read, not a scan. */
    private static final class Iterator extends NumericDocValues {
        private final byte[] values;
        private final FixedBitSet present;
        private final int maxDoc;
        private int doc = -1;

        Iterator(byte[] values, FixedBitSet present, int maxDoc) {
            this.values = values;
            this.present = present;
            this.maxDoc = maxDoc;
        }

        @Override
        public long longValue() {
            return values[doc];
        }

        @Override
        public boolean advanceExact(int target) {
            doc = target;
            return present.get(target);
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return advance(doc + 1);
        }

        @Override
        public int advance(int target) {
            doc = target >= maxDoc ? NO_MORE_DOCS : present.nextSetBit(target);
            return doc;
        }

        @Override
        public long cost() {
            return present.cardinality();
        }
    }
}
