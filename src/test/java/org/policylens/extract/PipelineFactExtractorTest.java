package org.policylens.extract;

import org.junit.jupiter.api.Test;
import org.policylens.annotate.Annotator;
import org.policylens.extract.amount.AmountFinder;
import org.policylens.extract.date.DateFinder;
import org.policylens.extract.link.ActDateLinker;
import org.policylens.extract.link.FigureLinker;
import org.policylens.model.ActRef;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.Fact;
import org.policylens.model.Qualifier;
import org.policylens.model.Span;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineFactExtractorTest {
    static final Annotator TRIVIAL = Texts::annotated;

    /** Stands in for the ACT finder of the acts-programs branch: {@code No. PF-6079} style ids only. */
    static final CandidateFinder TOY_ACTS = text -> {
        Matcher m = Pattern.compile("(?:Decree|Resolution) No\\. (PF|PQ)-(\\d+)").matcher(text.view());
        java.util.ArrayList<Candidate> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(Candidate.of(new Span(m.start(), m.end()), new ActRef(m.group(1) + "-" + m.group(2)),
                    Qualifier.EXACT, "toy-act"));
        }
        return out;
    };

    static Document doc(String text, String lang) {
        return new Document(new DocumentId("doc.txt"), Path.of("doc.txt"), "text/plain", lang, text, List.of(),
                List.of(), Map.of());
    }

    static PipelineFactExtractor extractor(CandidateFinder... extra) {
        List<CandidateFinder> finders = new java.util.ArrayList<>(List.of(new DateFinder(), new AmountFinder()));
        finders.addAll(List.of(extra));
        return new PipelineFactExtractor(TRIVIAL, finders, new FigureLinker(), new ActDateLinker());
    }

    @Test
    void buildsFactsWithExactTextSentenceAndLinks() {
        String text = "Presidential Decree No. PF-6079 dated October 5, 2020, approved it. "
                + "In 2025, 161,295 users registered.";
        List<Fact> facts = extractor(TOY_ACTS).extract(doc(text, "en"));
        assertEquals(List.of("ACT", "DATE", "DATE", "NUMBER"), facts.stream().map(f -> f.type().name()).toList());
        for (Fact f : facts) {
            assertEquals(text.substring(f.span().start(), f.span().end()), f.text());
            assertEquals(text.substring(f.sentence().start(), f.sentence().end()), f.sentenceText());
            assertTrue(f.sentence().contains(f.span()));
        }
        assertEquals("2020-10-05", facts.get(0).when().orElseThrow().iso());
        Fact users = facts.get(3);
        assertEquals("161295", users.value().normalized());
        assertEquals("2025", users.when().orElseThrow().iso());
        assertEquals("users", users.subject());
        assertEquals("In 2025, 161,295 users registered.", users.sentenceText());
    }

    @Test
    void aThrowingFinderCostsOnlyItsOwnCandidates() {
        CandidateFinder broken = text -> {
            throw new IllegalStateException("bug");
        };
        CandidateFinder outOfRange = text -> List.of(Candidate.of(new Span(0, 10_000), new ActRef("PF-1"),
                Qualifier.EXACT, "bad"));
        List<Fact> facts = extractor(broken, outOfRange).extract(doc("In 2025, 12 users.", "en"));
        assertEquals(List.of("2025", "12"), facts.stream().map(f -> f.value().normalized()).toList());
    }

    @Test
    void aFailingAnnotatorStillGivesFacts() {
        Annotator broken = (t, l) -> {
            throw new IllegalStateException("model missing");
        };
        PipelineFactExtractor x = new PipelineFactExtractor(broken, List.of(new AmountFinder()), new FigureLinker(),
                new ActDateLinker());
        List<Fact> facts = x.extract(doc("kredit 10 mln soʻm miqdorida", "uz-Latn"));
        assertEquals(1, facts.size());
        assertEquals("UZS", facts.get(0).value().unit());
    }

    @Test
    void emptyDocumentGivesNoFacts() {
        assertFalse(extractor().extract(doc("", "en")).iterator().hasNext());
    }
}
