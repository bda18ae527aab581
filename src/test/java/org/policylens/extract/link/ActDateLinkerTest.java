package org.policylens.extract.link;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policylens.annotate.AnnotatedText;
import org.policylens.extract.Candidate;
import org.policylens.extract.CandidateResolver;
import org.policylens.extract.Texts;
import org.policylens.extract.date.DateFinder;
import org.policylens.model.ActRef;
import org.policylens.model.FactType;
import org.policylens.model.Language;
import org.policylens.model.Qualifier;
import org.policylens.model.Span;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActDateLinkerTest {
    /** text | language | act surface (stands in for the ACT finder) | expected adoption date. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Resolution No. 17 of the Cabinet of Ministers of the Republic of Uzbekistan dated January 10, 2019, on measures" | en | Resolution No. 17 | 2019-01-10
            "Presidential Decree No. PF-6079 dated October 5, 2020, approving the Strategy" | en | Presidential Decree No. PF-6079 | 2020-10-05
            "Указ Президента Республики Узбекистан от 5 октября 2020 года № УП-6079 утвержден" | ru | № УП-6079 | 2020-10-05
            "Prezidentning 2020-yil 5-oktabrdagi PF-6079-son Farmoni" | uz-Latn | PF-6079-son Farmoni | 2020-10-05
            "Ўзбекистон Республикаси Президентининг қарори, 15.09.2025 йилдаги ПҚ-282-сон" | uz-Cyrl | ПҚ-282-сон | 2025-09-15
            "Закона Республики Казахстан от 30 июня 1992 г. N 1468 признать" | ru | Закона Республики Казахстан от 30 июня 1992 г. N 1468 | 1992-06-30
            "Президент Фармони (ПФ–6079-сон, 05.10.2020 й.) қабул қилинди" | uz-Cyrl | ПФ–6079-сон | 2020-10-05
            "Prezident Farmoni (PF-6079-son, 05.10.2020 y.) qabul qilindi" | uz-Latn | PF-6079-son | 2020-10-05
            "[1]. Cabinet of Ministers of the Republic of Uzbekistan. January 10, 2019. On Measures to Establish a Park, Resolution No. 17." | en | Resolution No. 17 | 2019-01-10
            """)
    void linksTheAdoptionDate(String text, String lang, String act, String expected) {
        AnnotatedText a = Texts.annotated(text, Language.fromCode(lang));
        int at = text.indexOf(act);
        List<Candidate> all = new ArrayList<>(new DateFinder().find(a));
        all.add(Candidate.of(new Span(at, at + act.length()), new ActRef("X-1"), Qualifier.EXACT, "test-act"));
        List<Candidate> out = new ActDateLinker().link(a, new CandidateResolver().resolve(all));
        Candidate linked = out.stream().filter(c -> c.type() == FactType.ACT).findFirst().orElseThrow();
        assertEquals(expected, linked.when().orElseThrow().iso());
        assertTrue(out.stream().anyMatch(c -> c.type() == FactType.DATE && c.value().normalized().equals(expected)),
                "the adoption date stays a DATE fact");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Resolution No. PQ-357 on advancing the ICT sector to a new stage in 2022–2023" | Resolution No. PQ-357
            "Decree PF-1 dated May 5, 2020 and Decree PF-2 were adopted" | Decree PF-2
            "Under PF-6079, 1 November 2020 is the deadline (for all ministries)" | PF-6079
            "(PF-6079, 1 November 2020 is the deadline for all ministries)" | PF-6079
            """)
    void leavesActsWithoutAStatedDate(String text, String act) {
        AnnotatedText a = Texts.annotated(text, Language.EN);
        int at = text.indexOf(act);
        List<Candidate> all = new ArrayList<>(new DateFinder().find(a));
        all.add(Candidate.of(new Span(at, at + act.length()), new ActRef("X-2"), Qualifier.EXACT, "test-act"));
        List<Candidate> out = new ActDateLinker().link(a, new CandidateResolver().resolve(all));
        Candidate linked = out.stream().filter(c -> c.type() == FactType.ACT).findFirst().orElseThrow();
        assertTrue(linked.when().isEmpty(), () -> "unexpected " + linked.when());
    }
}
