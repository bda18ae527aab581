package org.policylens.timing;

import java.util.List;

/**
 * Names of the timed stages, in pipeline order. A stage named {@code a / b} runs inside stage {@code a} (its time is
 * part of {@code a}'s); the others do not overlap on one thread. Finders are timed as {@code FINDER_PREFIX} plus
 * their class name.
 */
public final class Stage {
    public static final String WHOLE_FILE = "whole file (worker thread)";
    public static final String WATCHDOG = "watchdog hand-off";
    public static final String HASH = "content hash";
    public static final String PARSE = "parse (Tika, parse thread)";
    public static final String PARSE_OCR = PARSE + " / OCR probe and pass";
    public static final String PARSE_WAIT = "waiting for the parse";
    public static final String PAGE_LAYOUT = "page furniture (PDF layout)";
    public static final String CLASSIFY = "title and document type";
    public static final String LANGUAGE = "language identification";
    public static final String ANNOTATE = "sentences and tokens";
    public static final String FINDER_PREFIX = "finder ";
    public static final String RESOLVE = "overlap resolution";
    public static final String LINK = "linking (acts to dates, figures)";
    public static final String FACTS = "fact building";
    public static final String INDEX = "index block (build + Lucene)";
    public static final String SIGNATURE = INDEX + " / near-duplicate signature";
    public static final String COMMIT = "commit (calling thread)";

    /** Display order; finders come between annotation and resolution. */
    static final List<String> ORDER = List.of(WHOLE_FILE, WATCHDOG, HASH, PARSE, PARSE_OCR, PARSE_WAIT, PAGE_LAYOUT,
            CLASSIFY, LANGUAGE, ANNOTATE, FINDER_PREFIX + "ActFinder", FINDER_PREFIX + "ProgramFinder",
            FINDER_PREFIX + "DateFinder", FINDER_PREFIX + "AmountFinder", RESOLVE, LINK, FACTS, INDEX, SIGNATURE,
            COMMIT);

    private Stage() {
    }
}
