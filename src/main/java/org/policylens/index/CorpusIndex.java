package org.policylens.index;

import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.Fact;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one door to the index, so that another backend (a distributed one) can replace Lucene without
 * touching ingest, extract or verify. Writes become visible to readers at {@link #commit()}.
 * {@link #put} and {@link #remove} may be called from several threads at once, also while a commit runs.
 */
public interface CorpusIndex extends Closeable {
    /** Content hash of every indexed document, by id: drives incremental indexing. */
    Map<DocumentId, String> indexedHashes();

    /** The folder the index is stored in, if any: an index run never reads it as a source. */
    default Optional<Path> directory() {
        return Optional.empty();
    }

    /** Every indexed document's near-duplicate signature, with its content hash: finds copies of an article. */
    List<SignedDocument> signatures();

    /** Adds the document and its facts, replacing any earlier version with the same id. */
    void put(Document document, List<Fact> facts);

    void remove(DocumentId id);

    /**
     * Goes up each time the index had to drop its uncommitted writes and start again from its last commit (Lucene's
     * writer after an out-of-memory error): a document put under an older generation and not committed since is lost.
     */
    default long writerGeneration() {
        return 0;
    }

    void commit();

    /** Full-text search over documents with filters, best passage per hit, facets. */
    SearchResults search(SearchRequest request);

    /** Typed fact search, ranked by the optional text; used by verification. */
    List<FactHit> findFacts(FactQuery query);

    /** Every stored fact, document by document, in text order: export without re-parsing. */
    void forEachFact(Consumer<Fact> sink);

    /**
     * Every document's stored passages in text order, one document at a time (memory holds one), documents in no
     * set order: the indexed text for tools such as bench's grep, without re-parsing. A document comes once, as its
     * entries are written as one block.
     */
    void forEachDocumentPassages(Consumer<DocumentPassages> sink);
}
