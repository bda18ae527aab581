package org.policylens.verify;

import org.junit.jupiter.api.Test;
import org.policylens.model.Document;
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
import static org.policylens.verify.TestFacts.dated;
import static org.policylens.verify.TestFacts.fact;
import static org.policylens.verify.TestFacts.number;

class VerifierTest {
    private static final String S1 = "The IT Park had more than 2.5 million users in 2024.";
    private static final String S2 = "Through the TechOrda program, at least 100,000 IT specialists were trained in 2022-2024.";
    private static final String S3 = "Annually, around 20,000 IT specialists graduate from universities in Kazakhstan.";
    private static final String S4 = "Presidential Decree No. PF-6079 dated October 5, 2020 approved the Digital Uzbekistan strategy.";
    private static final String TEXT = S1 + "\n" + S2 + "\n" + S3 + "\n" + S4;
    private static final Document ARTICLE = TestFacts.document("article.txt", TEXT, "hash-article");

    private static final Fact USERS = at("article.txt", 0, S1, "more than 2.5 million", number("2500000"),
            Qualifier.MORE_THAN, Optional.of(date("2024")), "users");
    private static final Fact TRAINED = at("article.txt", S1.length() + 1, S2, "at least 100,000", number("100000"),
            Qualifier.AT_LEAST, Optional.of(date("2022/2024")), "IT specialists");
    private static final Fact GRADUATES = at("article.txt", S1.length() + S2.length() + 2, S3, "around 20,000",
            number("20000"), Qualifier.APPROX, Optional.empty(), "IT specialists");
    private static final Fact DECREE = at("article.txt", S1.length() + S2.length() + S3.length() + 3, S4, "PF-6079",
            act("PF-6079"), Qualifier.EXACT, Optional.of(date("2020-10-05")), "");

    private static final Fact SRC_USERS = dated("uz/itpark.txt",
            "In 2024 the number of IT Park users reached 2,503,060 people.", "2,503,060", number("2503060"),
            Qualifier.EXACT, "2024", "IT Park users");
    private static final Fact SRC_TRAINED = dated("kz/techorda.md",
            "В рамках программы TechOrda в 2022–2024 годах обучено 98 тысяч IT-специалистов.", "98 тысяч",
            number("98000"), Qualifier.EXACT, "2022/2024", "IT-специалистов");
    /** Same document as SRC_TRAINED, same counted noun, different subject: must not contradict GRADUATES. */
    private static final Fact SRC_VACANCIES = fact("kz/techorda.md",
            "Для выпускников TechOrda открыто 16 500 вакансий IT-специалистов для разработчиков.", "16 500",
            number("16500"), Qualifier.EXACT, "вакансий");
    private static final Fact SRC_DECREE = dated("uz/pf-6079.txt",
            "Указ Президента Республики Узбекистан от 5 октября 2020 года № УП-6079", "УП-6079",
            act("PF-6079"), Qualifier.EXACT, "2020-10-06", "");

    private static List<Verdict> verify(InMemoryIndex index) {
        return new Verifier(index).verify(ARTICLE, List.of(DECREE, GRADUATES, USERS, TRAINED));
    }

    @Test
    void allThreeOutcomesWithEvidence() {
        InMemoryIndex index = new InMemoryIndex()
                .add("h1", 3, SRC_USERS)
                .add("h2", 0, SRC_TRAINED, SRC_VACANCIES)
                .add("h3", 0, SRC_DECREE);
        List<Verdict> verdicts = verify(index);
        assertEquals(List.of("C001", "C002", "C003", "C004"), verdicts.stream().map(v -> v.claim().id()).toList());

        Verdict.Supported users = assertInstanceOf(Verdict.Supported.class, verdicts.get(0));
        assertEquals("uz/itpark.txt", users.evidence().document().value());
        assertEquals(3, users.evidence().page());
        assertEquals("2503060", users.evidence().value());
        assertEquals(SRC_USERS.sentenceText(), users.evidence().passage());
        assertTrue(users.score() > 0.5 && users.score() <= 1.0, "score " + users.score());

        // qualifier-sensitive: "at least 100,000" is contradicted by 98 thousand about the same subject
        Verdict.Contradicted trained = assertInstanceOf(Verdict.Contradicted.class, verdicts.get(1));
        assertEquals("98000", trained.evidence().value());

        // different-subject trap: the vacancies figure (same document, same noun) is no contradiction
        Verdict graduates = verdicts.get(2);
        assertInstanceOf(Verdict.NotFound.class, graduates);
        assertEquals(0.0, graduates.score());

        // act with a different adoption date in the source
        Verdict.Contradicted decree = assertInstanceOf(Verdict.Contradicted.class, verdicts.get(3));
        assertEquals("PF-6079@2020-10-06", decree.evidence().value());
    }

