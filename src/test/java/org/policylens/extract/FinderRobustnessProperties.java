package org.policylens.extract;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;
import org.policylens.annotate.AnnotatedText;
import org.policylens.extract.amount.AmountFinder;
import org.policylens.extract.amount.Numerals;
import org.policylens.extract.date.DateFinder;
import org.policylens.model.Language;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No input makes the finders or the numeral parser throw, return spans outside the text, or hang. The
 * timeouts are hang guards for catastrophic backtracking, generous on purpose; speed is measured elsewhere.
 */
class FinderRobustnessProperties {
    private static final List<CandidateFinder> FINDERS = List.of(new DateFinder(), new AmountFinder());
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    @Provide
    Arbitrary<String> policyLikeText() {
        Arbitrary<String> pieces = Arbitraries.of("1", "12", "2019", "2,503,060", "2 503 060", "6,5", "%", " ", ",", ".",
                "-", "–", "/", ":", "(", ")", "[3]", "No. ", "PF-6079", "January", "января", "yanvar", "январдаги", "yil",
                "йил", "-yil", "г.", "million", "млн", "тыс.", "mln", "USD", "$", "so'm", "сўм", "тенге", "more than ",
                "около ", "dan ortiq", "kamida ", "eight", "пять", "o'n", "ikki", "\n", "until ", "by ", "since ", "from ",
                " to ", "between ", " and ", "\u00A0", "\u2009", "ʻ", "’");
        return pieces.list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void findersNeverThrowOnPolicyLikeText(@ForAll("policyLikeText") String text) {
        check(text);
    }

    @Property(tries = 300)
    void findersNeverThrowOnArbitraryUnicode(@ForAll String text) {
        check(text);
    }

    @Property(tries = 300)
    void numeralParserNeverThrows(@ForAll("numeralLike") String raw, @ForAll boolean comma, @ForAll boolean scaled) {
        Numerals.parse(raw, comma, scaled);
    }

    @Provide
    Arbitrary<String> numeralLike() {
        return Arbitraries.strings().withChars("0123456789,. ").ofMaxLength(40);
    }

    @Example
    void adversarialInputsFinishQuickly() {
        for (String unit : List.of("1,", "1 ", "1.", "1", "11 111 ", "2019-", "2019–2020 ", "January 1, ", "1,1.",
                "мая 2019 ", "2019-yil 1-", "more than ", "(", "No. 1", "a1")) {
            String big = unit.repeat(200_000 / unit.length());
            assertTimeoutPreemptively(HANG_GUARD, () -> check(big), () -> "hang on repeated '" + unit + "'");
            assertTimeoutPreemptively(HANG_GUARD, () -> PipelineFactExtractorTest.extractor()
                    .extract(PipelineFactExtractorTest.doc(big, "ru")), () -> "pipeline hang on '" + unit + "'");
        }
    }

    @Property(tries = 100)
    void pipelineFactsMatchTheirText(@ForAll("policyLikeText") String text) {
        for (var f : PipelineFactExtractorTest.extractor().extract(PipelineFactExtractorTest.doc(text, "uz-Latn"))) {
            assertTrue(text.substring(f.span().start(), f.span().end()).equals(f.text()));
        }
    }

    private static void check(String text) {
        for (Language lang : List.of(Language.EN, Language.RU, Language.UZ_LATN)) {
            AnnotatedText a = Texts.annotated(text, lang);
            for (CandidateFinder f : FINDERS) {
                for (Candidate c : f.find(a)) {
                    assertTrue(c.span().end() <= text.length() && c.span().length() > 0, () -> "bad span " + c);
                }
            }
        }
    }
}
