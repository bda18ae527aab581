package org.policylens.model;

/** One line of the ingest report: what happened to one file during {@code index}. */
public sealed interface IngestOutcome
        permits IngestOutcome.Indexed, IngestOutcome.Unchanged, IngestOutcome.Removed, IngestOutcome.Failed {
    String path();

    String status();

    /** {@code ocrPages}: how many of its pages were read by OCR (0 for none). */
    record Indexed(String path, String mediaType, String language, int chars, int ocrPages) implements IngestOutcome {
        public String status() {
            return "indexed";
        }
    }

    record Unchanged(String path) implements IngestOutcome {
        public String status() {
            return "unchanged";
        }
    }

    record Removed(String path) implements IngestOutcome {
        public String status() {
            return "removed";
        }
    }

    record Failed(String path, String reason) implements IngestOutcome {
        public String status() {
            return "failed";
        }
    }
}
