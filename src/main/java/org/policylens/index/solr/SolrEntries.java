package org.policylens.index.solr;

import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.policylens.index.IndexSchema;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the Lucene backend's block of entries for one document into one nested Solr document and Solr's stored
 * fields back into Lucene's, so that both backends hold the same entries (the fields are mirrored by the
 * configset's schema.xml) and read facts with the same codec. The document entry, last in the block, becomes the
 * root; the others become its children in block order, which Solr keeps: each fact still precedes its sentence.
 */
final class SolrEntries {
    /** The Solr-only fields: the unique key of each entry and the block's root id. */
    static final String ID = "id";
    static final String ROOT = "_root_";
    /** Fields of the Lucene entries that the Solr schema leaves out (see schema.xml). */
    static final Set<String> NOT_MIRRORED = Set.of(IndexSchema.DATE_RANGE);

    private SolrEntries() {
    }

    /** The nested document of a block whose last entry is the document entry. */
    static SolrInputDocument nested(String documentId, Iterable<org.apache.lucene.document.Document> block) {
        List<SolrInputDocument> entries = new ArrayList<>();
        for (org.apache.lucene.document.Document entry : block) {
            entries.add(toSolr(entry));
        }
        if (entries.isEmpty()) {
            throw new IllegalStateException("empty block for " + documentId);
        }
        SolrInputDocument root = entries.remove(entries.size() - 1);
        if (!IndexSchema.KIND_DOC.equals(root.getFieldValue(IndexSchema.KIND))) {
            throw new IllegalStateException("block of " + documentId + " does not end with its document entry");
        }
        root.setField(ID, documentId);
        for (int i = 0; i < entries.size(); i++) {
            entries.get(i).setField(ID, documentId + "#" + i);
        }
        if (!entries.isEmpty()) {
            root.addChildDocuments(entries);
        }
        return root;
    }

    /** One entry: each field name once, its values in order without repeats (a stored and an indexed twin are one). */
    static SolrInputDocument toSolr(org.apache.lucene.document.Document entry) {
        Map<String, Set<Object>> values = new LinkedHashMap<>();
        for (IndexableField field : entry.getFields()) {
            if (NOT_MIRRORED.contains(field.name())) {
                continue;
            }
            Object value = valueOf(field);
            if (value != null) {
                values.computeIfAbsent(field.name(), n -> new LinkedHashSet<>()).add(value);
            }
        }
        SolrInputDocument doc = new SolrInputDocument();
        values.forEach((name, v) -> {
            if (v.size() == 1) {
                doc.setField(name, v.iterator().next());
            } else {
                doc.setField(name, new ArrayList<>(v));
            }
        });
        return doc;
    }

    /**
     * The value Solr indexes for a Lucene field: points decoded, doc values and binary stored fields as their
     * bytes; null for a pre-analysed token stream or numeric doc values, whose value a stored twin of the same name
     * carries.
     */
    static Object valueOf(IndexableField field) {
        if (field instanceof IntPoint) {
            return IntPoint.decodeDimension(bytes(field), 0);
        }
        if (field instanceof LongPoint) {
            return LongPoint.decodeDimension(bytes(field), 0);
        }
        if (field instanceof DoublePoint) {
            return DoublePoint.decodeDimension(bytes(field), 0);
        }
        if (field instanceof LongRange) {
            throw new IllegalArgumentException("range field " + field.name() + " has no Solr counterpart");
        }
        if (field instanceof NumericDocValuesField) {
            return null; // the doc values of a stored number (ordinal): Solr fills them from the stored twin
        }
        if (field instanceof SortedDocValuesField || field instanceof SortedSetDocValuesField) {
            return field.binaryValue().utf8ToString();
        }
        if (field.stringValue() != null) {
            return field.stringValue();
        }
        if (field.numericValue() != null) {
            return field.numericValue();
        }
        if (field.binaryValue() != null) {
            BytesRef b = field.binaryValue();
            return ByteBuffer.wrap(BytesRef.deepCopyOf(b).bytes);
        }
        return null; // a token stream (the title, analysed once per document): its stored twin gives the text
    }

    private static byte[] bytes(IndexableField point) {
        BytesRef b = point.binaryValue();
        byte[] out = new byte[b.length];
        System.arraycopy(b.bytes, b.offset, out, 0, b.length);
        return out;
    }

    /** A Solr result's stored fields as a Lucene document's, for the shared fact codec. */
    static org.apache.lucene.document.Document toLucene(SolrDocument doc) {
        org.apache.lucene.document.Document out = new org.apache.lucene.document.Document();
        for (Map.Entry<String, Object> e : doc) {
            Object v = e.getValue();
            for (Object one : v instanceof java.util.Collection<?> c ? c : List.of(v)) {
                if (one instanceof String s) {
                    out.add(new StoredField(e.getKey(), s));
                } else if (one instanceof Integer i) {
                    out.add(new StoredField(e.getKey(), i));
                } else if (one instanceof Long l) {
                    out.add(new StoredField(e.getKey(), l));
                } else if (one instanceof Double d) {
                    out.add(new StoredField(e.getKey(), d));
                } else if (one instanceof byte[] b) {
                    out.add(new StoredField(e.getKey(), b));
                } else if (one instanceof ByteBuffer bb) {
                    byte[] b = new byte[bb.remaining()];
                    bb.duplicate().get(b);
                    out.add(new StoredField(e.getKey(), b));
                }
            }
        }
        return out;
    }
}
