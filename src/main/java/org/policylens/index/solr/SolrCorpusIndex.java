package org.policylens.index.solr;

import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.policylens.index.CorpusIndex;
import org.policylens.index.DocumentReader;
import org.policylens.index.DocumentPassages;
import org.policylens.index.StoredDocument;
import org.policylens.index.FactHit;
import org.policylens.index.FactQuery;
import org.policylens.index.IndexBackends;
import org.policylens.index.IndexSchema;
import org.policylens.index.PassageHighlighter;
import org.policylens.index.QuerySyntaxException;
import org.policylens.index.RefusedIndexException;
import org.policylens.index.SearchHit;
import org.policylens.index.SearchQueryParser;
import org.policylens.index.SearchRequest;
import org.policylens.index.SearchResults;
import org.policylens.index.SignedDocument;
import org.policylens.index.TextSignature;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.Fact;
import org.policylens.model.Language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import static org.policylens.index.IndexSchema.*;

/**
 * {@link CorpusIndex} on a SolrCloud collection made with the policylens configset (solr/configsets/policylens):
 * the same entries as the Lucene backend, one nested block per document, and the same Lucene queries, so that both
 * give the same answers. Search runs the user's query through the {@code {!policylens}} parser on the nodes, keeps
 * each document's best passage by collapsing on the document id, and counts facets with the JSON Facet API; fact
 * filters and fact ranking are block joins. Term statistics are collection-wide (ExactStatsCache), so scores do
 * not depend on the shard a document falls on.
 *
 * <p>Writes are sent in batches from the threads that call {@link #put}, retried while the cluster elects new
 * leaders; a batch that still fails is remembered, and the next {@link #commit()} fails naming how many documents
 * were lost, so the run ends in an error and a re-run (incremental, by content hash) indexes them.
 */
public final class SolrCorpusIndex implements CorpusIndex, DocumentReader {
    /** The configset's schema name: the Lucene backend's {@link IndexSchema#VERSION} in the name. */
    public static final String SCHEMA_NAME = "policylens-" + IndexSchema.VERSION;
    private static final List<String> FACETS = List.of("language", "type", "year", "program", "act");
    private static final int BATCH_DOCUMENTS = 25;
    /** Entries per cursor page of an export or listing. */
    static final int PAGE_SIZE = 1000;
    private static final int DEFAULT_LIMIT = 10;
    /** What a search hit shows (not the passage's analysed copies, stored for the highlighter alone). */
    private static final String HIT_FIELDS = String.join(",", SolrEntries.ID, DOC_ID, TITLE, DOC_TITLE, DOC_TYPE,
            LANGUAGE, ADOPTION_DATE, PASSAGE, PAGE);
    /** ExactStatsCache's parameter: fields whose statistics every shard must report. */
    private static final String STATS_FIELDS = "solr.stats.fields";
    private static final String STATS_FIELDS_SEPARATOR = "!";
    private static final long[] RETRY_MILLIS = {250, 500, 1000, 2000, 4000, 8000, 15000};

    private final SolrClient client;
    private final String collection;
    private final SolrTarget target;
    private final UnaryOperator<String> canonicalAct;
    private final SearchQueryParser parser;
    private final List<SolrInputDocument> pending = new ArrayList<>();
    private final Set<String> lost = new LinkedHashSet<>();
    private volatile boolean written;

    private SolrCorpusIndex(SolrTarget target, SolrClient client, Function<String, Optional<String>> actCanonicalizer) {
        this.target = target;
        this.client = client;
        this.collection = target.collection();
        this.canonicalAct = IndexBackends.canonicalActs(actCanonicalizer);
        this.parser = new SearchQueryParser(canonicalAct);
    }

