package org.policylens.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.policylens.index.IndexSchema;

/**
 * Writes the text policylens indexed for each document — its stored passages in {@link IndexSchema#START}
 * order, one per line — to one {@code .txt} per document, laid out like the corpus ({@code a/b.pdf} →
 * {@code a/b.pdf.txt}). Gives grep and the extraction sample exactly the text search sees, without
 * parsing the corpus again. Streams the index in document order, so memory stays at one document.
 */
public final class IndexTextDump {

    /** Files written, characters of passage text in them, and documents whose passages were not contiguous. */
    public record Result(int documents, long chars, int splitDocuments) {
    }

    private static final Set<String> FIELDS = Set.of(IndexSchema.DOC_ID, IndexSchema.PATH, IndexSchema.START,
            IndexSchema.PASSAGE);

    private record Passage(int start, String text) {
    }

    private final Path corpusDir;
    private final Path textDir;
    private final Set<String> written = new HashSet<>();
    private final Set<Path> madeDirs = new HashSet<>();
    private long chars;
    private int split;

    private IndexTextDump(Path corpusDir, Path textDir) {
        this.corpusDir = corpusDir.toAbsolutePath().normalize();
        this.textDir = textDir;
    }

    /** Dumps the passages of the index in {@code indexDir} (built from files under {@code corpusDir}) into {@code textDir}. */
    public static Result dump(Path indexDir, Path corpusDir, Path textDir) throws IOException {
        IndexTextDump dump = new IndexTextDump(corpusDir, textDir);
        Files.createDirectories(textDir);
        try (FSDirectory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                dump.dumpLeaf(leaf.reader());
            }
        }
        return new Result(dump.written.size(), dump.chars, dump.split);
    }

    /**
     * A document's entries form one block, written atomically, so within a segment its passages are
     * adjacent: a change of doc id ends a document. Should one ever be split, its later passages are
     * appended to the same file (counted in {@link Result#splitDocuments}), so no text is lost.
     */
    private void dumpLeaf(LeafReader reader) throws IOException {
        PostingsEnum passages = reader.postings(new Term(IndexSchema.KIND, IndexSchema.KIND_PASSAGE), PostingsEnum.NONE);
        if (passages == null) {
            return;
        }
        Bits live = reader.getLiveDocs();
        StoredFields stored = reader.storedFields();
        String currentId = null;
        String currentSource = null;
        List<Passage> current = new ArrayList<>();
        for (int doc = passages.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = passages.nextDoc()) {
            if (live != null && !live.get(doc)) {
                continue;
            }
            Document d = stored.document(doc, FIELDS);
            String id = d.get(IndexSchema.DOC_ID);
            String text = d.get(IndexSchema.PASSAGE);
            if (id == null || text == null) {
                continue;
            }
            if (!id.equals(currentId)) {
                flush(currentId, currentSource, current);
                currentId = id;
                currentSource = d.get(IndexSchema.PATH);
                current = new ArrayList<>();
            }
            Number start = d.getField(IndexSchema.START) == null ? null : d.getField(IndexSchema.START).numericValue();
            current.add(new Passage(start == null ? current.size() : start.intValue(), text));
        }
        flush(currentId, currentSource, current);
    }

    private void flush(String id, String source, List<Passage> passages) throws IOException {
        if (id == null || passages.isEmpty()) {
            return;
        }
        passages.sort(Comparator.comparingInt(Passage::start));
        StringBuilder text = new StringBuilder();
        for (Passage p : passages) {
            text.append(p.text()).append('\n');
        }
        Path file = textFileFor(source, id);
        Path parent = file.getParent();
        if (parent != null && madeDirs.add(parent)) {
            Files.createDirectories(parent);
        }
        if (written.add(id)) {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } else {
            split++;
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
        chars += text.length();
    }

    /** The corpus-relative path of the source plus {@code .txt}; a source outside the corpus is named by its doc id. */
    Path textFileFor(String source, String id) {
        if (source != null) {
            try {
                Path abs = Path.of(source).toAbsolutePath().normalize();
                if (abs.startsWith(corpusDir) && !abs.equals(corpusDir)) {
                    return textDir.resolve(corpusDir.relativize(abs).toString() + ".txt");
                }
            } catch (RuntimeException e) {
                // not a path on this system: fall back to the doc id
            }
        }
        return textDir.resolve(id.replaceAll("[^\\p{L}\\p{N}._-]", "_") + ".txt");
    }
}
