package org.policylens.index;

import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.Fact;
import org.policylens.model.Language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import static org.policylens.index.IndexSchema.*;

/**
 * {@link CorpusIndex} on a Lucene directory. One IndexWriter (thread-safe {@link #put}), one SearcherManager;
 * readers see the last {@link #commit()}. Each source document is one block replaced atomically with
 * {@code updateDocuments}, so a crash leaves either the old or the new version, never half of one.
 * A read-only instance takes no write lock and refreshes to the newest commit before every search.
 */
public final class LuceneCorpusIndex implements CorpusIndex, DocumentReader {
    private static final double RAM_BUFFER_MB = 64;
    private static final int DEFAULT_LIMIT = 10;
    /**
     * Fact hits: best first; equal scores (near-identical sources) by document id, then text order, as the Solr
     * backend sorts them, so that both pick the same evidence whatever order the documents were indexed in.
     */
    private static final Sort FACT_ORDER = new Sort(SortField.FIELD_SCORE, new SortField(DOC_ID_DV, SortField.Type.STRING),
            new SortField(ORDINAL, SortField.Type.INT));

    /**
     * Searchers that score slices of segments on all cores at once: a broad query on a large index scores passages
     * by the hundred thousand, and one core made its latency several times the median.
     */
    private static final ExecutorService SEARCH_THREADS = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), r -> {
                Thread t = new Thread(r, "search-slice");
                t.setDaemon(true);
                return t;
            });
    private static final SearcherFactory SLICED_SEARCHERS = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
            return new IndexSearcher(reader, SEARCH_THREADS);
        }
    };

    /** Parents of the fact entries, for ranking facts by their sentence; caches a bit set per segment. */
    private static final BitSetProducer SENTENCES = new QueryBitSetProducer(new TermQuery(new Term(KIND, KIND_SENTENCE)));

    private final Path path;
    private final Directory directory;
    private volatile IndexWriter writer; // null when read-only; replaced after a tragic event (see reopen)
    private volatile SearcherManager searchers;
    /** Whether the writer was opened to rebuild and has not committed yet: a new writer must rebuild as well. */
    private volatile boolean rebuildUncommitted;
    private volatile long writerGeneration;
    private final UnaryOperator<String> canonicalAct;
    private final BlockBuilder blocks;
    private final SearchQueryParser parser;

    private LuceneCorpusIndex(Path path, Directory directory, IndexWriter writer, SearcherManager searchers,
                              Function<String, Optional<String>> actCanonicalizer) {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.canonicalAct = IndexBackends.canonicalActs(actCanonicalizer);
        this.blocks = new BlockBuilder(canonicalAct);
        this.parser = new SearchQueryParser(canonicalAct);
    }

    /** Until the acts canonicalizer is wired: act ids compared uppercase. */
    public static Function<String, Optional<String>> defaultActCanonicalizer() {
        return id -> Optional.of(id.trim().toUpperCase(Locale.ROOT));
    }

    public static LuceneCorpusIndex open(Path dir) {
        return open(dir, defaultActCanonicalizer());
    }

    /** Opens the index for writing, creating it when absent; fails with {@link IncompatibleIndexException}. */
    public static LuceneCorpusIndex open(Path dir, Function<String, Optional<String>> actCanonicalizer) {
        return open(dir, actCanonicalizer, false);
    }

    /**
     * Opens the index for writing. Only a directory that is absent, empty or a policylens index is written
     * ({@link IndexDirectory}); anything else, or an index another process is writing, fails with
     * {@link RefusedIndexException} before a file is touched. {@code rebuild} replaces the old index with an empty
     * one through Lucene's {@code CREATE} mode, under the write lock: Lucene then deletes only its own files, and
     * readers (and a rebuild killed early) keep the old commit until the first new one.
     */
    public static LuceneCorpusIndex open(Path dir, Function<String, Optional<String>> actCanonicalizer,
                                         boolean rebuild) {
        Directory directory = null;
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new RefusedIndexException("refusing to use " + dir + " as an index: it is not a directory");
            }
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            IndexDirectory.State state = IndexDirectory.inspect(dir, directory);
            if (state instanceof IndexDirectory.State.Foreign foreign) {
                throw new RefusedIndexException("refusing to " + (rebuild ? "rebuild " : "write an index into ") + dir
                        + ": not a policylens index (" + foreign.reason() + ")");
            }
            boolean exists = state instanceof IndexDirectory.State.Ours;
            if (exists && !rebuild) {
                checkVersion(dir, directory);
            }
            IndexWriter writer;
            try {
                writer = newWriter(directory, rebuild);
            } catch (LockObtainFailedException e) {
                throw new RefusedIndexException("refusing to " + (rebuild ? "rebuild " : "write ") + dir
                        + ": the index is being written by another process");
            }
            if (!exists) {
                writer.commit(); // an empty, versioned index that read-only openers can see at once
            }
            LuceneCorpusIndex index = new LuceneCorpusIndex(dir, directory, writer,
                    new SearcherManager(writer, SLICED_SEARCHERS), actCanonicalizer);
            index.rebuildUncommitted = rebuild && exists;
            return index;
        } catch (IOException e) {
            closeQuietly(directory);
            throw new UncheckedIOException("cannot open index " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(directory);
            throw e;
        }
    }

    public static LuceneCorpusIndex openReadOnly(Path dir) {
        return openReadOnly(dir, defaultActCanonicalizer());
    }

    /** Opens the last commit for searching, without a write lock; another process may be writing. */
    public static LuceneCorpusIndex openReadOnly(Path dir, Function<String, Optional<String>> actCanonicalizer) {
        if (!Files.isDirectory(dir)) {
            throw new NoIndexException(dir);
        }
        Directory directory = null;
        try {
            directory = FSDirectory.open(dir);
            if (!DirectoryReader.indexExists(directory)) {
                throw new NoIndexException(dir);
            }
            checkVersion(dir, directory);
            return new LuceneCorpusIndex(dir, directory, null, new SearcherManager(directory, SLICED_SEARCHERS),
                    actCanonicalizer);
        } catch (IOException e) {
            closeQuietly(directory);
            throw new UncheckedIOException("cannot open index " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(directory);
            throw e;
        }
    }

    private static void checkVersion(Path dir, Directory directory) throws IOException {
        String found = SegmentInfos.readLatestCommit(directory).getUserData().get(VERSION_KEY);
        if (!Integer.toString(VERSION).equals(found)) {
            throw new IncompatibleIndexException(dir, found, VERSION);
        }
    }

    private static IndexWriter newWriter(Directory directory, boolean rebuild) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(IndexSchema.indexAnalyzer())
                .setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setCodec(new DenseNormsCodec())
                // no compound files: packing each new segment into one file copies it all once more
                .setUseCompoundFile(false)
                .setMergePolicy(noCompoundFiles())
                .setCommitOnClose(true);
        IndexWriter writer = new IndexWriter(directory, config);
        writer.setLiveCommitData(Map.of(VERSION_KEY, Integer.toString(VERSION)).entrySet());
        return writer;
    }

    private static TieredMergePolicy noCompoundFiles() {
        TieredMergePolicy policy = new TieredMergePolicy();
        policy.setNoCFSRatio(0.0);
        return policy;
    }

    public Path path() {
        return path;
    }

    @Override
    public Optional<Path> directory() {
        return Optional.of(path);
    }

    // ---------------------------------------------------------------- writing

    /**
     * Adds the document's block. A block that would not fit the heap ({@link BlockCost}) is refused with
     * {@link BlockTooLargeException} before the writer sees it. Should the writer still hit a tragic event (it runs out
     * of memory part way, and Lucene then closes it for good, dropping what was not committed), a new writer is
     * opened on the last commit and the run goes on: the file that caused it fails with {@link WriterRestartedException},
     * and a block another thread was adding at that moment is added again to the new writer.
     */
    @Override
    public void put(Document document, List<Fact> facts) {
        String language = BlockBuilder.languageOf(document);
        long needed = BlockCost.estimate(document.text(), facts.size(), IndexSchema.passageFieldsFor(language).size(),
                IndexSchema.sentenceFieldsFor(language).size());
        long allowance = BlockCost.allowance(Runtime.getRuntime().maxMemory(), RAM_BUFFER_MB);
        if (needed > allowance) {
            throw new BlockTooLargeException(needed);
        }
        for (int attempt = 0; ; attempt++) {
            IndexWriter w = writable();
            try {
                w.updateDocuments(new Term(DOC_ID, document.id().value()), blocks.build(document, facts));
                return;
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                if (w.getTragicException() == null && w.isOpen()) {
                    if (e instanceof IOException io) {
                        throw new UncheckedIOException("cannot index " + document.id() + ": " + e.getMessage(), io);
                    }
                    if (e instanceof RuntimeException r) {
                        throw r;
                    }
                    throw (OutOfMemoryError) e;
                }
                reopen(w);
                if (w.getTragicException() == e || e instanceof OutOfMemoryError || attempt > 0) {
                    throw new WriterRestartedException(e);
                }
                // another thread's block broke the writer: this one goes to the new writer
            }
        }
    }

    /**
     * Replaces a writer Lucene closed after a tragic event (once, however many threads saw it) with a new one on the
     * last commit, and the near-real-time searchers with ones on the new writer.
     */
    private synchronized void reopen(IndexWriter broken) {
        if (writer != broken) {
            return; // another thread already did
        }
        try {
            broken.close(); // releases the write lock when Lucene has not already
        } catch (IOException | RuntimeException e) {
            // it is broken: closing is only for the lock
        }
        try {
            IndexWriter fresh = newWriter(directory, rebuildUncommitted);
            SearcherManager old = searchers;
            searchers = new SearcherManager(fresh, SLICED_SEARCHERS);
            writer = fresh;
            writerGeneration++;
            try {
                old.close();
            } catch (IOException | RuntimeException e) {
                // searchers of a closed writer
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reopen index " + path + " after a failure: " + e.getMessage(), e);
        }
    }

    /** Counts the writers replaced after tragic events: a block added under an older one was lost unless committed. */
    @Override
    public long writerGeneration() {
        return writerGeneration;
    }

    @Override
    public void remove(DocumentId id) {
        try {
            writable().deleteDocuments(new Term(DOC_ID, id.value()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void commit() {
        try {
            writable().commit();
            rebuildUncommitted = false;
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit index " + path + ": " + e.getMessage(), e);
        }
    }

    private IndexWriter writable() {
        if (writer == null) {
            throw new IllegalStateException("index " + path + " is open read-only");
        }
        return writer;
    }

    // ---------------------------------------------------------------- reading

    @Override
    public Map<DocumentId, String> indexedHashes() {
        return withSearcher(s -> {
            Map<DocumentId, String> out = new TreeMap<>(Comparator.comparing(DocumentId::value));
            StoredFields stored = s.storedFields();
            for (int doc : allMatching(s, new TermQuery(new Term(KIND, KIND_DOC)))) {
                org.apache.lucene.document.Document d = stored.document(doc, Set.of(DOC_ID, CONTENT_HASH));
                out.put(new DocumentId(d.get(DOC_ID)), d.get(CONTENT_HASH));
            }
            return out;
        });
    }

    @Override
    public List<SignedDocument> signatures() {
        return withSearcher(s -> {
            List<SignedDocument> out = new ArrayList<>();
            StoredFields stored = s.storedFields();
            for (int doc : allMatching(s, new TermQuery(new Term(KIND, KIND_DOC)))) {
                org.apache.lucene.document.Document d = stored.document(doc, Set.of(DOC_ID, CONTENT_HASH, TEXT_SIGNATURE));
                BytesRef bytes = d.getBinaryValue(TEXT_SIGNATURE);
                TextSignature signature = bytes == null ? new TextSignature(new long[0])
                        : TextSignature.fromBytes(bytes.bytes, bytes.offset, bytes.length);
                out.add(new SignedDocument(new DocumentId(d.get(DOC_ID)), nullToEmpty(d.get(CONTENT_HASH)), signature));
            }
            return out;
        });
    }

    @Override
    public SearchResults search(SearchRequest request) {
        Query text = parser.parse(request.query());
        return withSearcher(s -> {
            // no text: every passage scores the same, so filters and counts run on the document entries, one per
            // document instead of one per passage, and each hit shows its document's first passage
            boolean everyDocument = text instanceof MatchAllDocsQuery;
            BooleanQuery.Builder q = new BooleanQuery.Builder().add(text, Occur.MUST);
            if (everyDocument) {
                q.add(new TermQuery(new Term(KIND, KIND_DOC)), Occur.FILTER);
            } else if (!PassageOnlyFields.only(text)) {
                q.add(new TermQuery(new Term(KIND, KIND_PASSAGE)), Occur.FILTER);
            }
            present(request.language()).ifPresent(l -> q.add(languageFilter(l), Occur.FILTER));
            present(request.documentType()).ifPresent(t ->
                    q.add(new TermQuery(new Term(DOC_TYPE, t.trim().toLowerCase(Locale.ROOT))), Occur.FILTER));
            request.scanned().ifPresent(scanned -> q.add(scanned
                    ? IntPoint.newRangeQuery(OCR_PAGES, 1, Integer.MAX_VALUE)
                    : IntPoint.newExactQuery(OCR_PAGES, 0), Occur.FILTER));
            present(request.year()).ifPresent(y -> q.add(new TermQuery(new Term(YEAR, y.trim())), Occur.FILTER));
            if (present(request.actId()).isPresent()) {
                Term act = new Term(ACT, canonicalAct.apply(request.actId().get()));
                q.add(documentsWithFact(s, new TermQuery(act)), Occur.FILTER);
            }
            if (present(request.program()).isPresent()) {
                Term program = new Term(PROGRAM, FactCodec.programKey(request.program().get()));
                q.add(documentsWithFact(s, new TermQuery(program)), Occur.FILTER);
            }
            Optional<long[]> dates = IndexBackends.factDateRange(present(request.from()), present(request.to()));
            if (dates.isPresent()) {
                long[] range = dates.get();
                q.add(documentsWithFact(s, LongRange.newIntersectsQuery(DATE_RANGE, new long[] {range[0]},
                        new long[] {range[1]})), Occur.FILTER);
            }
            int limit = request.limit() > 0 ? request.limit() : DEFAULT_LIMIT;
            Query query = q.build();
            List<TopDocumentsCollector.Best> top;
            FacetCountingCollector.Counts counts;
            try {
                // two passes: the top documents with score-bound skipping, then exact counts without any scoring
                top = s.search(query, TopDocumentsCollector.manager(limit));
                counts = s.search(query, FacetCountingCollector.manager());
            } catch (IndexSearcher.TooManyClauses e) {
                throw new QuerySyntaxException("query " + SearchQueryParser.oneLine(request.query())
                        + " matches too many terms: make wildcards more specific");
            }
            PassageHighlighter highlighter = new PassageHighlighter(text);
            StoredFields stored = s.storedFields();
            List<SearchHit> hits = new ArrayList<>();
            for (TopDocumentsCollector.Best best : top) {
                int passage = everyDocument
                        ? best.doc() - FactCodec.intOf(stored.document(best.doc(), Set.of(PASSAGE_COUNT)), PASSAGE_COUNT)
                        : best.doc();
                org.apache.lucene.document.Document d = stored.document(passage);
                String title = d.get(TITLE) != null ? d.get(TITLE) : nullToEmpty(d.get(DOC_TITLE));
                hits.add(new SearchHit(new DocumentId(d.get(DOC_ID)), title, d.get(DOC_TYPE), d.get(LANGUAGE),
                        nullToEmpty(d.get(ADOPTION_DATE)), best.score(), highlighter.highlight(nullToEmpty(d.get(PASSAGE)),
                                passageFieldsFor(d.get(LANGUAGE))),
                        FactCodec.intOf(d, PAGE)));
            }
            return new SearchResults(counts.documents(), hits, counts.facets());
        });
    }

    @Override
    public List<FactHit> findFacts(FactQuery query) {
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(new TermQuery(new Term(KIND, KIND_FACT)), Occur.FILTER);
        present(query.type()).ifPresent(t -> q.add(new TermQuery(new Term(FACT_TYPE, t.name())), Occur.FILTER));
        present(query.actId()).ifPresent(a -> q.add(new TermQuery(new Term(ACT, canonicalAct.apply(a))), Occur.FILTER));
        present(query.program()).ifPresent(p ->
                q.add(new TermQuery(new Term(PROGRAM, FactCodec.programKey(p))), Occur.FILTER));
        if (present(query.minAmount()).isPresent() || present(query.maxAmount()).isPresent()) {
            double min = present(query.minAmount()).map(java.math.BigDecimal::doubleValue).orElse(Double.NEGATIVE_INFINITY);
            double max = present(query.maxAmount()).map(java.math.BigDecimal::doubleValue).orElse(Double.POSITIVE_INFINITY);
            q.add(DoublePoint.newRangeQuery(AMOUNT, min, max), Occur.FILTER);
        }
        present(query.unit()).filter(u -> !u.isBlank())
                .ifPresent(u -> q.add(new TermQuery(new Term(UNIT, u.trim())), Occur.FILTER));
        if (present(query.from()).isPresent() || present(query.to()).isPresent()) {
            q.add(datedBetween(present(query.from()).orElse(LocalDate.MIN), present(query.to()).orElse(LocalDate.MAX)),
                    Occur.FILTER);
        }
        if (query.excludeHashes() != null && !query.excludeHashes().isEmpty()) {
            q.add(new TermInSetQuery(CONTENT_HASH, query.excludeHashes().stream().map(BytesRef::new).toList()),
                    Occur.MUST_NOT);
        }
        addTextRanking(q, query.text());
        int limit = query.limit() > 0 ? query.limit() : DEFAULT_LIMIT;
        return withSearcher(s -> {
            TopDocs top = s.search(q.build(), limit, FACT_ORDER, true);
            StoredFields stored = s.storedFields();
            List<FactHit> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                org.apache.lucene.document.Document d = stored.document(sd.doc);
                out.add(new FactHit(FactCodec.decode(d), FactCodec.intOf(d, PAGE), documentTitle(s, stored, sd.doc),
                        nullToEmpty(d.get(CONTENT_HASH)), sd.score));
            }
            return out;
        });
    }

    /**
     * The title of the document a fact entry belongs to, stored once on the document entry that ends the fact's
     * block rather than on each of its facts.
     */
    private static String documentTitle(IndexSearcher s, StoredFields stored, int fact) throws IOException {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(fact, leaves));
        int end = DocumentEntries.blockEnd(DocumentEntries.of(leaf.reader()), fact - leaf.docBase);
        return end == DocIdSetIterator.NO_MORE_DOCS ? ""
                : nullToEmpty(stored.document(leaf.docBase + end, Set.of(DOC_TITLE)).get(DOC_TITLE));
    }

    /**
     * Free text (a claim's sentence, not query syntax) as optional term clauses in every sentence text field; a
     * fact scores what its sentence entry (its block-join parent) scores.
     */
    private void addTextRanking(BooleanQuery.Builder q, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        IndexBackends.FactRanking ranking = IndexBackends.factRanking(text, canonicalAct);
        BooleanQuery.Builder sentence = new BooleanQuery.Builder();
        ranking.sentenceTerms().forEach((field, terms) ->
                terms.forEach(term -> sentence.add(new TermQuery(new Term(field, term)), Occur.SHOULD)));
        if (ranking.anyTerm()) {
            q.add(new ToChildBlockJoinQuery(sentence.build(), SENTENCES), Occur.SHOULD);
        }
        for (String act : ranking.acts()) {
            q.add(new org.apache.lucene.search.BoostQuery(new TermQuery(new Term(ACT, act)), IndexBackends.ACT_BOOST),
                    Occur.SHOULD);
        }
    }

    @Override
    public void forEachFact(Consumer<Fact> sink) {
        withSearcher(s -> {
            StoredFields stored = s.storedFields();
            List<String> ids = new ArrayList<>();
            for (int doc : allMatching(s, new TermQuery(new Term(KIND, KIND_DOC)))) {
                ids.add(stored.document(doc, Set.of(DOC_ID)).get(DOC_ID));
            }
            ids.sort(Comparator.naturalOrder());
            for (String id : ids) {
                factsOf(s, id).forEach(sink);
            }
            return null;
        });
    }

    /**
     * Streams the passage entries segment by segment in index order. A document's entries form one block, written
     * atomically, so within a segment its passages are adjacent: a change of doc id ends a document, and memory
     * holds one document's passages.
     */
    @Override
    public void forEachDocumentPassages(Consumer<DocumentPassages> sink) {
        withSearcher(s -> {
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                passagesOf(leaf.reader(), sink);
            }
            return null;
        });
    }

    private record StoredPassage(int start, String text) {
    }

    private static void passagesOf(LeafReader reader, Consumer<DocumentPassages> sink) throws IOException {
        PostingsEnum entries = reader.postings(new Term(KIND, KIND_PASSAGE), PostingsEnum.NONE);
        if (entries == null) {
            return;
        }
        Bits live = reader.getLiveDocs();
        StoredFields stored = reader.storedFields();
        Set<String> fields = Set.of(DOC_ID, PATH, START, PASSAGE);
        String id = null;
        String path = null;
        List<StoredPassage> passages = new ArrayList<>();
        for (int doc = entries.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = entries.nextDoc()) {
            if (live != null && !live.get(doc)) {
                continue;
            }
            org.apache.lucene.document.Document entry = stored.document(doc, fields);
            String entryId = entry.get(DOC_ID);
            String text = entry.get(PASSAGE);
            if (entryId == null || text == null) {
                continue;
            }
            if (!entryId.equals(id)) {
                emitPassages(id, path, passages, sink);
                id = entryId;
                path = entry.get(PATH);
                passages = new ArrayList<>();
            }
            var start = entry.getField(START);
            passages.add(new StoredPassage(start == null ? passages.size() : start.numericValue().intValue(), text));
        }
        emitPassages(id, path, passages, sink);
    }

    private static void emitPassages(String id, String path, List<StoredPassage> passages,
                                     Consumer<DocumentPassages> sink) {
        if (id == null || passages.isEmpty()) {
            return;
        }
        passages.sort(Comparator.comparingInt(StoredPassage::start));
        sink.accept(new DocumentPassages(new DocumentId(id), path == null ? id : path,
                passages.stream().map(StoredPassage::text).toList()));
    }

    @Override
    public Optional<StoredDocument> document(DocumentId id) {
        return withSearcher(s -> {
            StoredFields stored = s.storedFields();
            List<org.apache.lucene.document.Document> entries = new ArrayList<>();
            for (int doc : allMatching(s, new TermQuery(new Term(DOC_ID, id.value())))) {
                entries.add(stored.document(doc));
            }
            return IndexBackends.storedDocument(id, entries);
        });
    }

    @Override
    public List<Fact> facts(DocumentId id) {
        return withSearcher(s -> factsOf(s, id.value()));
    }

    /** One document's facts from its fact entries alone, in text order (ties in extraction order). */
    private static List<Fact> factsOf(IndexSearcher s, String id) throws IOException {
        StoredFields stored = s.storedFields();
        Query facts = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(KIND, KIND_FACT)), Occur.FILTER)
                .add(new TermQuery(new Term(DOC_ID, id)), Occur.FILTER).build();
        List<org.apache.lucene.document.Document> found = new ArrayList<>();
        for (int doc : allMatching(s, facts)) {
            found.add(stored.document(doc));
        }
        return IndexBackends.factsInTextOrder(found);
    }

    // ---------------------------------------------------------------- helpers

    /** Entries of the documents holding at least one such fact, by their document entries' fact summary. */
    private static Query documentsWithFact(IndexSearcher s, Query summaryFilter) throws IOException {
        BlocksWithFact blocks = BlocksWithFact.of(s, summaryFilter);
        return blocks.isEmpty() ? new MatchNoDocsQuery("no document has such a fact") : blocks;
    }

    /** Facts whose date (a DATE value, else the date a figure or act refers to) overlaps [first, last]. */
    private static Query datedBetween(LocalDate first, LocalDate last) {
        long lo = first.equals(LocalDate.MIN) ? Long.MIN_VALUE : first.toEpochDay();
        long hi = last.equals(LocalDate.MAX) ? Long.MAX_VALUE : last.toEpochDay();
        return new BooleanQuery.Builder()
                .add(LongPoint.newRangeQuery(DATE_FIRST, Long.MIN_VALUE, hi), Occur.FILTER)
                .add(LongPoint.newRangeQuery(DATE_LAST, lo, Long.MAX_VALUE), Occur.FILTER).build();
    }

    /** {@code uz} keeps uz-Latn and uz-Cyrl; a full code matches itself whatever its case. */
    private static Query languageFilter(String language) {
        String l = language.trim();
        Language known = Language.fromCode(l);
        String code = known == Language.UNKNOWN ? l : known.code();
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(LANGUAGE, code)), Occur.SHOULD)
                .add(new PrefixQuery(new Term(LANGUAGE, code + "-")), Occur.SHOULD).build();
    }

    private static List<Integer> allMatching(IndexSearcher s, Query q) throws IOException {
        List<Integer> docs = new ArrayList<>();
        s.search(q, new SimpleCollector() {
            private int base;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                base = context.docBase;
            }

            @Override
            public void collect(int doc) {
                docs.add(base + doc);
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return docs;
    }

    private static <T> Optional<T> present(Optional<T> o) {
        return o == null ? Optional.empty() : o;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher s = searchers.acquire();
            if (writer == null && newerCommitThan(s)) {
                searchers.release(s); // read-only: follow the writer's commits
                searchers.maybeRefresh();
                s = searchers.acquire();
            }
            try {
                return work.run(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read index " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether a commit newer than the searcher's exists. Listing the directory is much cheaper than the
     * refresh's reading of the latest segments file, and each commit writes a segments file of a higher generation.
     */
    private boolean newerCommitThan(IndexSearcher s) throws IOException {
        if (!(s.getIndexReader() instanceof DirectoryReader reader)) {
            return true;
        }
        return SegmentInfos.getLastCommitGeneration(directory.listAll()) != reader.getIndexCommit().getGeneration();
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            try {
                if (writer != null) {
                    writer.close();
                }
            } finally {
                directory.close();
            }
        }
    }

    private static void closeQuietly(Directory d) {
        if (d != null) {
            try {
                d.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
    }
}
