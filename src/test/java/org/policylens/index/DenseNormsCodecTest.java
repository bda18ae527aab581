package org.policylens.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The codec must write exactly what the default codec writes: same segments, same scores, impacts that check out. */
class DenseNormsCodecTest {

    private static final int DOCS = 6_000;

    @TempDir
    Path dir;

    @Test
    void writesAnIndexTheDefaultCodecReadsWithTheSameScoresAndValidImpacts() throws IOException {
        Path standard = dir.resolve("standard");
        Path dense = dir.resolve("dense");
        write(standard, Codec.getDefault());
        write(dense, new DenseNormsCodec());
        try (Directory d = FSDirectory.open(dense); CheckIndex check = new CheckIndex(d)) {
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
            check.setDoSlowChecks(true); // includes impacts against freqs and norms
            assertTrue(check.checkIndex().clean, log.toString(StandardCharsets.UTF_8));
        }
        try (DirectoryReader a = DirectoryReader.open(FSDirectory.open(standard));
             DirectoryReader b = DirectoryReader.open(FSDirectory.open(dense))) {
            assertEquals(a.maxDoc(), b.maxDoc());
            for (String field : List.of("sparse", "dense")) {
                for (int w = 0; w < 40; w++) {
                    TermQuery q = new TermQuery(new Term(field, "w" + w));
                    assertArrayEquals(scores(new IndexSearcher(a).search(q, 10)),
                            scores(new IndexSearcher(b).search(q, 10)), q.toString());
                }
            }
        }
    }

    /** The same random documents, committed in several segments and then merged, so flush and merge both write. */
    private static void write(Path path, Codec codec) throws IOException {
        Random random = new Random(42);
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer()).setCodec(codec);
        try (Directory d = FSDirectory.open(path); IndexWriter writer = new IndexWriter(d, config)) {
            for (int i = 0; i < DOCS; i++) {
                Document doc = new Document();
                doc.add(new TextField("dense", words(random, 3 + random.nextInt(30)), Field.Store.NO));
                if (random.nextInt(100) < 4) { // a field in 4 % of documents: stored as sparse norms
                    doc.add(new TextField("sparse", words(random, 1 + random.nextInt(60)), Field.Store.NO));
                }
                writer.addDocument(doc);
                if (i % 1_500 == 1_499) {
                    writer.commit();
                }
            }
            writer.forceMerge(1);
        }
    }

    private static String words(Random random, int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add("w" + (int) Math.abs(random.nextGaussian() * 15));
        }
        return String.join(" ", out);
    }

    private static float[] scores(TopDocs top) {
        float[] out = new float[top.scoreDocs.length * 2];
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            out[2 * i] = sd.doc;
            out[2 * i + 1] = sd.score;
        }
        return out;
    }
}
