package org.policylens.cli;

import org.policylens.extract.act.ActIds;
import org.policylens.index.CorpusIndex;
import org.policylens.index.LuceneCorpusIndex;
import org.policylens.index.solr.SolrCorpusIndex;

import java.nio.file.Path;

/** Opens the index the way the commands need it (the local Lucene index or a SolrCloud collection), with user-facing errors. */
final class Indexes {
    private Indexes() {
    }

    /**
     * Throws {@link org.policylens.index.RefusedIndexException} (a usage error) for a directory that is not a
     * policylens index or is being written; {@code rebuild} starts the index anew without deleting anything else.
     */
    static CorpusIndex openForWriting(Path dir, boolean rebuild) {
        return LuceneCorpusIndex.open(dir, ActIds::canonical, rebuild);
    }

    /** Throws {@link org.policylens.index.NoIndexException} (a usage error) when there is no index. */
    static CorpusIndex openForReading(Path dir) {
        return LuceneCorpusIndex.openReadOnly(dir, ActIds::canonical);
    }

    /** As {@link #openForWriting(Path, boolean)}, or the SolrCloud collection the options name (refused unless ours). */
    static CorpusIndex openForWriting(Path dir, boolean rebuild, BackendOptions backend) {
        return backend.solr().<CorpusIndex>map(t -> SolrCorpusIndex.open(t, ActIds::canonical, rebuild))
                .orElseGet(() -> openForWriting(dir, rebuild));
    }

    /** As {@link #openForReading(Path)}, or the SolrCloud collection the options name. */
    static CorpusIndex openForReading(Path dir, BackendOptions backend) {
        return backend.solr().<CorpusIndex>map(t -> SolrCorpusIndex.open(t, ActIds::canonical, false))
                .orElseGet(() -> openForReading(dir));
    }
}
