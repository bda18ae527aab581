package org.policylens.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * A stand-in system for testing the harness, not policylens: Tika + plain Lucene, "facts" are digit
 * runs, filters of the query prefix are ignored.
 */
final class LuceneSystemUnderTest implements SystemUnderTest {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private final AutoDetectParser parser = new AutoDetectParser();

    @Override
    public int indexAll(List<Path> files, Path indexDir) throws Exception {
        int n = 0;
        try (FSDirectory dir = FSDirectory.open(indexDir);
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (Path file : files) {
                BodyContentHandler handler = new BodyContentHandler(-1);
                try (InputStream in = Files.newInputStream(file)) {
                    parser.parse(in, handler, new Metadata(), new ParseContext());
                }
                Document doc = new Document();
                doc.add(new StringField("path", file.toString(), Field.Store.YES));
                doc.add(new TextField("body", handler.toString(), Field.Store.NO));
                writer.addDocument(doc);
                n++;
            }
            writer.commit();
        }
        return n;
    }

    @Override
    public int extract(String text, String language) {
        Matcher m = DIGITS.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Override
    public Searcher openSearcher(Path indexDir) throws Exception {
        FSDirectory dir = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(dir);
        IndexSearcher searcher = new IndexSearcher(reader);
        return new Searcher() {
            @Override
            public int search(String query) {
                BenchQuery q = BenchQuery.parse(query);
                try {
                    Query lucene = q.filterOnly() ? new MatchAllDocsQuery()
                            : new QueryParser("body", new StandardAnalyzer()).parse(q.text());
                    return searcher.count(lucene);
                } catch (ParseException | java.io.IOException e) {
                    throw new IllegalArgumentException(e);
                }
            }

            @Override
            public void close() throws Exception {
                reader.close();
                dir.close();
            }
        };
    }
}
