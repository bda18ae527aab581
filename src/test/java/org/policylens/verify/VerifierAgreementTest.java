package org.policylens.verify;

import org.junit.jupiter.api.Test;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.Fact;
import org.policylens.model.Qualifier;
import org.policylens.model.Verdict;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policylens.verify.TestFacts.act;
import static org.policylens.verify.TestFacts.at;
import static org.policylens.verify.TestFacts.date;
import static org.policylens.verify.TestFacts.fact;
import static org.policylens.verify.TestFacts.number;
import static org.policylens.verify.TestFacts.program;

/** Evidence must be about the same thing as the claim, not only state a compatible value (issue 18). */
class VerifierAgreementTest {
    private static Verdict one(String sentence, Fact claim, List<Fact> articleFacts, InMemoryIndex index) {
        Document article = TestFacts.document("article.txt", sentence, "hash-article");
        List<Verdict> verdicts = new Verifier(index).verify(article, articleFacts);
        return verdicts.stream().filter(v -> v.claim().fact().equals(claim)).findFirst().orElseThrow();
    }

    @Test
    void aDeadlineIsNotSupportedByAnotherDateWithinIt() {
        String s = "The Strategy for the development of artificial intelligence runs until 2030.";
        Fact claim = fact("article.txt", s, "2030", date("2030"), Qualifier.UNTIL, "");
        Fact amendment = fact("tax.txt", "The development strategy article was amended by the law of 21 February 2024.",
                "21 February 2024", date("2024-02-21"), Qualifier.EXACT, "");
        Verdict v = one(s, claim, List.of(claim), new InMemoryIndex().add("tax", 1, amendment));
        assertInstanceOf(Verdict.NotFound.class, v, v.reason());
        assertTrue(v.reason().contains("another date"), v.reason());
    }

    @Test
    void aPeriodIsNotSupportedByOneDayInside() {
        String s = "Resolution PQ-357 sets tasks for the ICT sector in 2022–2023.";
        Fact claim = fact("article.txt", s, "2022–2023", date("2022/2023"), Qualifier.EXACT, "");
        Fact amendment = fact("tax.txt", "Tasks of the ICT sector changed by the law of 30 December 2022.",
                "30 December 2022", date("2022-12-30"), Qualifier.EXACT, "");
        Verdict v = one(s, claim, List.of(claim), new InMemoryIndex().add("tax", 1, amendment));
        assertInstanceOf(Verdict.NotFound.class, v, v.reason());
    }

    @Test
    void aBareYearNeedsWhatItDates() {
        String s = "Digital services grew quickly in 2022 across the regions.";
        Fact claim = fact("article.txt", s, "2022", date("2022"), Qualifier.EXACT, "");
        // the same year and a couple of common words elsewhere: not the date of the same thing
        Fact other = fact("tax.txt", "In 2022 the tax services of the regions collected more.", "2022", date("2022"),
                Qualifier.EXACT, "");
        Verdict v = one(s, claim, List.of(claim), new InMemoryIndex().add("tax", 1, other));
        assertInstanceOf(Verdict.NotFound.class, v, v.reason());
        assertTrue(v.reason().contains("not the date of the same thing"), v.reason());
    }

    @Test
    void aYearIsCheckedThroughTheActItDates() {
        String s = "Resolution PQ-357 was adopted in 2022.";
        Fact year = fact("article.txt", s, "2022", date("2022"), Qualifier.EXACT, "");
        Fact pq = fact("article.txt", s, "PQ-357", act("PQ-357"), Qualifier.EXACT, "");
        String src = "Постановление № ПП-357 от 22 августа 2022 года.";
        Fact srcDate = fact("pq.txt", src, "22 августа 2022 года", date("2022-08-22"), Qualifier.EXACT, "");
        Fact srcAct = fact("pq.txt", src, "ПП-357", act("PQ-357"), Qualifier.EXACT, "");
        Verdict v = one(s, year, List.of(year, pq), new InMemoryIndex().add("pq", 1, srcDate, srcAct));
        assertInstanceOf(Verdict.Supported.class, v, v.reason());
    }

