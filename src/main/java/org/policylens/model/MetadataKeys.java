package org.policylens.model;

/** Keys of {@link Document#metadata()} that the stages agree on. */
public final class MetadataKeys {
    public static final String TITLE = "title";
    public static final String CONTENT_HASH = "content-hash";   // SHA-256 hex of the file's bytes
    public static final String BYTE_SIZE = "byte-size";
    public static final String CREATED = "created";             // ISO date-time as Tika reports it
    public static final String MODIFIED = "modified";
    public static final String DOCUMENT_TYPE = "document-type"; // decree, resolution, law, article, report, other
    public static final String OCR_PAGES = "ocr-pages";         // pages read by OCR; absent for none
    public static final String OCR_LAYER_PAGES = "ocr-layer-pages"; // PDF pages that are scans under a text layer
                                                                // someone else's OCR drew; absent for none

    private MetadataKeys() {
    }
}
