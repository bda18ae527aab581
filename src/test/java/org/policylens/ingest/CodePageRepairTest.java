package org.policylens.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Text decoded in a wrong code page comes back as written; text in its right code page is never touched. */
class CodePageRepairTest {
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Charset KOI8_R = Charset.forName("KOI8-R");

    static final String RUSSIAN = "Указом Президента Республики Узбекистан от 7 февраля 2017 года № 4947 утверждена "
            + "Стратегия действий; на её реализацию выделено 5 млрд сумов, рост составил 12,5 процента.";
    /** Uzbek Cyrillic in the letters Windows-1251 has (ў, not қ ғ ҳ, which it lacks). */
    static final String UZBEK = "Ўзбекистон Республикаси Президентининг 2016 йил 20 октябрдаги фармони билан "
            + "бюджетдан 120 млрд сўм ажратилди, улуш 75 фоизга етди.";
    /** Kazakh in the letters Windows-1251 has (і, not ә ғ қ ң ө ұ ү һ, which it lacks). */
    static final String KAZAKH_1251 = "Жер кодексі 2003 жылы 20 маусымда бекітілді, бюджет 7 млрд.";
    static final String KAZAKH = "Қазақстан Республикасы Үкіметінің 2023 жылғы 12 сәуірдегі № 269 қаулысы: "
            + "бюджетке 1,5 трлн теңге бөлінді, өсім 4,2 пайыз құрады.";

    private static String misread(String text, Charset written, Charset read) {
        return new String(text.getBytes(written), read);
    }

    @ParameterizedTest
    @ValueSource(strings = {RUSSIAN, UZBEK, KAZAKH_1251})
    void windows1251ReadAsWindows1252IsRepaired(String text) {
        String mojibake = misread(text, CP1251, CP1252);
        assertEquals(text, CodePageRepair.repair(mojibake), mojibake);
    }

    @ParameterizedTest
    @ValueSource(strings = {RUSSIAN, UZBEK, KAZAKH_1251})
    void windows1251ReadAsLatin1IsRepaired(String text) {
        String mojibake = misread(text, CP1251, StandardCharsets.ISO_8859_1);
        assertEquals(text, CodePageRepair.repair(mojibake), mojibake);
    }

    @Test
    void koi8ReadAsLatin1IsRepaired() {
        String text = "Постановление Правительства о государственном бюджете на 2020 год принято 15 мая";
        String mojibake = misread(text, KOI8_R, StandardCharsets.ISO_8859_1);
        assertEquals(text, CodePageRepair.repair(mojibake), mojibake);
    }

    @ParameterizedTest
    @ValueSource(strings = {RUSSIAN, UZBEK, KAZAKH})
    void utf8ReadAsWindows1252IsRepaired(String text) {
        String mojibake = misread(text, StandardCharsets.UTF_8, CP1252);
        // Java's Windows-1252 turns its undefined bytes into U+FFFD: я and э (0xD1 0x8F, 0x8D) come back as с, Н
        // (0xD0 0x9D) as А, the most frequent letters of their lead byte
        String expected = text.replace('я', 'с').replace('э', 'с').replace('Н', 'А');
        assertEquals(expected, CodePageRepair.repair(mojibake), mojibake);
    }

    @ParameterizedTest
    @ValueSource(strings = {RUSSIAN, UZBEK, KAZAKH})
    void utf8ReadAsLatin1IsRepaired(String text) {
        String mojibake = misread(text, StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1);
        assertEquals(text, CodePageRepair.repair(mojibake), mojibake);
    }