    @Test
    void aProgrammeNamedInAnUnrelatedHeaderDoesNotSupportWhatTheArticleSaysOfIt() {
        String s = "Under the Uzbekistan – 2030 strategy the country aims to become a regional IT hub.";
        Fact claim = fact("article.txt", s, "Uzbekistan – 2030", program("Uzbekistan – 2030"), Qualifier.EXACT, "");
        Fact header = fact("pq-282.txt", "In order to implement the Uzbekistan – 2030 goals on financial reporting standards:",
                "Uzbekistan – 2030", program("Uzbekistan – 2030"), Qualifier.EXACT, "");
        Verdict v = one(s, claim, List.of(claim), new InMemoryIndex().add("pq282", 1, header));
        assertInstanceOf(Verdict.NotFound.class, v, v.reason());
        Fact aboutIt = fact("pf.txt", "The Uzbekistan – 2030 strategy aims to turn the country into a regional IT hub.",
                "Uzbekistan – 2030", program("Uzbekistan – 2030"), Qualifier.EXACT, "");
        v = one(s, claim, List.of(claim), new InMemoryIndex().add("pq282", 1, header).add("pf", 1, aboutIt));
        assertInstanceOf(Verdict.Supported.class, v, v.reason());
        assertEquals("pf.txt", ((Verdict.Supported) v).evidence().document().value());
    }

    @Test
    void aDifferingExactFigureIsNeverSupported() {
        String s = "About 10 thousand kilometres of optical lines were built this year.";
        Fact claim = fact("article.txt", s, "10 thousand", number("10000"), Qualifier.EXACT, "kilometres optical");
        Fact target = fact("pf.txt", "12 thousand kilometres of optical lines are to be built this year.", "12 thousand",
                number("12000"), Qualifier.EXACT, "kilometres optical");
        Verdict v = one(s, claim, List.of(claim), new InMemoryIndex().add("pf", 1, target));
        assertTrue(!(v instanceof Verdict.Supported), v.label() + " " + v.reason());
    }

    @Test
    void aContradictionNeedsTheSameCountedUnit() {
        String s = "By 2020, 5220 schools were connected with optical lines.";
        Fact claim = at("article.txt", 0, s, "5220", number("5220"), Qualifier.EXACT, Optional.of(date("2020")),
                "schools optical");
        Fact km = at("pf.txt", 0, "By 2020, 12 thousand km of optical lines connect schools.", "12 thousand",
                number("12000"), Qualifier.EXACT, Optional.of(date("2020")), "km optical");
        Verdict v = one(s, claim, List.of(claim), new InMemoryIndex().add("pf", 1, km));
        assertInstanceOf(Verdict.NotFound.class, v, v.reason());
    }

    @Test
    void copiesOfTheArticleAreNeverEvidenceAndAreNamed() {
        String s = "The IT Park had 2,503,060 registered users in 2024, the agency reported on Monday.";
        String text = s + "\nIt plans to reach three million users soon, the agency said.";
        Document article = TestFacts.document("article.txt", text, "hash-article");
        Fact claim = at("article.txt", 0, s, "2,503,060", number("2503060"), Qualifier.EXACT, Optional.of(date("2024")),
                "registered users");
        Fact inCopy = at("copy.pdf", 0, s, "2,503,060", number("2503060"), Qualifier.EXACT, Optional.of(date("2024")),
                "registered users");
        InMemoryIndex index = new InMemoryIndex().add("hash-copy", 1, inCopy)
                .sign(new DocumentId("copy.pdf"), "hash-copy", "Annual report\n\n" + text.replace("\n", "\n\n"));
        VerificationReport report = new Verifier(index).report(article, List.of(claim));
        Verdict v = report.verdicts().get(0);
        assertInstanceOf(Verdict.NotFound.class, v, v.reason());
        assertEquals(List.of("copy.pdf"), report.copies().stream().map(c -> c.document().value()).toList());
        assertTrue(v.reason().contains("excluded as a copy of the article: copy.pdf"), v.reason());
    }

    @Test
    void equallyAlikeCopiesAreListedByNameWhateverTheIndexOrder() {
        String text = "The IT Park had 2,503,060 registered users in 2024, the agency reported on Monday.\n"
                + "It plans to reach three million users soon, the agency said.";
        Document article = TestFacts.document("article.txt", text, "hash-article");
        for (List<String> order : List.of(List.of("b.pdf", "a.docx"), List.of("a.docx", "b.pdf"))) {
            InMemoryIndex index = new InMemoryIndex();
            for (String name : order) {
                index.sign(new DocumentId(name), "hash-" + name, text);
            }
            assertEquals(List.of("a.docx", "b.pdf"), new CopyFinder(index).copiesOf(article).stream()
                    .map(c -> c.document().value()).toList(), order.toString());
        }
    }
}
