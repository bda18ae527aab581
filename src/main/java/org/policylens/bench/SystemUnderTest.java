package org.policylens.bench;

/** What the benchmark measures of policylens itself; the lead wires the real pipeline. */
public interface SystemUnderTest {
    /** Ingest, annotate, extract, index and commit every file into a fresh index in indexDir; returns documents indexed. */
    int indexAll(java.util.List<java.nio.file.Path> files, java.nio.file.Path indexDir) throws Exception;

    /** Extract facts from a text (single thread); returns the number of facts. */
    int extract(String text, String language);

    /**
     * Opens a searcher over indexDir; each query string is Lucene syntax, possibly preceded by
     * filters in the prefix convention of {@link BenchQuery} ({@code act:PF-6079 from:2020 budget}).
     */
    Searcher openSearcher(java.nio.file.Path indexDir) throws Exception;

    interface Searcher extends AutoCloseable {
        /** Runs one query; returns the number of hits. */
        int search(String query);
    }
}
