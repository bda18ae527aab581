package org.policylens.verify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policylens.model.Document;
import org.policylens.model.Fact;
import org.policylens.model.Qualifier;
import org.policylens.model.Verdict;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.policylens.verify.TestFacts.date;
import static org.policylens.verify.TestFacts.fact;
import static org.policylens.verify.TestFacts.number;

/**
 * What a date or figure is about, read from its clause rather than from the few words beside it (issue 18): who acts
 * and what is due may stand at the other end of the clause; and a figure contradicts only a figure of the same
 * counted thing. English, Russian and Uzbek (both scripts) against an Uzbek source, as in the real corpus.
 */
class VerifierClauseTest {
    /** PF-5953's deadline for the Cabinet's proposals on distance learning. */
    private static final String SOURCE = "O'zbekiston Respublikasi Vazirlar Mahkamasi 2021-yil 1-yanvarga qadar tajriba"
            + " natijalarini inobatga olgan holda oliy ta'lim tizimiga masofaviy o'qitish shaklini joriy etish"
            + " to'g'risidagi takliflarni kiritsin.";

    private static Verdict verify(Fact claim, Fact source) {
        Document article = TestFacts.document("article.txt", claim.sentenceText(), "hash-article");
        List<Verdict> verdicts = new Verifier(new InMemoryIndex().add("src", 1, source)).verify(article, List.of(claim));
        return verdicts.stream().filter(v -> v.claim().fact().equals(claim)).findFirst().orElseThrow();
    }

    private static Fact deadline() {
        return fact("src.txt", SOURCE, "2021-yil 1-yanvarga", date("2021-01-01"), Qualifier.BEFORE, "");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en|The Cabinet of Ministers will submit proposals on distance education for the whole higher education"
                    + " system by January 1, 2021.|January 1, 2021",
            "ru|Кабинет министров до 1 января 2021 года внесёт в систему высшего образования предложения о"
                    + " дистанционном обучении.|1 января 2021 года",
            "uz-Latn|Vazirlar Mahkamasi masofaviy o'qitish bo'yicha takliflarni butun oliy ta'lim uchun 2021-yil"
                    + " 1-yanvarga qadar kiritadi.|2021-yil 1-yanvarga",
            "uz-Cyrl|Вазирлар Маҳкамаси масофавий ўқитиш бўйича таклифларни бутун олий таълим учун 2021 йил"
                    + " 1 январга қадар киритади.|2021 йил 1 январга",
    })
    void aDeadlineIsTheDateOfWhatItsClauseSays(String lang, String sentence, String surface) {
        Fact claim = fact("article.txt", sentence, surface, date("2021-01-01"), Qualifier.BEFORE, "");
        Verdict v = verify(claim, deadline());
        assertInstanceOf(Verdict.Supported.class, v, lang + ": " + v.reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the Cabinet of Ministers alone: two words, another task with the same deadline
            "en|The Cabinet of Ministers will approve new tariffs for mobile operators by January 1, 2021.|January 1, 2021",
            "ru|Кабинет министров утвердит новые тарифы мобильных операторов до 1 января 2021 года.|1 января 2021 года",
    })
    void twoWordsOfTheClauseAreNotEnough(String lang, String sentence, String surface) {
        Fact claim = fact("article.txt", sentence, surface, date("2021-01-01"), Qualifier.BEFORE, "");
        Verdict v = verify(claim, deadline());
        assertInstanceOf(Verdict.NotFound.class, v, lang + ": " + v.reason());
    }

    @Test
    void aFigureOfAnotherThingWithTheSameModifierIsNoContradiction() {
        String sentence = "In the regions, works on 280 digital projects are ongoing.";
        Fact claim = fact("article.txt", sentence, "280", number("280"), Qualifier.EXACT, "digital projects");
        Fact centres = fact("src.txt", "In the regions, works on 16 digital centres are ongoing.", "16", number("16"),
                Qualifier.EXACT, "digital centres");
        Verdict v = verify(claim, centres);
        assertInstanceOf(Verdict.NotFound.class, v, v.reason());
        Fact projects = fact("src.txt", "In the regions, works on 300 digital projects are ongoing.", "300",
                number("300"), Qualifier.EXACT, "digital projects");
        Verdict w = verify(claim, projects);
        assertInstanceOf(Verdict.Contradicted.class, w, w.reason());
    }
}
