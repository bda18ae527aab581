package org.policylens.index.solr;

import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import org.policylens.index.IndexBackends;
import org.policylens.index.IndexSchema;
import org.policylens.model.ActRef;
import org.policylens.model.DateValue;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.Fact;
import org.policylens.model.MetadataKeys;
import org.policylens.model.Money;
import org.policylens.model.Percent;
import org.policylens.model.ProgramRef;
import org.policylens.model.Qualifier;
import org.policylens.model.Quantity;
import org.policylens.model.Span;
import org.policylens.model.Value;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The configset's schema.xml mirrors what the Lucene backend writes: every field of every entry kind, in every
 * passage language and for every fact type, is declared (but the documented exceptions), doc values where the
 * local index has them (Solr sorts, collapses and facets on them), the schema name carries the index version,
 * and the text fields Solr's unified highlighter marks are stored.
 */
class SolrSchemaMirrorTest {
    private static final Path SCHEMA = Path.of("solr", "configsets", "policylens", "conf", "schema.xml");

    @Test
    void everyFieldTheLocalIndexWritesIsDeclaredAlike() throws Exception {
        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(SCHEMA.toFile());
        assertEquals(SolrCorpusIndex.SCHEMA_NAME, xml.getDocumentElement().getAttribute("name"));
        Map<String, Element> declared = new HashMap<>();
        NodeList fields = xml.getElementsByTagName("field");
        for (int i = 0; i < fields.getLength(); i++) {
            Element f = (Element) fields.item(i);
            declared.put(f.getAttribute("name"), f);
        }
        Set<String> written = new TreeSet<>();
        Set<String> docValues = new TreeSet<>();
        for (String language : List.of("en", "ru", "uz-Cyrl", "kk", "und")) {
            for (org.apache.lucene.document.Document entry : IndexBackends.block(document(language), facts(language),
                    id -> id)) {
                for (IndexableField field : entry.getFields()) {
                    written.add(field.name());
                    if (field instanceof SortedDocValuesField || field instanceof SortedSetDocValuesField
                            || field instanceof NumericDocValuesField) {
                        docValues.add(field.name());
                    }
                }
            }
        }
        written.removeAll(SolrEntries.NOT_MIRRORED);
        List<String> problems = new ArrayList<>();
        for (String name : written) {
            Element f = declared.get(name);
            if (f == null) {
                problems.add(name + ": not declared");
            } else if (docValues.contains(name) && !"true".equals(f.getAttribute("docValues"))) {
                problems.add(name + ": doc values locally, none in Solr");
            }
        }
        for (String highlighted : List.of(IndexSchema.TEXT_FOLD, IndexSchema.TEXT_EN, IndexSchema.TEXT_RU)) {
            if (!"true".equals(declared.get(highlighted).getAttribute("stored"))) {
                problems.add(highlighted + ": not stored, so the unified highlighter cannot mark it");
            }
        }
        assertTrue(problems.isEmpty(), problems.toString());
        assertTrue(written.containsAll(List.of(IndexSchema.TEXT_EN, IndexSchema.TEXT_RU, IndexSchema.TEXT_FOLD,
                IndexSchema.AMOUNT, IndexSchema.DATE_FIRST, IndexSchema.ACT, IndexSchema.PROGRAM)), written.toString());
    }

    private static final String TEXT = "Decree PF-6079 of 2020 approved the Digital Uzbekistan 2030 programme. "
            + "It trained 1200 teachers, spent 5 million USD and reached 40 percent of schools.";

    private static Document document(String language) {
        Map<String, String> meta = new HashMap<>();
        meta.put(MetadataKeys.TITLE, "Decree");
        meta.put(MetadataKeys.CONTENT_HASH, "hash-" + language);
        meta.put(MetadataKeys.DOCUMENT_TYPE, "decree");
        return new Document(new DocumentId(language + ".txt"), Path.of(language + ".txt"), "text/plain", language,
                TEXT, List.of(new Span(0, TEXT.length())), List.of(), meta);
    }

    private static List<Fact> facts(String language) {
        DocumentId id = new DocumentId(language + ".txt");
        return List.of(
                fact(id, "PF-6079", new ActRef("PF-6079")),
                fact(id, "2020", new DateValue("2020")),
                fact(id, "Digital Uzbekistan 2030", new ProgramRef("Digital Uzbekistan 2030")),
                fact(id, "1200", new Quantity(new BigDecimal("1200"), "teachers")),
                fact(id, "5 million USD", new Money(new BigDecimal("5000000"), "USD")),
                fact(id, "40 percent", new Percent(new BigDecimal("40"))));
    }

    private static Fact fact(DocumentId id, String surface, Value value) {
        int start = TEXT.indexOf(surface);
        int sentenceEnd = TEXT.indexOf(". ") + 1;
        Span sentence = start < sentenceEnd ? new Span(0, sentenceEnd) : new Span(sentenceEnd + 1, TEXT.length());
        return new Fact(id, new Span(start, start + surface.length()), surface, value, Qualifier.EXACT,
                Optional.of(new DateValue("2020")), "", sentence, sentence.of(TEXT));
    }
}
