package org.policylens.bench;

import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * Baseline (b): Tika parse plus the plainest Lucene index — {@link StandardAnalyzer}, one
 * {@link TextField} {@code body} and one {@link StringField} {@code path} per document, one shared
 * {@link IndexWriter} fed from a fixed pool of all cores, one commit at the end. The least any search
 * index over these files costs.
 */
public final class TikaLuceneBaseline {

    public static final String SYSTEM = "tika-lucene";
    /** Lucene's default is 16 MB; a larger buffer is what anyone indexing in bulk would set. */
    static final double RAM_BUFFER_MB = 64;
    private final TikaParseBaseline tika = new TikaParseBaseline();

    public StageRun run(List<Path> files, long inputBytes, Path indexDir, int threads) throws Exception {
        BenchCorpusGenerator.deleteRecursively(indexDir);
        MemoryMonitor monitor = MemoryMonitor.start();
        long start = System.nanoTime();
        ParallelFiles.Totals totals;
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(RAM_BUFFER_MB);
        try (FSDirectory dir = FSDirectory.open(indexDir); IndexWriter writer = new IndexWriter(dir, config)) {
            totals = ParallelFiles.run(files, threads, file -> {
                String text = tika.text(file);
                Document doc = new Document();
                doc.add(new StringField("path", file.toString(), Field.Store.YES));
                doc.add(new TextField("body", text, Field.Store.NO));
                writer.addDocument(doc);
                return text.length();
            });
            writer.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new StageRun(SYSTEM, totals.succeeded(), totals.failed(), inputBytes, totals.chars(), seconds, monitor.stop());
    }
}
