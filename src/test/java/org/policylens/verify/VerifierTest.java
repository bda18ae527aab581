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

    private static List<Verdict> verifyOne(String text, List<Fact> claims, Fact... sources) {
        Document article = TestFacts.document("a.txt", text, "hash-a");
        InMemoryIndex index = new InMemoryIndex();
        for (Fact s : sources) {
            index.add("h-" + s.document().value(), 0, s);
        }
        return new Verifier(index).verify(article, claims);
    }

    @Test
    void aTimeSeriesSupportsItsOwnPointsEvenWhenTheLinkerCrossedThemAndNeverContradicts() {
        String s = "The number of IT companies rose from 147 in 2017 to 1,600 in 2025.";
        // the article's linker tied 1,600 to 2017 (the wrong year of the sentence)
        Fact from = at("a.txt", 0, s, "147", number("147"), Qualifier.EXACT, Optional.of(date("2017")), "IT companies");
        Fact to = at("a.txt", 0, s, "1,600", number("1600"), Qualifier.EXACT, Optional.of(date("2017")), "IT companies");
        String r = "Число IT-компаний выросло со 147 в 2017 году до 1600 в 2025 году.";
        Fact src147 = dated("ru.txt", r, "147", number("147"), Qualifier.EXACT, "2017", "IT-компаний");
        Fact src1600 = dated("ru.txt", r, "1600", number("1600"), Qualifier.EXACT, "2025", "IT-компаний");
        List<Verdict> both = verifyOne(s, List.of(from, to), src147, src1600);
        assertInstanceOf(Verdict.Supported.class, both.get(0));
        Verdict.Supported supported = assertInstanceOf(Verdict.Supported.class, both.get(1));
        assertEquals("1600", supported.evidence().value());
        // without the matching point, the other point of the series (147, stated by the article too) is no conflict
        assertInstanceOf(Verdict.NotFound.class, verifyOne(s, List.of(from, to), src147).get(1));
        // a figure of another year that neither sentence names says nothing
        Fact other = dated("ru2.txt", "Число IT-компаний в 2030 году составит 3000.", "3000", number("3000"),
                Qualifier.EXACT, "2030", "IT-компаний");
        assertInstanceOf(Verdict.NotFound.class, verifyOne(s, List.of(to), other).get(0));
    }

    @Test
    void aSourceFigureBelongsToTheSiblingItMatches() {
        String s = "In its first phase more than 2.5 million people took part, at least 1.5 million received certificates.";
        Fact took = at("a.txt", 0, s, "2.5 million", number("2500000"), Qualifier.MORE_THAN, Optional.empty(), "people");
        Fact got = at("a.txt", 0, s, "1.5 million", number("1500000"), Qualifier.AT_LEAST, Optional.empty(), "");
        Fact participants = fact("m.md", "First phase: 2,503,060 people took part in the online courses.", "2,503,060",
                number("2503060"), Qualifier.EXACT, "");
        Fact certified = fact("m.md", "First phase: about 1.17 million participants received certificates.",
                "1.17 million", number("1170000"), Qualifier.APPROX, "participants");
        List<Verdict> verdicts = verifyOne(s, List.of(took, got), participants, certified);
        assertInstanceOf(Verdict.Supported.class, verdicts.get(0));
        Verdict.Contradicted c = assertInstanceOf(Verdict.Contradicted.class, verdicts.get(1));
        assertEquals("1170000", c.evidence().value());
    }

    @Test
    void aHalfLineDoesNotConfirmADistantFigure() {
        String s = "By 2022, 390 of the public services were digital.";
        Fact claim = at("a.txt", 0, s, "390", number("390"), Qualifier.EXACT, Optional.empty(), "public services");
        Fact target = fact("p.html", "At least 200 new electronic public services are to be launched.", "200",
                number("200"), Qualifier.AT_LEAST, "new electronic public services");
        assertInstanceOf(Verdict.NotFound.class, verifyOne(s, List.of(claim), target).get(0));
    }

    @Test
    void aDatedMentionWithAnotherDateOutweighsUndatedMentions() {
        String s = "Presidential Resolution No. PQ-358 of October 4, 2024 approved the AI strategy.";
        Fact claim = at("a.txt", 0, s, "PQ-358", act("PQ-358"), Qualifier.EXACT, Optional.of(date("2024-10-04")), "");
        Fact undated = fact("pq358.md", "Number PQ-358", "PQ-358", act("PQ-358"), Qualifier.EXACT, "");
        Fact datedOther = dated("pq358.md", "Fact sheet: Presidential Resolution No. PQ-358 of October 14, 2024",
                "PQ-358", act("PQ-358"), Qualifier.EXACT, "2024-10-14", "");
        Verdict.Contradicted c = assertInstanceOf(Verdict.Contradicted.class,
                verifyOne(s, List.of(claim), undated, datedOther).get(0));
        assertEquals("PQ-358@2024-10-14", c.evidence().value());
        assertInstanceOf(Verdict.Supported.class, verifyOne(s, List.of(claim), undated).get(0));
        Fact datedSame = dated("other.md", "PQ-358 of October 4, 2024", "PQ-358", act("PQ-358"), Qualifier.EXACT,
                "2024-10-04", "");
        assertInstanceOf(Verdict.Supported.class, verifyOne(s, List.of(claim), undated, datedOther, datedSame).get(0));
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
