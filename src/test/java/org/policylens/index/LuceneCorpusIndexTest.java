package org.policylens.index;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.model.ActRef;
import org.policylens.model.DateValue;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.Fact;
import org.policylens.model.FactType;
import org.policylens.model.Money;
import org.policylens.model.Percent;
import org.policylens.model.ProgramRef;
import org.policylens.model.Qualifier;
import org.policylens.model.Quantity;
import org.policylens.model.Span;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policylens.index.TestDocs.doc;
import static org.policylens.index.TestDocs.fact;

class LuceneCorpusIndexTest {
    @TempDir
    Path dir;
    LuceneCorpusIndex index;

    // Uzbek Cyrillic decree: the act is written УП-6079, the programme in Cyrillic
    final Document uzCyrl = doc("uz/decree-cyrl.txt", "uz-Cyrl", "decree", "Фармон",
            "Ўзбекистон Республикаси Президентининг УП-6079-сон Фармони.\n"
                    + "«Рақамли Ўзбекистон — 2030» стратегиясини тасдиқлаш тўғрисида.\n"
                    + "2020 йилда 2 503 060 нафар фойдаланувчи рўйхатдан ўтди.");
    final Document uzLatn = doc("uz/resolution-latn.txt", "uz-Latn", "resolution", "Qaror",
            "Oʻzbekiston Respublikasi Prezidentining qarori.\n"
                    + "Yoshlar tadbirkorligini qoʻllab-quvvatlash dasturi tasdiqlansin.");
    final Document ru = doc("kz/law-ru.md", "ru", "law", "Закон о бюджете",
            "Утверждена государственная программа «Цифровой Казахстан».\n"
                    + "Расходы бюджета на 2018 год составят 1 170 000 тенге.");
    final Document en = doc("us/eo-13658.htm", "en", "decree", "Establishing a Minimum Wage for Contractors",
            "Executive Order 13658 of February 12, 2014.\n"
                    + "Contractors shall pay workers a minimum wage of $10.10 per hour beginning January 1, 2015.\n"
                    + "The policy applies to new contracts.",
            List.of(new Span(0, 44), new Span(44, 200)));

    List<Fact> uzCyrlFacts() {
        return List.of(
                fact(uzCyrl, "УП-6079", new ActRef("УП-6079")),
                fact(uzCyrl, "Рақамли Ўзбекистон — 2030", new ProgramRef("Digital Uzbekistan 2030")),
                fact(uzCyrl, "2020 йилда", new DateValue("2020")),
                fact(uzCyrl, "2 503 060", new Quantity(new BigDecimal("2503060"), "users"), Qualifier.EXACT, "2020",
                        "users"));
    }

    List<Fact> ruFacts() {
        return List.of(
                fact(ru, "Цифровой Казахстан", new ProgramRef("Digital Kazakhstan")),
                fact(ru, "2018 год", new DateValue("2018")),
                fact(ru, "1 170 000 тенге", new Money(new BigDecimal("1.17E+6"), "KZT"), Qualifier.EXACT, "2018",
                        "budget expenditure"));
    }

    List<Fact> enFacts() {
        return List.of(
                fact(en, "13658", new ActRef("EO-13658"), Qualifier.EXACT, "2014-02-12",
                        "Establishing a Minimum Wage for Contractors"),
                fact(en, "February 12, 2014", new DateValue("2014-02-12")),
                fact(en, "$10.10", new Money(new BigDecimal("10.10"), "USD"), Qualifier.AT_LEAST, "2015-01-01",
                        "minimum wage"),
                fact(en, "January 1, 2015", new DateValue("2015-01-01"), Qualifier.AFTER, null, ""));
    }

