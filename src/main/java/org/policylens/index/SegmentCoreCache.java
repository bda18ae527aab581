package org.policylens.index;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;

import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Something computed once per segment core and kept while the core lives: a core's postings and doc values never
 * change (deletions live outside it), so what is read from them stays true for every reader of that segment.
 */
final class SegmentCoreCache<T> {
    /** Reads the value from a segment. */
    interface Loader<T> {
        T load(LeafReader reader) throws IOException;
    }

    private final Map<IndexReader.CacheKey, T> byCore = Collections.synchronizedMap(new WeakHashMap<>());
    private final Loader<T> loader;

    SegmentCoreCache(Loader<T> loader) {
        this.loader = loader;
    }

    /** The segment's value, loaded on first use (a reader without a core key is not cached). */
    T get(LeafReader reader) throws IOException {
        IndexReader.CacheHelper core = reader.getCoreCacheHelper();
        T cached = core == null ? null : byCore.get(core.getKey());
        if (cached != null) {
            return cached;
        }
        T value = loader.load(reader);
        if (core != null) {
            byCore.put(core.getKey(), value);
        }
        return value;
    }
}