    /**
     * Connects to the collection; fails with {@link RefusedIndexException} when it is absent or was made with another
     * schema. {@code rebuild} empties it first (only a policylens collection is ever emptied).
     */
    public static SolrCorpusIndex open(SolrTarget target, Function<String, Optional<String>> actCanonicalizer,
                                       boolean rebuild) {
        SolrClient client = target.client();
        try {
            String schema;
            try {
                schema = new SchemaRequest.SchemaName().process(client, target.collection()).getSchemaName();
            } catch (SolrException | SolrServerException | IOException e) {
                throw new RefusedIndexException("cannot use " + target + ": " + oneLine(e)
                        + " (create it with the policylens configset, see README: Running on SolrCloud)");
            }
            if (!SCHEMA_NAME.equals(schema)) {
                throw new RefusedIndexException("refusing to use " + target + ": its schema is '" + schema
                        + "', not policylens' '" + SCHEMA_NAME + "' (upload solr/configsets/policylens)");
            }
            SolrCorpusIndex index = new SolrCorpusIndex(target, client, actCanonicalizer);
            if (rebuild) {
                index.send(() -> client.deleteByQuery(target.collection(), "*:*"));
                index.written = true;
                index.commit();
            }
            return index;
        } catch (RuntimeException e) {
            closeQuietly(client);
            throw e;
        }
    }

    public SolrTarget target() {
        return target;
    }

    // ---------------------------------------------------------------- writing

    @Override
    public void put(Document document, List<Fact> facts) {
        SolrInputDocument block = SolrEntries.nested(document.id().value(),
                IndexBackends.block(document, facts, canonicalAct));
        List<SolrInputDocument> batch = null;
        synchronized (pending) {
            pending.add(block);
            if (pending.size() >= BATCH_DOCUMENTS) {
                batch = new ArrayList<>(pending);
                pending.clear();
            }
        }
        written = true;
        if (batch != null) {
            sendBatch(batch);
        }
    }

    @Override
    public void remove(DocumentId id) {
        flush();
        written = true;
        // the whole block: every entry carries the document id as its _root_
        send(() -> client.deleteByQuery(collection, "{!term f=" + SolrEntries.ROOT + "}" + id.value()));
    }

    @Override
    public synchronized void commit() {
        flush();
        synchronized (lost) {
            if (!lost.isEmpty()) {
                int n = lost.size();
                String first = lost.iterator().next();
                lost.clear();
                throw new UncheckedIOException(new IOException(n + " documents (first: " + first + ") could not be sent to "
                        + target + "; run the same index command again to add them"));
            }
        }
        send(() -> client.commit(collection, true, true));
        written = false;
    }

    private void flush() {
        List<SolrInputDocument> batch;
        synchronized (pending) {
            batch = new ArrayList<>(pending);
            pending.clear();
        }
        if (!batch.isEmpty()) {
            sendBatch(batch);
        }
    }

    private void sendBatch(List<SolrInputDocument> batch) {
        try {
            send(() -> client.add(collection, batch));
        } catch (UncheckedIOException e) {
            synchronized (lost) {
                batch.forEach(d -> lost.add(String.valueOf(d.getFieldValue(SolrEntries.ID))));
            }
            throw e;
        }
    }

    private interface SolrCall {
        Object run() throws SolrServerException, IOException;
    }

    /** Runs an update, retrying while the cluster recovers (a node gone, a new leader being elected). */
    private void send(SolrCall call) {
        for (int attempt = 0; ; attempt++) {
            try {
                call.run();
                return;
            } catch (SolrServerException | IOException | SolrException e) {
                if (attempt >= RETRY_MILLIS.length || !retriable(e)) {
                    throw new UncheckedIOException(new IOException("cannot write to " + target + ": " + oneLine(e), e));
                }
                try {
                    Thread.sleep(RETRY_MILLIS[attempt]);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new UncheckedIOException(new IOException("interrupted writing to " + target, e));
                }
            }
        }
    }

    /** A request the cluster refused as malformed fails at once; anything else may pass once the cluster recovers. */
    private static boolean retriable(Exception e) {
        return !(e instanceof SolrException s) || s.code() != SolrException.ErrorCode.BAD_REQUEST.code;
    }

    // ---------------------------------------------------------------- reading

    @Override
    public Map<DocumentId, String> indexedHashes() {
        Map<DocumentId, String> out = new TreeMap<>(Comparator.comparing(DocumentId::value));
        forEachEntry(KIND + ":" + KIND_DOC, DOC_ID + "," + CONTENT_HASH, SolrEntries.ID + " asc",
                d -> out.put(new DocumentId(string(d, DOC_ID)), string(d, CONTENT_HASH)));
        return out;
    }