    @Test
    void supportWinsOverAConflictingFigure() {
        Fact exact = dated("kz/stat.md", "TechOrda: 104,000 IT specialists trained in 2022–2024.", "104,000",
                number("104000"), Qualifier.EXACT, "2022/2024", "IT specialists");
        List<Verdict> verdicts = verify(new InMemoryIndex().add("h2", 0, SRC_TRAINED).add("h4", 0, exact));
        Verdict.Supported trained = assertInstanceOf(Verdict.Supported.class, verdicts.get(1));
        assertEquals("kz/stat.md", trained.evidence().document().value());
    }

    @Test
    void theArticleAndItsDuplicatesAreNeverEvidence() {
        Fact copy = at("mirror/article-copy.txt", 0, S1, "more than 2.5 million", number("2500000"),
                Qualifier.MORE_THAN, Optional.of(date("2024")), "users");
        Fact self = USERS;
        InMemoryIndex index = new InMemoryIndex().add("hash-article", 0, copy).add("hash-other-version", 0, self);
        List<Verdict> verdicts = verify(index);
        assertInstanceOf(Verdict.NotFound.class, verdicts.get(0));
        assertTrue(index.queries().stream().allMatch(q -> q.excludeHashes().equals(java.util.Set.of("hash-article"))));
    }

    @Test
    void anIndexFailureForOneClaimIsCountedNotFatal() {
        InMemoryIndex index = new InMemoryIndex()
                .add("h1", 0, SRC_USERS)
                .add("h3", 0, SRC_DECREE)
                .failWhen(q -> q.type().orElseThrow() == org.policylens.model.FactType.ACT);
        VerificationReport report = new Verifier(index).report(ARTICLE, List.of(USERS, DECREE));
        assertInstanceOf(Verdict.Supported.class, report.verdicts().get(0));
        Verdict failed = report.verdicts().get(1);
        assertInstanceOf(Verdict.NotFound.class, failed);
        assertEquals(0.0, failed.score());
        assertEquals(new VerificationReport.Counts(2, 1, 0, 1, 1), report.counts());
        assertTrue(report.summary().contains("1 lookups failed"), report.summary());
    }

    @Test
    void claimIdsFollowTextOrderWhateverTheInputOrder() {
        List<String> a = new ClaimBuilder().build(List.of(DECREE, USERS, GRADUATES, TRAINED)).stream()
                .map(c -> c.id() + c.fact().text()).toList();
        List<String> b = new ClaimBuilder().build(List.of(TRAINED, GRADUATES, USERS, DECREE)).stream()
                .map(c -> c.id() + c.fact().text()).toList();
        assertEquals(a, b);
        assertEquals("C001more than 2.5 million", a.get(0));
    }

    @Test
    void retrieverAsksTargetedAndOpenQueries() {
        InMemoryIndex index = new InMemoryIndex();
        new EvidenceRetriever(index).retrieve(new ClaimBuilder().build(List.of(USERS)).get(0), java.util.Set.of("x"));
        assertEquals(2, index.queries().size());
        var targeted = index.queries().get(0);
        assertEquals(0, targeted.minAmount().orElseThrow().compareTo(new java.math.BigDecimal("2250000")));
        assertEquals(0, targeted.maxAmount().orElseThrow().compareTo(new java.math.BigDecimal("5000000")));
        assertTrue(targeted.text().contains("users") && targeted.text().contains("park"), targeted.text());
        assertTrue(!targeted.text().contains("2.5") && !targeted.text().contains("million"), targeted.text());
        var open = index.queries().get(1);
        assertTrue(open.minAmount().isEmpty() && open.maxAmount().isEmpty());
    }
}
