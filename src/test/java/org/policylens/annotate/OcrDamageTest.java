package org.policylens.annotate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OcrDamageTest {
    /** A scanned act's text layer: Latin letters inside Cyrillic words, junk between letters (lex.uz scans). */
    static final String OCR_UZ_CYRL = "Сув х}жалиги ташкилотлари томонидан техник сув етказиб бериш бiйича кiрсатилган "
            + "хизматлар учун цац тУлаш тартиби. Узбекистон Ресгryбликаси Сув хiжалиги вztзирлиги манфаатдор вzLзирликJrар "
            + "ва идорirлар билан биргаликда шартномiшарни расмийлаштирсин. ";

    @Test
    void anOcrTextLayerLooksLikeOcr() {
        assertTrue(OcrDamage.looksLikeOcr(OCR_UZ_CYRL.repeat(3)));
        // the same damage in a Russian layer: Latin letters without Cyrillic twins inside Cyrillic words
        assertTrue(OcrDamage.looksLikeOcr(("Министерство вoдного хoзяйства Республики Узбeкистан обеспечивает "
                + "пoставку вoды промышленным прeдприятиям; Минфин coглacoвывает тарифы, а вoдхoз их утверждает. ")
                .replace('o', 'q').repeat(4)));
        // an English layer: junk read for letters inside words
        assertTrue(OcrDamage.looksLikeOcr("The Secretary sha|l pub|ish the ru}es within 90 days of this order. "
                .repeat(5)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Вазирлар Маҳкамаси қарор қилади: 2019 йил 1 январдан кучга киритилсин, 0,1 коэффициенти қўлланилади.",
            "Кабинет Министров постановляет: с 1 января 2019 года применяется коэффициент 0,1 к тарифу на воду.",
            "Үкімет қаулы етеді: 2019 жылғы 1 қаңтардан бастап тарифке 0,1 коэффициенті қолданылады.",
            "Vazirlar Mahkamasi qaror qiladi: 2019-yil 1-yanvardan kuchga kiritilsin, 0,1 koeffitsiyent qo'llaniladi.",
            "The Cabinet decides: from January 1, 2019 a 0.1 coefficient applies; IT-парк, iPhone, eGov and GitHub stay."})
    void normalTextsInEveryScriptDoNot(String text) {
        assertFalse(OcrDamage.looksLikeOcr(text.repeat(20)));
    }

    /** damaged | repaired view. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "биргаликда 20|9-2023 йиллар" | биргаликда 2019-2023 йиллар
            "2019 йил 2020 йил 202| йил" | "2019 йил 2020 йил 2021 йил"
            in 2O19 the agency | in xOxx the agency
            "202l й. канал, км з000,0 22з8,0" | "xxxl й. канал, км зxxx,x xxзx,x"
            20 1 8 йил декабрдаги | xxxxxx йил декабрдаги
            "1 1, Ушбу Низом" | "xxx, Ушбу Низом"
            "1 2 3 4 5 6" | "xxxxxxxxxxx"
            2024 йил l январга | 2024 йил   январга
            ПЩ-3672-сон қарори | ПҚ-3672-сон қарори
            "ҚҲММБ: 09/18/984/2272-сон 05.12.2018 й." | "ҚҲММБ: xx/xx/xxx/xxxx-сон xx.xx.xxxx й."
            "KXMMB: 09/18/984/2272-son 05.12.2018 y." | "KXMMB: xx/xx/xxx/xxxx-son xx.xx.xxxx y."
            "ПК 50+00 дан ПК 352 +00 гача, ц1 9$+20" | "ПК xx+xx дан ПК xxx +xx гача, цx xx+xx"
            "Президентининг 2024. йилда, 2018: йил 4. декабрдаги" | "Президентининг 2024 йилда,  2018 йил  4 декабрдаги "
            "в 2019; году" | "в 2019 году "
            "Үкіметінің 2019; жылғы 10 қаңтар" | "Үкіметінің 2019 жылғы  10 қаңтар"
            "2020 йцл, 2019 йuл, 2020 йлlл, 2022йцлдан" | "2020 йил, 2019 йил, 2020 йил , 2022йилдан"
            "Бухоро l з l ll l31" | "Бухоро   з   ll lxx"
            "648\t2],6 l]789 l 296 l 440" | "xxx\tx],x l]xxx   xxx   xxx"
            "2020 й. канал, км 2,0 l000,0 l000,0" | "2020 й. канал, км 2,0 lxxxxx lxxxxx"
            "09718/984/2272-cor 05.12.2018 y." | "xxxxx/xxx/xxxx-cor xx.xx.xxxx y."
            "ПҚ- 178- -сон қарори" | "ПҚ-178-сон    қарори"
            "2023- -2025-yillarda, 2020-yil 26- “oktabrdagi" | "2023-2025-yillarda,   2020-yil 26-oktabrdagi  "
            "147- -ден 1600-ге дейін, 2022- 2023 годы" | "147-ден   1600-ге дейін, 2022-2023  годы"
            "2024 йил 15 : ‘майдаги ‘карори" | "2024 йил 15 майдаги карори    "
            "le 22 | _ août, in 2022- 2023" | "le 22 août,     in 2022-2023 "
            "жорий этиш 14 Ресгryблимда" | "жорий этиш xx Ресгryблимда"
            "тадқиқот институти |7 Сувни тежайдиган" | "тадқиқот институти xx Сувни тежайдиган"
            """)
    void masksDigitFragmentsKeepingTheLength(String damaged, String repaired) {
        String view = OcrDamage.repair(damaged);
        assertEquals(damaged.length(), view.length());
        assertEquals(repaired, view);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 500 000 сўм", "12 345 тенге", "(1 куб м)", "|12 | 34 |", "2 or 3", "Oil 2019",
            "2019 йил 17 апрелдаги", "ЩИ-5 тип", "5та ташкилот", "30gacha", "2020 й. канал", "5 10 15 20 25", "2 3 5 7 11 13",
            "05/12/2018 й.", "билан “yashil makon” loyihasi", "Қарор: 1. ташкилот", "шартлар:\n2. ташкилот", "ташкил- этиш", "14+ ташкилот", "2+2", "2019. Кейин", "1. 2019 йил", "2019 йил 15 майдаги", "in 2020 14 States",
            "5 та туманда", "2020 йил 1 январдан", "617-сон қарори, 5та ташкилот, 2,0 км, 1 500,0 млн"})
    void leavesFiguresAndWordsAlone(String text) {
        assertEquals(text, OcrDamage.repair(text));
    }

    /** A row number at the start of a table row, before the quoted name of the object the row is about. */
    @Test
    void masksARowNumberBeforeAQuotedName() {
        assertEquals("Бекобод тумани\nx «Парча юз» каналини", OcrDamage.repair("Бекобод тумани\n8 «Парча юз» каналини"));
        assertEquals("Бекобод тумани\nx \"Парча юз\" каналини", OcrDamage.repair("Бекобод тумани\n8 \"Парча юз\" каналини"));
        assertEquals("2019 йилда\n8 та канал", OcrDamage.repair("2019 йилда\n8 та канал"));
    }

    /** A year's point opening a line is speckle; a list label's is its own. */
    /** The matching view makes OCR's low and high single quotes apostrophes: speckle all the same. */
    @Test
    void speckleQuotesInTheMatchingView() {
        assertEquals("2024 йил 15 майдаги    ПК-178-сон карори     билан",
                OcrDamage.repair(MatchingView.of("2024 йил 15 : ‘майдаги ПК- 178- -сон ‘карори билан")));
        assertEquals("ular o'z ulushini 'Yashil makon' loyihasi",
                OcrDamage.repair(MatchingView.of("ular o‘z ulushini ‘Yashil makon’ loyihasi")));
    }

    @Test
    void aLineOpeningYearLosesItsStrayPointAndAListLabelKeepsIt() {
        assertEquals("банки\n2021 йил  июнь", OcrDamage.repair("банки\n2021. йил июнь"));
        assertEquals("шартлар:\n2. ташкилот", OcrDamage.repair("шартлар:\n2. ташкилот"));
    }

    @Test
    void readsADecimalSplitAfterItsMark() {
        String view = "истисно тарикасида, 0, 1 коэффициенти";
        int zero = view.indexOf('0');
        assertEquals(zero + 4, OcrDamage.splitDecimalEnd(view, zero, zero + 1, ','));
        assertEquals(zero + 1, OcrDamage.splitDecimalEnd(view, zero, zero + 1, '.'));
        String list = "grades 0, 1, 2 and 3";
        assertEquals(list.indexOf('0') + 1, OcrDamage.splitDecimalEnd(list, list.indexOf('0'), list.indexOf('0') + 1, ','));
        String notZero = "5, 1 коэффициенти";
        assertEquals(1, OcrDamage.splitDecimalEnd(notZero, 0, 1, ','));
    }
}
