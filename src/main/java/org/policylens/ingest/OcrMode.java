package org.policylens.ingest;

/**
 * When the ingester reads a document by optical character recognition.
 * <ul>
 *   <li>{@code AUTO}: images always; a PDF page only when its text layer is missing or nearly empty, so a text PDF
 *       never goes through OCR;</li>
 *   <li>{@code OFF}: never (a scan then fails as having no text);</li>
 *   <li>{@code FORCE}: every page of a PDF and every image, ignoring any text layer.</li>
 * </ul>
 */
public enum OcrMode {
    AUTO, OFF, FORCE
}
