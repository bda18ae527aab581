package org.policylens.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A parsed source document. {@code text} is the extracted text every offset points into;
 * {@code pages} is empty unless the format has pages (PDF), page {@code i} being {@code pages.get(i - 1)}.
 * Well-known metadata keys are in {@link MetadataKeys}.
 */
public record Document(DocumentId id, Path source, String mediaType, String language, String text,
                       List<Span> paragraphs, List<Span> pages, Map<String, String> metadata) {
    public Document {
        paragraphs = List.copyOf(paragraphs);
        pages = List.copyOf(pages);
        metadata = Map.copyOf(metadata);
    }

    public String title() {
        return metadata.getOrDefault(MetadataKeys.TITLE, "");
    }

    /** How many pages were read by OCR (0 for a document with a text layer). */
    public int ocrPages() {
        return Integer.parseInt(metadata.getOrDefault(MetadataKeys.OCR_PAGES, "0"));
    }

    public String contentHash() {
        return metadata.getOrDefault(MetadataKeys.CONTENT_HASH, "");
    }

    /** 1-based page number holding {@code offset}, or 0 when the document has no pages. */
    public int pageAt(int offset) {
        for (int i = 0; i < pages.size(); i++) {
            if (offset < pages.get(i).end()) {
                return i + 1;
            }
        }
        return pages.isEmpty() ? 0 : pages.size();
    }
}