    @ParameterizedTest
    @ValueSource(strings = {RUSSIAN, UZBEK, KAZAKH})
    void utf8ReadAsWindows1251IsRepaired(String text) {
        String mojibake = misread(text, StandardCharsets.UTF_8, CP1251);
        assertEquals(text, CodePageRepair.repair(mojibake), mojibake);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ПОСТАНОВЛЕНИЕ", "Постановление", "постановление"})
    void aWordOnItsOwnNeedsItsDocumentsEvidence(String word) {
        // alone, one word could be Windows-1251 or KOI8-R (or, rarely, a real word of Latin-1 letters)
        String mojibake = misread(word, CP1251, CP1252);
        assertSame(mojibake, CodePageRepair.repair(mojibake));
        assertEquals(word, CodePageRepair.repair(mojibake, CodePageRepair.Evidence.WINDOWS_1251_DOCUMENT));
    }

    @Test
    void aRepairTellsItsDocumentTheCodePage() {
        String text = "Постановление Правительства о бюджете";
        for (Charset c : new Charset[] {CP1251, KOI8_R}) {
            String mojibake = misread(text, c, StandardCharsets.ISO_8859_1);
            assertEquals(c == KOI8_R ? CodePageRepair.Evidence.KOI8_R_DOCUMENT
                    : CodePageRepair.Evidence.WINDOWS_1251_DOCUMENT,
                    CodePageRepair.documentEvidence(mojibake, CodePageRepair.repair(mojibake)));
        }
        String utf8 = misread(text, StandardCharsets.UTF_8, CP1251);
        assertEquals(CodePageRepair.Evidence.RUN, CodePageRepair.documentEvidence(utf8, CodePageRepair.repair(utf8)));
        // a short run of a KOI8-R document is read in KOI8-R, which alone it could not tell
        String shortRun = "бошлаб";
        assertEquals(shortRun, CodePageRepair.repair(misread(shortRun, KOI8_R, StandardCharsets.ISO_8859_1),
                CodePageRepair.Evidence.KOI8_R_DOCUMENT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027 йил 1", "июль", "этиш.", "бошлаб", "ёки", "PERCENT\t1 процент\t1", "методикасини «Solvency II»",
            "билимлар (ERP, AI, Big Data)", "кодексі (Land Code)"})
    void shortRunsNeedTheirDocumentsEvidence(String text) {
        String mojibake = misread(text, CP1251, CP1252);
        assertSame(mojibake, CodePageRepair.repair(mojibake), "alone, too little to tell: " + mojibake);
        assertEquals(text, CodePageRepair.repair(mojibake, CodePageRepair.Evidence.WINDOWS_1251_DOCUMENT), mojibake);
    }

    @Test
    void latinWordsInsideARepairedRunAreKept() {
        String text = "Бюджет 2020 года составил 5 млрд USD, отчёт опубликован Müller GmbH в формате PDF.";
        String mojibake = misread("Бюджет 2020 года составил 5 млрд USD, отчёт опубликован ", CP1251, CP1252)
                + "Müller GmbH" + misread(" в формате PDF.", CP1251, CP1252);
        assertEquals(text, CodePageRepair.repair(mojibake));
    }

    @Test
    void eachParagraphIsJudgedOnItsOwn() {
        String french = "Le président a été élu à l'unanimité où l'économie prévoit 5 % de croissance.";
        String text = french + "\n\n" + misread(RUSSIAN, CP1251, CP1252) + "\n \n" + french;
        assertEquals(french + "\n\n" + RUSSIAN + "\n \n" + french, CodePageRepair.repairParagraphs(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The budget for 2020 was adopted on 5 May and grew by 12.5 percent to USD 1 billion.",
            "Le président a été élu à l'unanimité ; où l'économie prévoit 5 % de croissance, déjà élevée.",
            "Über die Größe der Bevölkerung äußerte sich der Präsident: 83,2 Mio. Einwohner, Zuwachs 0,5 %.",
            "Ñandú, año, señor: el niño comió piña en la ciudad de España; ¿qué más?",
            "El Niño", "Guantánamo Bay", "Müller GmbH", "à Paris, où l'été", "Þú ert", "Ísland ó",
            "Þú ert á Íslandi; ég á hús í Reykjavík og þar búa 130 þúsund manns.",
            "Oʻzbekiston Respublikasi Prezidentining 2020-yil 25-avgustdagi qarori, o‘quvchilar va g‘oyalar.",
            "O'zbekiston Respublikasi Vazirlar Mahkamasining qarori: 120 mlrd so'm, ulushi 75 foiz.",
            "for (int i = 0; i < n; i++) { s += \"é\"; t = \"Ã©\" + \"ü\"; } // café naïve façade",
            "Указом Президента от 7 февраля 2017 года № 4947 утверждена Стратегия; café, «façade».",
            "Ўзбекистон Республикаси Вазирлар Маҳкамасининг қарори, ғалла ва ҳосил.",
            "Қазақстан Республикасы Үкіметінің қаулысы, бюджетке 1,5 трлн теңге бөлінді.",
    })
    void rightTextIsNeverTouched(String text) {
        assertSame(text, CodePageRepair.repair(text), text);
        String twice = text + "\n\n" + text;
        assertSame(twice, CodePageRepair.repairParagraphs(twice), text);
        assertSame(text, CodePageRepair.repair(text, CodePageRepair.Evidence.WINDOWS_1251_DOCUMENT), text);
        assertSame(text, CodePageRepair.repair(text, CodePageRepair.Evidence.KOI8_R_DOCUMENT), text);
    }
}
