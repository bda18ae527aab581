package org.policylens.verify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policylens.model.Document;
import org.policylens.model.Fact;
import org.policylens.model.Qualifier;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policylens.verify.IntegrityFinding.Kind.ACT_DATE_MISMATCH;
import static org.policylens.verify.IntegrityFinding.Kind.ACT_NOT_IN_REFERENCE;
import static org.policylens.verify.IntegrityFinding.Kind.ACT_NUMBER_MISMATCH;
import static org.policylens.verify.IntegrityFinding.Kind.DANGLING_CITATION;
import static org.policylens.verify.IntegrityFinding.Kind.INCONSISTENT_FIGURE;
import static org.policylens.verify.TestFacts.act;
import static org.policylens.verify.TestFacts.date;
import static org.policylens.verify.TestFacts.in;
import static org.policylens.verify.TestFacts.number;

class ArticleIntegrityCheckerTest {
    private static final String TEXT = """
            Digital policy in Uzbekistan
            Presidential Decree No. PF-6079 dated October 5, 2020 approved the strategy [1].
            Resolution No. PQ-357 dated August 22, 2022 advanced the ICT sector [2].
            Resolution No. PQ-162 dated May 24, 2023 expanded digital services [3].
            Resolution No. 617 dated October 26, 2022 widened youth access to professions [4].
            The IT Park counted 1,600 IT companies in 2025 [1, 2].
            Exports grew quickly, see the ministry figures [9].
            Later on, the IT Park counted 2,100 IT companies in 2025.

            Список литературы
            1. Decree of the President No. PF-6079 of 5 October 2020.
            [2]. Resolution No. PQ-357 of 22 August 2021.
            3) Resolution No. PQ-175 of 24 May 2023.
            - [4]. Nuribayev, J. How Artificial Intelligence Affects Professions.
            """;
    private static final String ID = "article.txt";

    private static Fact actIn(String surface, int occurrence, String id, String when) {
        return in(ID, TEXT, surface, occurrence, act(id), Qualifier.EXACT, Optional.of(date(when)), "");
    }

    private static List<Fact> facts() {
        return List.of(
                actIn("PF-6079", 0, "PF-6079", "2020-10-05"),
                actIn("PQ-357", 0, "PQ-357", "2022-08-22"),
                actIn("PQ-162", 0, "PQ-162", "2023-05-24"),
                actIn("Resolution No. 617", 0, "VMQ-617", "2022-10-26"),
                in(ID, TEXT, "1,600", 0, number("1600"), Qualifier.EXACT, Optional.of(date("2025")), "IT companies"),
                in(ID, TEXT, "2,100", 0, number("2100"), Qualifier.EXACT, Optional.of(date("2025")), "IT companies"),
                // the reference list: acts without their own date, dates as separate facts
                in(ID, TEXT, "PF-6079", 1, act("PF-6079"), Qualifier.EXACT, Optional.empty(), ""),
                in(ID, TEXT, "5 October 2020", 0, date("2020-10-05"), Qualifier.EXACT, Optional.empty(), ""),
                in(ID, TEXT, "PQ-357", 1, act("PQ-357"), Qualifier.EXACT, Optional.empty(), ""),
                in(ID, TEXT, "22 August 2021", 0, date("2021-08-22"), Qualifier.EXACT, Optional.empty(), ""),
                actIn("PQ-175", 0, "PQ-175", "2023-05-24"));
    }

    /**
     * A reference list's heading in every language the vocabularies name one in: its entries answer the markers, so
     * only the marker without an entry dangles, and the list is no part of the body.
     */
    @ParameterizedTest
    @ValueSource(strings = {"References", "Bibliography", "## References:", "Список литературы",
            "Список использованной литературы", "Литература", "Adabiyotlar", "Foydalanilgan adabiyotlar ro‘yxati",
            "Foydalanilgan adabiyotlar roʻyxati", "Адабиётлар рўйхати", "АДАБИЁТЛАР"})
    void aReferenceListIsHeadedInEachLanguage(String heading) {
        String text = "The strategy was approved [1] and extended [2].\n\n" + heading + "\n1. First source.\n";
        List<IntegrityFinding> findings = new ArticleIntegrityChecker().check(TestFacts.document(ID, text, "h"),
                List.of());
        assertEquals(List.of(DANGLING_CITATION), findings.stream().map(IntegrityFinding::kind).toList());
        assertEquals("[2]", findings.get(0).span().of(text));
        assertTrue(findings.get(0).message().contains("no entry in the reference list"), findings.get(0).message());
    }

    @Test
    void findsDanglingMarkersMismatchedActsAndInconsistentFigures() {
        Document doc = TestFacts.document(ID, TEXT, "h");
        List<IntegrityFinding> findings = new ArticleIntegrityChecker().check(doc, facts());
        List<IntegrityFinding.Kind> kinds = findings.stream().map(IntegrityFinding::kind).toList();
        assertEquals(List.of(ACT_DATE_MISMATCH, ACT_NUMBER_MISMATCH, ACT_NOT_IN_REFERENCE, DANGLING_CITATION,
                INCONSISTENT_FIGURE), kinds, findings.toString());

        IntegrityFinding dangling = findings.get(3);
        assertEquals("[9]", dangling.span().of(TEXT));
        IntegrityFinding date = findings.get(0);
        assertEquals("PQ-357", date.span().of(TEXT));
        assertTrue(date.message().contains("2022-08-22") && date.message().contains("2021-08-22"), date.message());
        assertTrue(findings.get(1).message().contains("PQ-175"), findings.get(1).message());
        assertEquals("Resolution No. 617", findings.get(2).span().of(TEXT));
        assertEquals("2,100", findings.get(4).span().of(TEXT));
    }

    @Test
    void aCleanArticleHasNoFindings() {
        String text = "Decree PF-6079 of 5 October 2020 [1] set the goal.\n\nReferences\n[1] Decree PF-6079 of 5 October 2020.\n";
        List<Fact> facts = List.of(
                in(ID, text, "PF-6079", 0, act("PF-6079"), Qualifier.EXACT, Optional.of(date("2020-10-05")), ""),
                in(ID, text, "PF-6079", 1, act("PF-6079"), Qualifier.EXACT, Optional.of(date("2020-10-05")), ""));
        assertEquals(List.of(), new ArticleIntegrityChecker().check(TestFacts.document(ID, text, "h"), facts));
    }

    @Test
    void markersWithoutAnyReferenceListAreDangling() {
        String text = "A claim [1] and a range [2-3].";
        List<IntegrityFinding> findings = new ArticleIntegrityChecker().check(TestFacts.document(ID, text, "h"), List.of());
        assertEquals(3, findings.size());
        assertTrue(findings.stream().allMatch(f -> f.kind() == DANGLING_CITATION));
    }
}