    @Override
    public List<SignedDocument> signatures() {
        List<SignedDocument> out = new ArrayList<>();
        forEachEntry(KIND + ":" + KIND_DOC, DOC_ID + "," + CONTENT_HASH + "," + TEXT_SIGNATURE, SolrEntries.ID + " asc",
                d -> {
                    byte[] bytes = bytes(d.getFirstValue(TEXT_SIGNATURE));
                    TextSignature signature = bytes == null ? new TextSignature(new long[0])
                            : TextSignature.fromBytes(bytes, 0, bytes.length);
                    out.add(new SignedDocument(new DocumentId(string(d, DOC_ID)), string(d, CONTENT_HASH), signature));
                });
        return out;
    }

    @Override
    public SearchResults search(SearchRequest request) {
        Query text = parser.parse(request.query()); // syntax errors here, worded as the local index words them
        boolean everyDocument = text instanceof MatchAllDocsQuery;
        ModifiableSolrParams p = new ModifiableSolrParams();
        List<String> documentFilters = new ArrayList<>(); // queries over document entries
        if (everyDocument) {
            // no text: every document scores the same; filters and counts run on the document entries
            p.set("q", "*:*");
            p.add("fq", KIND + ":" + KIND_DOC);
            p.set("sort", DOC_ID_DV + " asc");
        } else {
            p.set("q", "{!policylens v=$pq}");
            p.set("pq", parser.withCanonicalActs(request.query()));
            p.add("fq", KIND + ":" + KIND_PASSAGE);
            // a document's best passage stands for it (the block's passages all live on one shard)
            p.add("fq", "{!collapse field=" + DOC_ID_DV + "}");
            p.set("sort", "score desc," + DOC_ID_DV + " asc");
            // every shard reports the statistics of every queried text field, also a shard without the phrase's
            // terms (a phrase asks for them only where its terms occur): else BM25 would see part of the collection
            p.set(STATS_FIELDS, String.join(STATS_FIELDS_SEPARATOR, QUERY_FIELDS));
        }
        present(request.language()).ifPresent(l -> {
            String code = languageCode(l);
            p.add("fq", "{!bool should=$lang should=$langp}");
            p.set("lang", "{!term f=" + LANGUAGE + "}" + code);
            p.set("langp", "{!prefix f=" + LANGUAGE + "}" + code + "-");
        });
        present(request.documentType()).ifPresent(t ->
                p.add("fq", "{!term f=" + DOC_TYPE + "}" + t.trim().toLowerCase(Locale.ROOT)));
        request.scanned().ifPresent(scanned -> p.add("fq", OCR_PAGES + (scanned ? ":[1 TO *]" : ":0")));
        present(request.year()).ifPresent(y -> p.add("fq", "{!term f=" + YEAR + "}" + y.trim()));
        present(request.actId()).ifPresent(a ->
                documentFilters.add(param(p, "{!term f=" + ACT + "}" + canonicalAct.apply(a))));
        present(request.program()).ifPresent(pr ->
                documentFilters.add(param(p, "{!term f=" + PROGRAM + "}" + IndexBackends.programKey(pr))));
        IndexBackends.factDateRange(present(request.from()), present(request.to())).ifPresent(range -> {
            // documents holding a fact dated in the range: a block join from their fact entries
            String facts = "{!bool filter=" + KIND + ":" + KIND_FACT + " filter=$" + param(p, DATE_FIRST + ":[* TO "
                    + bound(range[1]) + "]") + " filter=$" + param(p, DATE_LAST + ":[" + bound(range[0]) + " TO *]") + "}";
            documentFilters.add(param(p, "{!parent which=" + KIND + ":" + KIND_DOC + " v=$" + param(p, facts) + "}"));
        });
        for (String filter : documentFilters) {
            p.add("fq", everyDocument ? "{!query v=$" + filter + "}"
                    : "{!child of=" + KIND + ":" + KIND_DOC + " v=$" + param(p, "{!bool filter=" + KIND + ":" + KIND_DOC
                    + " filter=$" + filter + "}") + "}");
        }
        int limit = request.limit() > 0 ? request.limit() : DEFAULT_LIMIT;
        p.set("rows", limit);
        p.set("fl", HIT_FIELDS + ",score");
        p.set("json.facet", everyDocument ? DOCUMENT_FACETS : PASSAGE_FACETS);
        if (!everyDocument) {
            // Solr's unified highlighter marks each hit's passage, set up as the local index sets up Lucene's
            PassageHighlighter.SOLR_PARAMS.forEach(p::set);
        }
        QueryResponse response;
        try {
            response = query(p);
        } catch (SolrException e) {
            if (e.code() == SolrException.ErrorCode.BAD_REQUEST.code) {
                throw new QuerySyntaxException("query " + SearchQueryParser.oneLine(request.query()) + ": "
                        + SearchQueryParser.oneLine(e.getMessage()));
            }
            throw e;
        }
        SolrDocumentList results = response.getResults();
        Map<String, SolrDocument> firstPassages = everyDocument ? firstPassages(results) : Map.of();
        Map<String, Map<String, List<String>>> highlighting =
                response.getHighlighting() == null ? Map.of() : response.getHighlighting();
        List<SearchHit> hits = new ArrayList<>();
        for (SolrDocument d : results) {
            SolrDocument shown = everyDocument ? firstPassages.getOrDefault(string(d, DOC_ID), d) : d;
            String title = shown.getFirstValue(TITLE) != null ? string(shown, TITLE) : string(shown, DOC_TITLE);
            float score = d.getFirstValue("score") instanceof Number n ? n.floatValue() : 0f;
            Map<String, List<String>> highlights = highlighting.getOrDefault(string(shown, SolrEntries.ID), Map.of());
            List<String> marked = new ArrayList<>();
            highlights.values().forEach(marked::addAll);
            hits.add(new SearchHit(new DocumentId(string(shown, DOC_ID)), title, string(shown, DOC_TYPE),
                    string(shown, LANGUAGE), string(shown, ADOPTION_DATE), score,
                    PassageHighlighter.marked(string(shown, PASSAGE), marked), intOf(shown, PAGE)));
        }
        return new SearchResults(results.getNumFound(), hits, facets(response.getJsonFacetingResponse(), everyDocument));
    }

