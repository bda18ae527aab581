package org.policylens.extract;

import org.policylens.model.Document;
import org.policylens.model.Fact;

import java.util.List;

/** Every fact stated in a document, normalized, in text order. */
public interface FactExtractor {
    List<Fact> extract(Document document);
}
