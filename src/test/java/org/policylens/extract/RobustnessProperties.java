package org.policylens.extract;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.policylens.annotate.AnnotatedText;
import org.policylens.annotate.OpenNlpAnnotator;
import org.policylens.extract.act.ActFinder;
import org.policylens.extract.act.ActIds;
import org.policylens.extract.program.ProgramFinder;
import org.policylens.model.Language;
import org.policylens.model.Span;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No input makes the annotator or the act/programme finders throw, hang, or return spans outside the text. */
class RobustnessProperties {
    private static final OpenNlpAnnotator ANNOTATOR = new OpenNlpAnnotator();
    private static final ActFinder ACTS = new ActFinder();
    private static final ProgramFinder PROGRAMS = new ProgramFinder();

    @Provide
    Arbitrary<String> policyish() {
        Arbitrary<String> pieces = Arbitraries.of("No. ", "PF-", "ПҚ-", "O‘RQ-", "6079", "-son ", "-сон ", "Farmoni ",
                "«", "»", "“", "”", "\"", "Resolution No. 17 of the Cabinet of Ministers ", "Vazirlar Mahkamasining ",
                "617-son qarori ", "Указ № ", "Закона Республики Казахстан от ", " N ", "Executive Order ", "E.O. ",
                "Pub. L. ", "113-67", "IT Park", " Digital Uzbekistan – 2030", "programme ", "лойиҳаси ", ". ", "\n",
                "\n\n", "- ", "1. ", "г. ", "U.S. ", "K. ", "Ш.", " ", "ʻ", "\u00A0", "\u2011", "Утpатил ", "2,503,060",
                "10.01.2019");
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(300),
                pieces.list().ofMaxSize(60).map(l -> String.join("", l)));
    }

    @Property(tries = 400)
    void neverThrowsAndSpansStayInside(@ForAll("policyish") String text, @ForAll Language lang) {
        AnnotatedText at = ANNOTATOR.annotate(text, lang);
        assertEquals(text.length(), at.view().length());
        for (Span s : at.sentences()) {
            assertTrue(s.end() <= text.length());
        }
        for (Span t : at.tokens()) {
            assertTrue(t.end() <= text.length() && t.length() > 0);
        }
        for (Candidate c : concat(ACTS.find(at), PROGRAMS.find(at))) {
            assertTrue(c.span().end() <= text.length() && c.span().length() > 0, c.toString());
        }
        ActIds.canonical(text);
    }

    @Test
    void adversarialInputsOf200KbFinishQuickly() {
        List<String> inputs = List.of(
                ".".repeat(200_000),
                "a. ".repeat(70_000),
                "«".repeat(100_000) + "»".repeat(100_000),
                "Vazirlar Mahkamasining ".repeat(9_000),
                "Кабинета Министров ".repeat(11_000),
                "Resolution No. 1 ".repeat(12_000) + "Cabinet of Ministers",
                "PF-".repeat(70_000),
                "“x” programme ".repeat(15_000),
                "IT ".repeat(70_000),
                "1,".repeat(100_000),
                "O'".repeat(100_000),
                "Указ от ".repeat(25_000) + "Казахстан",
                "x".repeat(200_000));
        for (String input : inputs) {
            for (Language lang : List.of(Language.EN, Language.RU, Language.UZ_CYRL)) {
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                    AnnotatedText at = ANNOTATOR.annotate(input, lang);
                    ACTS.find(at);
                    PROGRAMS.find(at);
                    ActIds.canonical(input);
                }, () -> "hang on " + input.substring(0, 30) + "… (" + lang + ")");
            }
        }
    }

    private static List<Candidate> concat(List<Candidate> a, List<Candidate> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