    @BeforeEach
    void build() {
        index = LuceneCorpusIndex.open(dir, TestDocs.ACTS);
        index.put(uzCyrl, uzCyrlFacts());
        index.put(uzLatn, List.of(fact(uzLatn, "Yoshlar tadbirkorligini qoʻllab-quvvatlash dasturi",
                new ProgramRef("Youth Entrepreneurship Programme"))));
        index.put(ru, ruFacts());
        index.put(en, enFacts());
        index.commit();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    static List<String> ids(SearchResults r) {
        return r.hits().stream().map(h -> h.document().value()).toList();
    }

    SearchResults search(String q) {
        return index.search(SearchRequest.of(q, 10));
    }

    @Test
    void latinUzbekQueryFindsCyrillicDocumentAndBack() {
        for (String q : List.of("\"Raqamli O‘zbekiston\"", "\"Raqamli O'zbekiston\"", "Raqamli Oʻzbekiston",
                "raqamli ozbekiston")) {
            assertEquals("uz/decree-cyrl.txt", ids(search(q)).get(0), q);
        }
        assertEquals(List.of("uz/resolution-latn.txt"), ids(search("\"Ёшлар тадбиркорлигини\"")));
        assertTrue(search("Рақамли").hits().get(0).passage().contains("[[Рақамли]]"));
    }

    @Test
    void kazakhProgrammeNameIsFoundAcrossScriptsBothWays() {
        // the 2021 Kazakh Latin alphabet writes ц as s: «Цифрлық Қазақстан» is «Sifrlyq Qazaqstan»
        index.put(doc("kz/program-kk-cyrl.txt", "kk", "program", "Бағдарлама",
                "«Цифрлық Қазақстан» мемлекеттік бағдарламасы бекітілсін."), List.of());
        index.put(doc("kz/program-kk-latn.txt", "kk-Latn", "program", "Bağdarlama",
                "«Sifrlyq Qazaqstan» memlekettik bağdarlamasy bekitilsin."), List.of());
        index.commit();
        for (String q : List.of("\"Sifrlyq Qazaqstan\"", "\"Цифрлық Қазақстан\"", "sifrlyq", "ЦИФРЛЫҚ")) {
            assertEquals(Set.of("kz/program-kk-cyrl.txt", "kz/program-kk-latn.txt"), Set.copyOf(ids(search(q))), q);
        }
    }

    @Test
    void kazakhWordsWithYeAndKhaAreFoundAcrossScriptsBothWays() {
        // ереже, хабар, ел: no Kazakh-only letter, so the Uzbek alphabet would spell them yereje, xabar, yel
        index.put(doc("kz/notice-kk-cyrl.txt", "kk", "program", "Хабарлама",
                "Ереже бойынша хабар ел тұрғындарына жеткізілді."), List.of());
        index.put(doc("kz/notice-kk-latn.txt", "kk-Latn", "program", "Habarlama",
                "Ereje boiynşa habar el tūrğyndaryna jetkizildi."), List.of());
        index.commit();
        for (String q : List.of("\"ереже бойынша хабар\"", "\"Ereje boiynşa habar\"", "хабар", "habar", "ЕРЕЖЕ",
                "ereje", "\"хабар ел\"", "\"habar el\"")) {
            assertEquals(Set.of("kz/notice-kk-cyrl.txt", "kz/notice-kk-latn.txt"), Set.copyOf(ids(search(q))), q);
        }
    }

    @Test
    void russianQueryMatchesOtherInflections() {
        assertEquals(List.of("kz/law-ru.md"), ids(search("программы")));
        assertEquals(List.of("kz/law-ru.md"), ids(search("бюджетом")));
    }

    @Test
    void englishQueryMatchesStemsAndReportsPage() {
        SearchResults r = search("\"minimum wages\" contractor");
        assertEquals("us/eo-13658.htm", ids(r).get(0));
        SearchHit hit = r.hits().get(0);
        assertEquals(2, hit.page(), hit.toString());
        assertTrue(hit.passage().contains("[[minimum]] [[wage]]"), hit.passage());
        assertEquals("2014-02-12", hit.date());
        assertEquals("Establishing a Minimum Wage for Contractors", hit.title());
    }

    @Test
    void actQueryAndFilterUseCanonicalIds() {
        // the text says УП-6079; the query says PF-6079
        assertEquals(List.of("uz/decree-cyrl.txt"), ids(search("PF-6079")));
        assertEquals(List.of("uz/decree-cyrl.txt"), ids(search("ПФ-6079")));
        SearchRequest filtered = SearchRequest.builder("", 10).act("UP-6079").build();
        assertEquals(List.of("uz/decree-cyrl.txt"), ids(index.search(filtered)));
        SearchRequest none = SearchRequest.builder("", 10).act("PQ-1").build();
        assertEquals(0, index.search(none).totalHits());
    }

    @Test
    void programmeFilterKeepsDocumentsStatingIt() {
        SearchRequest r = SearchRequest.builder("", 10).program("digital kazakhstan").build();
        assertEquals(List.of("kz/law-ru.md"), ids(index.search(r)));
    }

    @Test
    void dateRangeFilterKeepsDocumentsWithAFactDatedInside() {
        assertEquals(Set.of("uz/decree-cyrl.txt", "kz/law-ru.md"), Set.copyOf(ids(index.search(
                SearchRequest.builder("", 10).dates("2016", "2020-06").build()))));
        assertEquals(List.of("us/eo-13658.htm"), ids(index.search(
                SearchRequest.builder("", 10).dates("2014-02-12", "2014-02-12").build())));
        assertThrows(QuerySyntaxException.class, () -> index.search(
                SearchRequest.builder("", 10).dates("12.02.2014", null).build()));
    }

    @Test
    void languageAndTypeFiltersAndFacets() {
        SearchRequest uz = SearchRequest.builder("", 10).language("uz").build();
        assertEquals(Set.of("uz/decree-cyrl.txt", "uz/resolution-latn.txt"), Set.copyOf(ids(index.search(uz))));
        SearchRequest decrees = SearchRequest.builder("", 10).documentType("decree").build();
        assertEquals(Set.of("uz/decree-cyrl.txt", "us/eo-13658.htm"), Set.copyOf(ids(index.search(decrees))));

        SearchResults all = search("");
        assertEquals(4, all.totalHits());
        assertEquals(Map.of("decree", 2L, "resolution", 1L, "law", 1L), all.facets().get("type"));
        assertEquals(Map.of("uz-Cyrl", 1L, "uz-Latn", 1L, "ru", 1L, "en", 1L), all.facets().get("language"));
        assertEquals(Map.of("2014", 1L), all.facets().get("year"));
        assertEquals(1L, all.facets().get("program").get("Digital Kazakhstan"));
    }

    @Test
    void syntaxFeaturesWork() {
        assertEquals(List.of("us/eo-13658.htm"), ids(search("wag*")));
        assertEquals(List.of("us/eo-13658.htm"), ids(search("contractrs~1")));
        assertEquals(List.of("us/eo-13658.htm"), ids(search("title:minimum")));
        assertEquals(List.of("us/eo-13658.htm"), ids(search("text:wage AND NOT budget")));
        assertTrue(ids(search("wage NOT contractors")).isEmpty());
    }

    @Test
    void malformedQueriesThrowOneLineSyntaxErrors() {
        for (String q : List.of("\"unclosed", "AND OR", "(wage", "title:", "sentence_en:\"minimum wage\"")) {
            QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> search(q), q);
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Test
    void exportRebuildsEveryFactExactly() {
        List<Fact> exported = new ArrayList<>();
        index.forEachFact(exported::add);
        List<Fact> expected = new ArrayList<>();
        expected.addAll(ruFacts());
        expected.addAll(enFacts());
        expected.addAll(uzCyrlFacts());
        expected.add(fact(uzLatn, "Yoshlar tadbirkorligini qoʻllab-quvvatlash dasturi",
                new ProgramRef("Youth Entrepreneurship Programme")));
        assertEquals(expected, exported); // documents in id order, each document's facts in text order
    }

    @Test
    void streamsEachLiveDocumentsPassagesOnceInTextOrder() {
        // a replaced document (its old block deleted) and a second segment: each document still comes once, whole
        Document enAgain = doc("us/eo-13658.htm", "en", "decree", "Establishing a Minimum Wage for Contractors",
                "Executive Order 13658 of February 12, 2014.\nThe minimum wage is $10.10 per hour.\nIt applies to "
                        + "new contracts.\n\nSec. 2. The Secretary of Labor shall issue regulations.");
        index.put(enAgain, List.of());
        index.commit();
        Map<DocumentId, DocumentPassages> streamed = new java.util.HashMap<>();
        index.forEachDocumentPassages(d -> assertEquals(null, streamed.put(d.id(), d), "twice: " + d.id()));

        assertEquals(Set.of(uzCyrl.id(), uzLatn.id(), ru.id(), enAgain.id()), streamed.keySet());
        for (Document d : List.of(uzCyrl, uzLatn, ru, enAgain)) {
            DocumentPassages p = streamed.get(d.id());
            assertEquals(d.source().toString(), p.path());
            assertEquals(d.text().replaceAll("\\s+", " ").strip(),
                    String.join(" ", p.passages()).replaceAll("\\s+", " ").strip(), d.id().value());
        }
    }

    @Test
    void aTableOfTwentyThousandFiguresIsOneBlockAndComesBackWhole() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("row ").append(i).append(" #").append(1000 + i).append("#\n");
        }
        Document table = doc("tables/figures.tsv", "en", "other", "Figures", text.toString());
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            facts.add(fact(table, "#" + (1000 + i) + "#", new Quantity(new BigDecimal(1000 + i), "")));
        }
        index.put(table, facts); // its fact entries are made as the writer consumes them
        index.commit();
        List<Fact> exported = new ArrayList<>();
        index.forEachFact(f -> {
            if (f.document().equals(table.id())) {
                exported.add(f);
            }
        });
        assertEquals(facts, exported);
        assertEquals(List.of("tables/figures.tsv"), ids(search("row")));
    }

    @Test
    void replacingAndRemovingDocumentsLeavesNoTrace() {
        index.put(ru, ruFacts().subList(0, 1));
        index.remove(new DocumentId("us/eo-13658.htm"));
        index.commit();
        assertEquals(3, index.indexedHashes().size());
        List<Fact> exported = new ArrayList<>();
        index.forEachFact(exported::add);
        assertEquals(1 + 4 + 1, exported.size());
        assertTrue(ids(search("wage")).isEmpty());
    }

    @Test
    void factFiltersFollowReplacedAndRemovedDocumentsAcrossSegments() {
        index.put(ru, ruFacts()); // a second segment; the first keeps the replaced block as deleted entries
        index.remove(new DocumentId("us/eo-13658.htm"));
        index.commit();
        assertTrue(ids(index.search(SearchRequest.builder("", 10).dates("2014-02-12", "2014-02-12").build())).isEmpty());
        assertEquals(Set.of("uz/decree-cyrl.txt", "kz/law-ru.md"), Set.copyOf(ids(index.search(
                SearchRequest.builder("", 10).dates("2016", "2020-06").build()))));
        assertEquals(List.of("uz/decree-cyrl.txt"), ids(index.search(SearchRequest.builder("", 10).act("UP-6079").build())));
        // a fact hit's document title comes from its own block's document entry, in whichever segment
        FactQuery money = FactQuery.ranking("", 10).type(Optional.of(FactType.MONEY)).unit(Optional.of("KZT")).build();
        assertEquals(List.of("Закон о бюджете"), index.findFacts(money).stream().map(FactHit::documentTitle).toList());
        FactQuery acts = FactQuery.ranking("", 10).type(Optional.of(FactType.ACT)).actId("ПФ-6079").build();
        assertEquals(List.of(uzCyrl.title()), index.findFacts(acts).stream().map(FactHit::documentTitle).toList());
    }

    @Test
    void findFactsFiltersByTypeAmountUnitDateAndExcludesHashes() {
        FactQuery money = FactQuery.ranking("", 10).type(Optional.of(FactType.MONEY))
                .atLeast(new BigDecimal("1000000")).unit(Optional.of("KZT")).build();
        List<FactHit> hits = index.findFacts(money);
        assertEquals(1, hits.size());
        assertEquals(ruFacts().get(2), hits.get(0).fact());
        assertEquals("Закон о бюджете", hits.get(0).documentTitle());

        FactQuery excluded = FactQuery.ranking("", 10).type(Optional.of(FactType.MONEY))
                .excluding(Set.of(ru.contentHash())).build();
        assertEquals(List.of(en.id()), index.findFacts(excluded).stream().map(h -> h.fact().document()).toList());

        FactQuery dated = FactQuery.ranking("", 10)
                .dates(Optional.of(LocalDate.of(2015, 1, 1)), Optional.of(LocalDate.of(2015, 12, 31))).build();
        assertEquals(2, index.findFacts(dated).size()); // the wage (when 2015-01-01) and the date itself

        // a unitless fact stores no unit term, so a blank unit asks for nothing: the same facts as no unit filter
        FactQuery blankUnit = FactQuery.ranking("", 10).unit(Optional.of(" "))
                .dates(Optional.of(LocalDate.of(2015, 1, 1)), Optional.of(LocalDate.of(2015, 12, 31))).build();
        assertEquals(index.findFacts(dated).stream().map(FactHit::fact).toList(),
                index.findFacts(blankUnit).stream().map(FactHit::fact).toList());
    }

    @Test
    void findFactsRanksEvidenceAcrossLanguagesThroughSharedTerms() {
        // an English claim about 2 503 060 users finds the Uzbek Cyrillic sentence through the number
        FactQuery numbers = FactQuery.ranking("In 2020, 2,503,060 users registered.", 5)
                .type(Optional.of(FactType.NUMBER)).build();
        List<FactHit> hits = index.findFacts(numbers);
        assertEquals(uzCyrlFacts().get(3), hits.get(0).fact());
        assertTrue(hits.get(0).score() > 0);

        FactQuery act = FactQuery.ranking("", 5).type(Optional.of(FactType.ACT)).actId("ПФ-6079").build();
        assertEquals(List.of(uzCyrlFacts().get(0)), index.findFacts(act).stream().map(FactHit::fact).toList());
        FactQuery program = FactQuery.ranking("", 5).program("Digital Uzbekistan 2030").build();
        assertEquals(1, index.findFacts(program).size());
    }

    @Test
    void writesAreInvisibleUntilCommit() {
        index.put(doc("new.txt", "en", "other", "New", "A fresh unrelated zebra paragraph."), List.of());
        assertTrue(ids(search("zebra")).isEmpty());
        index.commit();
        assertEquals(List.of("new.txt"), ids(search("zebra")));
    }

    @Test
    void incompatibleSchemaVersionAsksForARebuild() throws IOException {
        index.close();
        try (Directory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            w.setLiveCommitData(Map.of(IndexSchema.VERSION_KEY, "0").entrySet());
            w.commit();
        }
        IncompatibleIndexException e = assertThrows(IncompatibleIndexException.class, () -> LuceneCorpusIndex.open(dir));
        assertTrue(e.getMessage().contains("index --rebuild"), e.getMessage());
        assertThrows(IncompatibleIndexException.class, () -> LuceneCorpusIndex.openReadOnly(dir));
        index = LuceneCorpusIndex.open(dir.resolve("fresh")); // so that @AfterEach has something to close
    }
    /**
     * Near-copies (same text, same facts) tie on score: they come back by document id, then in text order, whatever
     * order and segments they were indexed in, as the Solr backend sorts them, so both pick the same evidence.
     */
    @Test
    void equalScoreFactsRankByDocumentIdThenTextOrder() throws IOException {
        String text = "In 2020 the ministry trained 1 200 teachers and opened 300 schools.";
        try (LuceneCorpusIndex copies = LuceneCorpusIndex.open(dir.resolve("copies"), TestDocs.ACTS)) {
            for (String id : List.of("c.txt", "a.txt", "d.txt", "b.txt")) {
                Document d = doc(id, "en", "report", "Report", text);
                copies.put(d, List.of(
                        fact(d, "1 200", new Quantity(new BigDecimal("1200"), "teachers"), Qualifier.EXACT, "2020", ""),
                        fact(d, "300", new Quantity(new BigDecimal("300"), "schools"), Qualifier.EXACT, "2020", "")));
                copies.commit(); // one segment each: index order is c, a, d, b
            }
            FactQuery q = FactQuery.ranking("ministry trained teachers schools", 5).type(Optional.of(FactType.NUMBER))
                    .build();
            List<String> ranked = copies.findFacts(q).stream()
                    .map(h -> h.fact().document().value() + " " + h.fact().text()).toList();
            assertEquals(List.of("a.txt 1 200", "a.txt 300", "b.txt 1 200", "b.txt 300", "c.txt 1 200"), ranked);
        }
    }
}