    /**
     * Facets of a text search, over each matching document's best passage (one per document after the collapse):
     * the passages carry their document's language, type, year and programmes; acts are on the document entries.
     */
    private static final String PASSAGE_FACETS = "{"
            + "language:{type:terms,field:" + LANGUAGE_DV + ",limit:-1},"
            + "type:{type:terms,field:" + DOC_TYPE_DV + ",limit:-1},"
            + "year:{type:terms,field:" + YEAR_DV + ",limit:-1},"
            + "program:{type:terms,field:" + PROGRAMS_DV + ",limit:-1},"
            + "act:{type:terms,field:" + ACTS_DV + ",limit:-1,domain:{blockParent:'" + KIND + ":" + KIND_DOC + "'}}}";

    /** Facets of a search without text, over document entries; programmes come from each document's passages. */
    private static final String DOCUMENT_FACETS = "{"
            + "language:{type:terms,field:" + LANGUAGE + ",limit:-1},"
            + "type:{type:terms,field:" + DOC_TYPE + ",limit:-1},"
            + "year:{type:terms,field:" + YEAR + ",limit:-1},"
            + "program:{type:terms,field:" + PROGRAMS_DV + ",limit:-1,domain:{blockChildren:'" + KIND + ":" + KIND_DOC
            + "',filter:'" + KIND + ":" + KIND_PASSAGE + "'},facet:{documents:'uniqueBlock(" + SolrEntries.ROOT + ")'}},"
            + "act:{type:terms,field:" + ACTS_DV + ",limit:-1}}";

