package org.policylens.ingest;

import org.policylens.extract.FactExtractor;
import org.policylens.extract.StandardExtractors;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.Fact;
import org.policylens.model.ParseResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A printed document's facts as a PDF must share them with the text it was printed from: type, value, qualifier, date. */
final class PrintedFacts {
    private static final TikaIngester INGESTER = new TikaIngester();
    private static final FactExtractor EXTRACTOR = StandardExtractors.create();

    private PrintedFacts() {
    }

    static Document ingest(Path file) {
        ParseResult r = INGESTER.ingest(file, new DocumentId(file.toString()));
        assertTrue(r instanceof ParseResult.Parsed, () -> file + ": " + r);
        return ((ParseResult.Parsed) r).document();
    }

    /** The facts, one {@code type|value|qualifier|date} line each, sorted. */
    static List<String> of(Document doc) {
        List<String> out = new ArrayList<>();
        for (Fact f : EXTRACTOR.extract(doc)) {
            out.add(f.type() + "|" + f.value().normalized() + "|" + f.qualifier().code() + "|"
                    + f.when().map(d -> d.iso()).orElse(""));
        }
        out.sort(null);
        return out;
    }
}
