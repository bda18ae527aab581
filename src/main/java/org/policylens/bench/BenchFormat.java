package org.policylens.bench;

import java.util.List;

/** The file formats the benchmark corpus is written in. */
public enum BenchFormat {
    HTML("html"), XML("xml"), TXT("txt"), PDF("pdf"), DOCX("docx");

    /**
     * Which format document i gets: i modulo the length of this schedule. Twenty slots give 5% PDF
     * and 5% DOCX (slow to produce and to parse) and the rest evenly to HTML, XML and TXT, and make
     * every format appear in any corpus of 20 or more documents.
     */
    static final List<BenchFormat> SCHEDULE = List.of(
            HTML, XML, TXT, HTML, XML, TXT, PDF, HTML, XML, TXT,
            HTML, XML, TXT, HTML, XML, TXT, DOCX, HTML, XML, TXT);

    private final String extension;

    BenchFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    static BenchFormat forIndex(int i) {
        return SCHEDULE.get(Math.floorMod(i, SCHEDULE.size()));
    }
}
