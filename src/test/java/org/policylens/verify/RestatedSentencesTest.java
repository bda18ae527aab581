package org.policylens.verify;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policylens.index.FactHit;
import org.policylens.model.Fact;
import org.policylens.model.Qualifier;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policylens.verify.TestFacts.fact;
import static org.policylens.verify.TestFacts.number;

/**
 * A copy whose text layer moved letters out of their words (so that its word shingles differ) still restates the
 * article's sentences letter for letter: excluded. A source stating the same figures in its own sentences is not.
 */
class RestatedSentencesTest {
    private static FactHit hit(String doc, String hash, String sentence, String figure) {
        return new FactHit(fact(doc, sentence, figure, number(figure), Qualifier.EXACT, ""), 1, doc, hash, 1f);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "uz-Cyrl|Талабаларга ўқув йили давомида тенг улушларда камида 4 маротаба ўқиш учун тўлаш имконияти берилди.|4"
                    + "|Талабаларга ў ув йили давомида тенг улушларда камида 4 маротаба ўқиш учун тўлаш имконияти берилди.қ"
                    + "|Бўлиб тўлаш имконияти супер-контракт учун ҳам амал қилади, фақат 2 га бўлиб тўланади.|2"
                    + "|Бўлиб тўлаш имконияти супер-контракт учун ам амал илади, фа ат 2 га бўлиб тўланади.ҳ қ қ"
                    + "|Oliy ta'lim muassasalari talabalariga kamida to'rt marotaba 4 to'lovni amalga oshirish imkoniyati berilsin.",
            "en|Students may now pay their tuition in at least 4 equal instalments during the academic year.|4"
                    + "|Students may now pay their tuition in at least 4 equal instal ments during the academ ic year."
                    + "|The super-contract may also be paid in instalments, but only in 2 parts rather than four.|2"
                    + "|The super-contract may also be paid in instal ments, but only in 2 parts rather than four."
                    + "|Students of higher education may pay tuition in 4 instalments over the year, the decree says.",
            "ru|Студенты могут оплачивать контракт не менее чем 4 равными частями в течение учебного года.|4"
                    + "|Студенты могут оплачивать контракт не менее чем 4 равными част ями в течение учеб ного года."
                    + "|Супер-контракт также можно оплатить частями, но только в 2 этапа, а не в четыре.|2"
                    + "|Супер-контракт также можно оплатить част ями, но только в 2 этапа, а не в четыре."
                    + "|Студенты вузов смогут оплачивать обучение 4 частями в течение года, говорится в указе.",
    })
    void aCopyWithLettersOutOfPlaceRestatesTheArticle(String lang, String first, String figure1, String firstCopy,
                                                      String second, String figure2, String secondCopy, String source) {
        List<Fact> article = List.of(fact("article.txt", first, figure1, number(figure1), Qualifier.EXACT, ""),
                fact("article.txt", second, figure2, number(figure2), Qualifier.EXACT, ""));
        List<FactHit> hits = List.of(hit("copy.pdf", "hash-copy", firstCopy, figure1),
                hit("copy.pdf", "hash-copy", secondCopy, figure2), hit("act.txt", "hash-act", source, "4"));
        List<ExcludedCopy> copies = RestatedSentences.copies(article, hits);
        assertEquals(1, copies.size(), lang + ": " + copies);
        assertEquals("hash-copy", copies.get(0).contentHash(), lang);
        assertEquals(1.0, copies.get(0).similarity(), 1e-9);
        // one restated sentence of two is a quotation, not a copy
        assertTrue(RestatedSentences.copies(article, hits.subList(0, 1)).isEmpty(), lang);
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "uz-Cyrl|Талабаларга ўқув йили давомида тенг улушларда камида 4 маротаба ўқиш учун тўлаш имконияти берилди."
                    + "|Талабаларга ў ув йили давомида тенг улушларда камида 4 маротаба ўқиш учун тўлаш имконияти берилди.қ"
                    + "|Бўлиб тўлаш имконияти супер-контракт учун ҳам амал қилади, фақат 2 га бўлиб тўланади."
                    + "|Бўлиб тўлаш имконияти супер-контракт учун ам амал илади, фа ат 2 га бўлиб тўланади.ҳ қ қ",
            "uz-Latn|Talabalarga o'quv yili davomida teng ulushlarda kamida 4 marotaba o'qish uchun to'lash imkoniyati berildi."
                    + "|Talabalarga o'quv yili davomida teng ulushlarda kamida 4 marotaba o'qish uchun to'lash imkoni yati berildi."
                    + "|Bo'lib to'lash imkoniyati super-kontrakt uchun ham amal qiladi, faqat 2 ga bo'lib to'lanadi."
                    + "|Bo'lib to'lash imkoniyati super-kontrakt uchun ham amal qila di, faqat 2 ga bo'lib to'lanadi.",
            "en|Students may now pay their tuition in at least 4 equal instalments during the academic year."
                    + "|Students may now pay their tuition in at least 4 equal instal ments during the academ ic year."
                    + "|The super-contract may also be paid in instalments, but only in 2 parts rather than four."
                    + "|The super-contract may also be paid in instal ments, but only in 2 parts rather than four.",
            "ru|Студенты могут оплачивать контракт не менее чем 4 равными частями в течение учебного года."
                    + "|Студенты могут оплачивать контракт не менее чем 4 равными част ями в течение учеб ного года."
                    + "|Супер-контракт также можно оплатить частями, но только в 2 этапа, а не в четыре."
                    + "|Супер-контракт также можно оплатить част ями, но только в 2 этапа, а не в четыре.",
    })
    void aCopyOfAnotherArticleIsKnownByTwoOfItsSentencesAmongThisArticlesHits(String lang, String first,
                                                                            String firstCopy, String second,
                                                                            String secondCopy) {
        // the other article states five long sentences; this article's claims retrieve only two of its copy's
        List<Fact> other = new java.util.ArrayList<>(List.of(
                fact("other.txt", first, "4", number("4"), Qualifier.EXACT, ""),
                fact("other.txt", second, "2", number("2"), Qualifier.EXACT, "")));
        for (int k = 10; k < 13; k++) {
            String filler = "Entirely unrelated reporting number " + k + " about roads, bridges and the weather "
                    + "in another province of the country.";
            other.add(fact("other.txt", filler.repeat(k - 9), String.valueOf(k), number(String.valueOf(k)),
                    Qualifier.EXACT, ""));
        }
        List<FactHit> hits = List.of(hit("other-copy.pdf", "hash-other-copy", firstCopy, "4"),
                hit("other-copy.pdf", "hash-other-copy", secondCopy, "2"));
        assertTrue(RestatedSentences.copies(other, hits).isEmpty(), lang + ": two of five is not half");
        assertEquals(java.util.Set.of("hash-other-copy"), RestatedSentences.restatingOther(other, hits), lang);
        // one sentence of it is a quotation, not a copy
        assertTrue(RestatedSentences.restatingOther(other, hits.subList(0, 1)).isEmpty(), lang);
    }
}