    private static Map<String, Map<String, Long>> facets(NestableJsonFacet json, boolean everyDocument) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (String name : FACETS) {
            Map<String, Long> counts = new HashMap<>();
            BucketBasedJsonFacet facet = json == null ? null : json.getBucketBasedFacets(name);
            if (facet != null) {
                for (BucketJsonFacet bucket : facet.getBuckets()) {
                    long count = everyDocument && name.equals("program")
                            ? ((Number) bucket.getStatValue("documents")).longValue() : bucket.getCount();
                    if (count > 0) {
                        counts.put(String.valueOf(bucket.getVal()), count);
                    }
                }
            }
            // as the local index orders them: most documents first, then by value
            Map<String, Long> byCount = new LinkedHashMap<>();
            counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey())).forEach(e -> byCount.put(e.getKey(), e.getValue()));
            out.put(name, byCount);
        }
        return out;
    }

    /** The first passage of each listed document entry (its lowest start): what a search without text shows for it. */
    private Map<String, SolrDocument> firstPassages(SolrDocumentList documents) {
        if (documents.isEmpty()) {
            return Map.of();
        }
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "*:*");
        p.add("fq", KIND + ":" + KIND_PASSAGE);
        String listed = param(p, "{!bool filter=" + KIND + ":" + KIND_DOC + " filter=$"
                + param(p, anyOf(p, SolrEntries.ID, documents.stream().map(d -> string(d, DOC_ID)).toList())) + "}");
        p.add("fq", "{!child of=" + KIND + ":" + KIND_DOC + " v=$" + listed + "}");
        p.add("fq", "{!collapse field=" + DOC_ID_DV + " min=" + START + "}");
        p.set("rows", documents.size());
        p.set("fl", HIT_FIELDS);
        Map<String, SolrDocument> out = new HashMap<>();
        for (SolrDocument d : query(p).getResults()) {
            out.put(string(d, DOC_ID), d);
        }
        return out;
    }

    @Override
    public List<FactHit> findFacts(FactQuery query) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        List<String> scoring = new ArrayList<>();
        String text = query.text();
        if (text != null && !text.isBlank()) {
            IndexBackends.FactRanking ranking = IndexBackends.factRanking(text, canonicalAct);
            if (ranking.anyTerm()) {
                StringBuilder sentence = new StringBuilder("{!bool");
                ranking.sentenceTerms().forEach((field, terms) -> terms.forEach(term ->
                        sentence.append(" should=$").append(param(p, "{!term f=" + field + "}" + term))));
                String sentences = param(p, sentence.append('}').toString());
                // a fact scores what its sentence entry (the parent of the facts just before it) scores
                scoring.add(param(p, "{!child of=" + KIND + ":" + KIND_SENTENCE + " v=$" + sentences + "}"));
            }
            for (String act : ranking.acts()) {
                scoring.add(param(p, ACT + ":" + quoted(act) + "^" + IndexBackends.ACT_BOOST));
            }
        }
        StringBuilder q = new StringBuilder("{!bool filter=" + KIND + ":" + KIND_FACT);
        scoring.forEach(s -> q.append(" should=$").append(s));
        p.set("q", q.append('}').toString());
        present(query.type()).ifPresent(t -> p.add("fq", "{!term f=" + FACT_TYPE + "}" + t.name()));
        present(query.actId()).ifPresent(a -> p.add("fq", "{!term f=" + ACT + "}" + canonicalAct.apply(a)));
        present(query.program()).ifPresent(pr -> p.add("fq", "{!term f=" + PROGRAM + "}" + IndexBackends.programKey(pr)));
        if (present(query.minAmount()).isPresent() || present(query.maxAmount()).isPresent()) {
            String min = present(query.minAmount()).map(m -> Double.toString(m.doubleValue())).orElse("*");
            String max = present(query.maxAmount()).map(m -> Double.toString(m.doubleValue())).orElse("*");
            p.add("fq", AMOUNT + ":[" + min + " TO " + max + "]");
        }
        present(query.unit()).filter(u -> !u.isBlank()).ifPresent(u -> p.add("fq", "{!term f=" + UNIT + "}" + u.trim()));
        if (present(query.from()).isPresent() || present(query.to()).isPresent()) {
            LocalDate from = present(query.from()).orElse(LocalDate.MIN);
            LocalDate to = present(query.to()).orElse(LocalDate.MAX);
            p.add("fq", DATE_FIRST + ":[* TO " + (to.equals(LocalDate.MAX) ? "*" : to.toEpochDay()) + "]");
            p.add("fq", DATE_LAST + ":[" + (from.equals(LocalDate.MIN) ? "*" : from.toEpochDay()) + " TO *]");
        }
        if (query.excludeHashes() != null && !query.excludeHashes().isEmpty()) {
            p.add("fq", "{!bool filter=" + KIND + ":" + KIND_FACT + " must_not=$"
                    + param(p, anyOf(p, CONTENT_HASH, List.copyOf(query.excludeHashes()))) + "}");
        }
        p.set("rows", query.limit() > 0 ? query.limit() : DEFAULT_LIMIT);
        p.set("fl", "*,score");
        p.set("sort", "score desc," + DOC_ID_DV + " asc," + ORDINAL + " asc"); // ties as the local index breaks them
        SolrDocumentList found = query(p).getResults();
        Map<String, String> titles = documentTitles(found.stream().map(d -> string(d, DOC_ID)).distinct().toList());
        List<FactHit> out = new ArrayList<>();
        for (SolrDocument d : found) {
            org.apache.lucene.document.Document entry = SolrEntries.toLucene(d);
            float score = d.getFirstValue("score") instanceof Number n ? n.floatValue() : 0f;
            out.add(new FactHit(IndexBackends.decodeFact(entry), IndexBackends.intOf(entry, PAGE),
                    titles.getOrDefault(string(d, DOC_ID), ""), string(d, CONTENT_HASH), score));
        }
        return out;
    }

    /** The titles of these documents, stored once on each document entry. */
    private Map<String, String> documentTitles(List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "*:*");
        p.add("fq", KIND + ":" + KIND_DOC);
        p.add("fq", anyOf(p, SolrEntries.ID, ids));
        p.set("rows", ids.size());
        p.set("fl", DOC_ID + "," + DOC_TITLE);
        Map<String, String> out = new HashMap<>();
        query(p).getResults().forEach(d -> out.put(string(d, DOC_ID), string(d, DOC_TITLE)));
        return out;
    }

    /**
     * Every fact, document by document in id order, each document's in text order: one pass over the fact entries
     * sorted by document, paged with a cursor, so an export of any size holds one document's facts at a time.
     */
    @Override
    public void forEachFact(Consumer<Fact> sink) {
        List<org.apache.lucene.document.Document> current = new ArrayList<>();
        String[] currentId = {null};
        Runnable emit = () -> {
            IndexBackends.factsInTextOrder(current).forEach(sink);
            current.clear();
        };
        forEachEntry(KIND + ":" + KIND_FACT, "*", DOC_ID + " asc," + SolrEntries.ID + " asc", d -> {
            String id = string(d, DOC_ID);
            if (!id.equals(currentId[0])) {
                emit.run();
                currentId[0] = id;
            }
            current.add(SolrEntries.toLucene(d));
        });
        emit.run();
    }

    /**
     * Every document's passages: one pass over the passage entries sorted by document, then start, paged with a
     * cursor, so memory holds one document's passages at a time.
     */
    @Override
    public void forEachDocumentPassages(Consumer<DocumentPassages> sink) {
        List<String> passages = new ArrayList<>();
        String[] current = {null, null}; // doc id, path
        Runnable emit = () -> {
            if (current[0] != null && !passages.isEmpty()) {
                sink.accept(new DocumentPassages(new DocumentId(current[0]),
                        current[1].isEmpty() ? current[0] : current[1], passages));
            }
            passages.clear();
        };
        forEachEntry(KIND + ":" + KIND_PASSAGE, DOC_ID + "," + PATH + "," + PASSAGE,
                DOC_ID + " asc," + START + " asc," + SolrEntries.ID + " asc", d -> {
                    String id = string(d, DOC_ID);
                    if (!id.equals(current[0])) {
                        emit.run();
                        current[0] = id;
                        current[1] = string(d, PATH);
                    }
                    passages.add(string(d, PASSAGE));
                });
        emit.run();
    }

    /** The whole block of a document, read back as the local index reads it (the web pages show it). */
    @Override
    public Optional<StoredDocument> document(DocumentId id) {
        List<org.apache.lucene.document.Document> entries = new ArrayList<>();
        forEachEntry(block(id), "*", SolrEntries.ID + " asc", d -> entries.add(SolrEntries.toLucene(d)));
        return IndexBackends.storedDocument(id, entries);
    }

    /** One document's facts, in text order. */
    @Override
    public List<Fact> facts(DocumentId id) {
        List<org.apache.lucene.document.Document> entries = new ArrayList<>();
        forEachEntry(List.of(block(id), KIND + ":" + KIND_FACT), "*", SolrEntries.ID + " asc",
                d -> entries.add(SolrEntries.toLucene(d)));
        return IndexBackends.factsInTextOrder(entries);
    }

    private static String block(DocumentId id) {
        return "{!term f=" + SolrEntries.ROOT + "}" + id.value();
    }

    /** Every entry matching {@code filter}, page by page with a cursor (stable under concurrent writes). */
    private void forEachEntry(String filter, String fields, String sort, Consumer<SolrDocument> sink) {
        forEachEntry(List.of(filter), fields, sort, sink);
    }

    private void forEachEntry(List<String> filters, String fields, String sort, Consumer<SolrDocument> sink) {
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            ModifiableSolrParams p = new ModifiableSolrParams();
            p.set("q", "*:*");
            filters.forEach(f -> p.add("fq", f));
            p.set("fl", fields);
            p.set("sort", sort);
            p.set("rows", PAGE_SIZE);
            p.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = query(p);
            r.getResults().forEach(sink);
            String next = r.getNextCursorMark();
            if (next == null || next.equals(cursor)) {
                return;
            }
            cursor = next;
        }
    }

    private QueryResponse query(ModifiableSolrParams params) {
        try {
            return new QueryRequest(params, SolrRequest.METHOD.POST).process(client, collection);
        } catch (SolrServerException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot read " + target + ": " + oneLine(e), e));
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Adds {@code value} as a fresh parameter and returns its name, for {@code $name} references. */
    private static String param(ModifiableSolrParams p, String value) {
        String name = "p" + p.getParameterNames().size();
        while (p.get(name) != null) {
            name = name + "_";
        }
        p.set(name, value);
        return name;
    }

    /** A query for entries whose {@code field} is one of {@code values} (any characters, no escaping needed). */
    private static String anyOf(ModifiableSolrParams p, String field, List<String> values) {
        StringBuilder q = new StringBuilder("{!bool");
        for (String v : values) {
            q.append(" should=$").append(param(p, "{!term f=" + field + "}" + v));
        }
        return q.append('}').toString();
    }

    private static String quoted(String term) {
        return '"' + term.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String bound(long epochDay) {
        return epochDay == Long.MIN_VALUE || epochDay == Long.MAX_VALUE ? "*" : Long.toString(epochDay);
    }

    /** {@code uz} keeps uz-Latn and uz-Cyrl; a full code matches itself whatever its case. */
    private static String languageCode(String language) {
        String l = language.trim();
        Language known = Language.fromCode(l);
        return known == Language.UNKNOWN ? l : known.code();
    }

    private static String string(SolrDocument d, String field) {
        Object v = d.getFirstValue(field);
        return v == null ? "" : v.toString();
    }

    private static int intOf(SolrDocument d, String field) {
        return d.getFirstValue(field) instanceof Number n ? n.intValue() : 0;
    }

    private static byte[] bytes(Object value) {
        if (value instanceof byte[] b) {
            return b;
        }
        if (value instanceof ByteBuffer bb) {
            byte[] b = new byte[bb.remaining()];
            bb.duplicate().get(b);
            return b;
        }
        return null;
    }

    private static <T> Optional<T> present(Optional<T> o) {
        return o == null ? Optional.empty() : o;
    }

    private static String oneLine(Exception e) {
        return SearchQueryParser.oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    @Override
    public void close() throws IOException {
        try {
            if (written) {
                commit();
            }
        } finally {
            client.close();
        }
    }

    private static void closeQuietly(SolrClient client) {
        try {
            client.close();
        } catch (IOException ignored) {
            // already failing
        }
    }
}
