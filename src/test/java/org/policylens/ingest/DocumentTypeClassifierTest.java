package org.policylens.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DocumentTypeClassifierTest {
    private final DocumentTypeClassifier c = new DocumentTypeClassifier();

    @Test
    void cuesInEachLanguage() {
        assertEquals("decree", c.classify("", "Executive Order 13561 of December 22, 2010\nAdjustments of pay"));
        assertEquals("decree", c.classify("", "УКАЗ ПРЕЗИДЕНТА РЕСПУБЛИКИ\nО мерах по развитию"));
        assertEquals("decree", c.classify("", "Oʻzbekiston Respublikasi Prezidentining Farmoni"));
        assertEquals("resolution", c.classify("", "Ўзбекистон Республикаси Президентининг қарори, ПҚ-282-сон"));
        assertEquals("resolution", c.classify("", "Постановление Кабинета Министров"));
        assertEquals("resolution", c.classify("", "Vazirlar Mahkamasining qarori"));
        assertEquals("law", c.classify("Public Law 115–7: To inspire women", ""));
        assertEquals("law", c.classify("", "ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН\nО бюджете"));
        assertEquals("law", c.classify("", "OʻZBEKISTON RESPUBLIKASINING QONUNI"));
        assertEquals("report", c.classify("", "House Report 108-150\nKeeping children safe"));
        assertEquals("other", c.classify("", "Minutes of a meeting about lunch."));
    }

    /** Kazakh acts name themselves after their issuer, in Cyrillic (also the old code page) and both Latin alphabets. */
    @Test
    void kazakhCuesInBothScripts() {
        assertEquals("decree", c.classify("", "Қазақстан Республикасы Президентінің Жарлығы\nАстана, Ақорда"));
        assertEquals("decree", c.classify("", "Qazaqstan Respýblıkasy Prezıdentiniń Jarlyǵy"));
        assertEquals("resolution", c.classify("", "Қазақстан Республикасы Үкіметінің қаулысы\n2023 жылғы 31 наурыздағы № 269"));
        assertEquals("resolution", c.classify("", "Ќазаќстан Республикасы Үкіметініњ ЌАУЛЫСЫ"));
        assertEquals("resolution", c.classify("", "Qazaqstan Respublikasy Ükimetiniñ qaulysy"));
        assertEquals("resolution", c.classify("", "Qazaqstan Respýblıkasy Úkimetiniń qaýlysy"));
        assertEquals("law", c.classify("", "Қазақстан Республикасының Заңы\nСалық туралы"));
        assertEquals("law", c.classify("", "Qazaqstan Respýblıkasynyń Zańy"));
        assertEquals("law", c.classify("", "Qazaqstan Respublikasynyñ Zañy"));
        // numbered articles build a law; a footnote's act does not decide
        assertEquals("law", c.classify("", "Мемлекеттік баж туралы\n\nЕскерту. Күші жойылды - Жарлығымен.\n\n"
                + "1-бап. Негізгі ұғымдар\n\nОсы Заңда пайдаланылатын ұғымдар."));
        assertEquals("law", c.classify("", "Memlekettik baj turaly\n\nEskertu. Jarlyǵymen.\n\n1-bap. Negizgi uǵymdar"));
        // заңнама (legislation) names no law
        assertEquals("other", c.classify("", "Заңнама туралы ақпарат."));
    }

    @Test
    void footnotesDoNotDecideAndNumberedArticlesMeanLaw() {
        String kz = "# О ЦЕЛЕВОМ СБОРЕ\n\nСноска. Утратил силу Указом Президента от 18.07.1995.\n\n"
                + "Статья 1. Назначение сбора\n\nСбор взимается в целях благоустройства.";
        assertEquals("law", c.classify("О ЦЕЛЕВОМ СБОРЕ", kz));
    }

    @Test
    void articlesByTheirApparatus() {
        String text = "Youth diplomacy in Central Asia\n\nAbstract. The article analyses...\n\n"
                + "Keywords: diplomacy, education\n\nThe Decree of 2019 is discussed.\n\nReferences\n\n1. Smith.";
        assertEquals("article", c.classify("Youth diplomacy", text));
    }

    /** An abstract and a reference list make an article, the list headed as every language heads it. */
    @Test
    void referenceListHeadingsInEachLanguage() {
        for (String[] head : new String[][]{{"Abstract.", "References"}, {"Аннотация.", "Список использованной литературы"},
                {"Annotatsiya.", "Foydalanilgan adabiyotlar roʻyxati"}, {"Annotatsiya.", "Foydalanilgan adabiyotlar ro'yxati"},
                {"Аннотация.", "Адабиётлар рўйхати"}}) {
            String text = "Raqamli iqtisodiyot\n\n" + head[0] + " Maqola tahlil qiladi.\n\nMatn.\n\n" + head[1]
                    + "\n\n1. Karimov.";
            assertEquals("article", c.classify("Raqamli iqtisodiyot", text), head[1]);
        }
    }
}
