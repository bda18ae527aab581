package org.policylens.extract.date;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.policylens.extract.Candidate;
import org.policylens.extract.Texts;
import org.policylens.model.FactType;
import org.policylens.model.Language;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateFinderTest {
    private final DateFinder finder = new DateFinder();

    private List<Candidate> find(String text, Language lang) {
        return finder.find(Texts.annotated(text, lang));
    }

    /** text | language | expected surface | ISO value | qualifier. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Resolution No. 17 dated January 10, 2019, on measures | en | January 10, 2019 | 2019-01-10 | exact
            It was signed on 10 January 2019 in Tashkent. | en | 10 January 2019 | 2019-01-10 | exact
            It was signed on the 10th of January 2019. | en | 10th of January 2019 | 2019-01-10 | exact
            The strategy of March of 2020 was approved. | en | March of 2020 | 2020-03 | exact
            Received: 10.01.2019 | en | 10.01.2019 | 2019-01-10 | exact
            Received: 10.01.19 | en | 10.01.19 | 2019-01-10 | exact
            Received: 26.02.26 | en | 26.02.26 | 2026-02-26 | exact
            Published 2019-01-10 online | en | 2019-01-10 | 2019-01-10 | exact
            Постановление от 10 января 2019 г. № 17 | ru | 10 января 2019 г. | 2019-01-10 | exact
            Қарор 10 январь 2019 йил қабул қилинди | uz-Cyrl | 10 январь 2019 йил | 2019-01-10 | exact
            Qaror 2019-yil 10-yanvar kuni qabul qilindi | uz-Latn | 2019-yil 10-yanvar | 2019-01-10 | exact
            Президентнинг 2019 йил 10 январдаги қарори | uz-Cyrl | 2019 йил 10 январдаги | 2019-01-10 | exact
            Qonunning 2021-yil 21-apreldagi tahriri | uz-Latn | 2021-yil 21-apreldagi | 2021-04-21 | exact
            Qonunchilik ma'lumotlari milliy bazasi, 21.04.2021-y., 03/21/683/0375-son | uz-Latn | 21.04.2021-y. | 2021-04-21 | exact
            Ўзбекистон Республикаси Президентининг қарори, 15.09.2025 йилдаги ПҚ-282-сон | uz-Cyrl | 15.09.2025 йилдаги | 2025-09-15 | exact
            Kazakhstan hosted the finals in September 2024 and more. | en | September 2024 | 2024-09 | exact
            Форум прошел в сентябре 2024 года в Астане. | ru | сентябре 2024 года | 2024-09 | exact
            Loyiha 2024-yil sentabrda boshlandi. | uz-Latn | 2024-yil sentabrda | 2024-09 | exact
            Тадбир 2025 йил\\nсентябрь ойида | uz-Cyrl | 2025 йил\\nсентябрь | 2025-09 | exact
            Закон вступает в силу в 2025 году. | ru | 2025 году | 2025 | exact
            Dastur 2025-yilda tasdiqlandi. | uz-Latn | 2025-yilda | 2025 | exact
            Дастур 2025 йилда тасдиқланди. | uz-Cyrl | 2025 йилда | 2025 | exact
            "In 2025, 161,295 users registered." | en | 2025 | 2025 | exact
            Amity University (2019) was opened. | en | 2019 | 2019 | exact
            Бюджет на 1997 год утвержден. | ru | 1997 год | 1997 | exact
            a new stage in 2022–2023 [3] | en | 2022–2023 | 2022/2023 | exact
            vacancies during 2021-2022 with demand | en | 2021-2022 | 2021/2022 | exact
            "From 2017 to 2025, the number grew." | en | 2017 to 2025 | 2017/2025 | exact
            "Between 2020 and 2022, exports increased." | en | 2020 and 2022 | 2020/2022 | exact
            Программа на 2020–2022 годы принята. | ru | 2020–2022 годы | 2020/2022 | exact
            Dastur 2023–2025 yillarda amalga oshiriladi. | uz-Latn | 2023–2025 yillarda | 2023/2025 | exact
            The goal is to cover people during 2023–2025. | en | 2023–2025 | 2023/2025 | exact
            Давлат дастури 2026 — 2028 йилларга мўлжалланган | uz-Cyrl | 2026 — 2028 йилларга | 2026/2028 | exact
            Действует с 2017 по 2025 год включительно | ru | 2017 по 2025 год | 2017/2025 | exact
            с 1 января по 31 декабря 1997 г. включительно | ru | 1 января по 31 декабря 1997 г. | 1997-01-01/1997-12-31 | exact
            Since the early 2000s, Kazakhstan has paid attention. | en | 2000s | 2000/2009 | after
            emissions in the 1980s and early 1990s | en | 1980s | 1980/1989 | exact
            emissions in the 1980s and early 1990s | en | 1990s | 1990/1999 | approx
            it began in the mid-1990s and grew | en | 1990s | 1990/1999 | approx
            in the late 1980s prices fell | en | 1980s | 1980/1989 | approx
            by the late 1980s prices fell | en | 1980s | 1980/1989 | before
            Это началось в середине 1990-х годов. | ru | 1990-х годов | 1990/1999 | approx
            Спрос вырос в начале 2000-х. | ru | 2000-х | 2000/2009 | approx
            Bu 1990-yillar o'rtalarida boshlangan. | uz-Latn | 1990-yillar | 1990/1999 | approx
            Bu 1990-yillar oʻrtalarida boshlangan. | uz-Latn | 1990-yillar | 1990/1999 | approx
            Бу 1990-йиллар ўрталарида бошланган. | uz-Cyrl | 1990-йиллар | 1990/1999 | approx
            Бұл 1990 жылдардың ортасында басталды. | kk | 1990 жылдардың | 1990/1999 | approx
            Bul 1990 jyldardyń ortasynda bastaldy. | kk-Latn | 1990 jyldardyń | 1990/1999 | approx
            В 1990-е годы объём производства вырос. | ru | 1990-е годы | 1990/1999 | exact
            Уже в 1980-х годах спрос упал. | ru | 1980-х годах | 1980/1989 | exact
            1990-yillarda ishlab chiqarish o'sdi. | uz-Latn | 1990-yillarda | 1990/1999 | exact
            1990-йилларда ишлаб чиқариш ўсди. | uz-Cyrl | 1990-йилларда | 1990/1999 | exact
            1990 жылдары өндіріс өсті. | kk | 1990 жылдары | 1990/1999 | exact
            "В 2010-2020 годах рост." | ru | 2010-2020 годах | 2010/2020 | exact
            2010-2020 yillarda o'sish. | uz-Latn | 2010-2020 yillarda | 2010/2020 | exact
            adjusted to fiscal year 2005 dollars for inflation | en | 2005 | 2005 | exact
            the cost is $5 million in constant 2019 dollars today | en | 2019 | 2019 | exact
            В постоянных ценах 2015 года ВВП вырос. | ru | 2015 года | 2015 | exact
            Strategy for the Development of AI Technologies until 2030 | en | 2030 | 2030 | until
            may reach 200 million by 2025 [12] | en | 2025 | 2025 | before
            "By the end of 2022, plans were set." | en | 2022 | 2022 | before
            Стратегия действует до 2030 года. | ru | 2030 года | 2030 | until
            Увеличить экспорт к 2030 году. | ru | 2030 году | 2030 | before
            Eksportni 2030-yilgacha oshirish. | uz-Latn | 2030-yilgacha | 2030 | before
            Strategiya 2030-yilga qadar amal qiladi. | uz-Latn | 2030-yilga | 2030 | until
            Investment has grown since 2016 steadily. | en | 2016 | 2016 | after
            "Starting from 2020, all schools teach coding." | en | 2020 | 2020 | after
            Beginning in 2021 the ministry funds the labs. | en | 2021 | 2021 | after
            The fee applies from 2022 onwards in all regions. | en | 2022 | 2022 | after
            Courses run starting with the 2023/2024 academic year | en | 2023/2024 | 2023/2024 | after
            The rule is effective from 1 January 2024 for banks | en | 1 January 2024 | 2024-01-01 | after
            "At the beginning of 2020, the plan was adopted." | en | 2020 | 2020 | exact
            The count as of 2021 was 50 schools. | en | 2021 | 2021 | exact
            Начиная с 2020 года все школы обучают программированию. | ru | 2020 года | 2020 | after
            2020-yildan boshlab barcha maktablarda dasturlash o'qitiladi. | uz-Latn | 2020-yildan | 2020 | after
            2020 йилдан бошлаб барча мактабларда дастурлаш ўқитилади. | uz-Cyrl | 2020 йилдан | 2020 | after
            Налог взимается с 2016 года. | ru | 2016 года | 2016 | after
            Установить с 1 января 1997 года взносы | ru | 1 января 1997 года | 1997-01-01 | after
            Ushbu tartib 2022-yil 31-yanvardan kuchga kiradi | uz-Latn | 2022-yil 31-yanvardan | 2022-01-31 | after
            Тартиб 2026 йил 1 январдан жорий этилади | uz-Cyrl | 2026 йил 1 январдан | 2026-01-01 | after
            Низом 2019 йил 1 январидан кучга киритилади | uz-Cyrl | 2019 йил 1 январидан | 2019-01-01 | after
            Канални 2020 й. реконструкция қилиш | uz-Cyrl | 2020 й. | 2020 | exact
            Лотокни 2019 й лоток билан алмаштириш | uz-Cyrl | 2019 й | 2019 | exact
            Kanalni 2020-y. rekonstruksiya qilish | uz-Latn | 2020-y. | 2020 | exact
            Qaror 15 mart 2019 y. qabul qilingan | uz-Latn | 15 mart 2019 y. | 2019-03-15 | exact
            Қарор 15 март 2019 й. қабул қилинган | uz-Cyrl | 15 март 2019 й. | 2019-03-15 | exact
            (milliy bazasi, 21.04.2021-y., 03/21/683/0375-son) | uz-Latn | 21.04.2021-y. | 2021-04-21 | exact
            (миллий базаси, 16.09.2025-й., 07/25/282/0828-сон) | uz-Cyrl | 16.09.2025-й. | 2025-09-16 | exact
            Акт от 16.09.2025 года утвержден | ru | 16.09.2025 года | 2025-09-16 | exact
            Низом 2019 йил 1 апрелигача амал қилади | uz-Cyrl | 2019 йил 1 апрелигача | 2019-04-01 | before
            Nizom 2019-yil 1-yanvaridan kuchga kiradi | uz-Latn | 2019-yil 1-yanvaridan | 2019-01-01 | after
            Hisobot 2021-yil 15-martigacha taqdim etilsin | uz-Latn | 2021-yil 15-martigacha | 2021-03-15 | before
            Ҳисобот 2025 йил 31 декабрга қадар тақдим этилсин | uz-Cyrl | 2025 йил 31 декабрга | 2025-12-31 | before
            Тизим 2025 йил 31 декабрга қадар амал қилади | uz-Cyrl | 2025 йил 31 декабрга | 2025-12-31 | until
            Loyiha 2020-yil oxiriga qadar amalga oshirilsin | uz-Latn | 2020-yil | 2020 | before
            Лойиҳа 2020 йил охиригача якунлансин | uz-Cyrl | 2020 йил | 2020 | before
            Filed 3–24–25; 8:45 am | en | 3–24–25 | 2025-03-24 | exact
            Filed 3—21—25 | en | 3—21—25 | 2025-03-21 | exact
            held between May and June 2020 in Almaty | en | May and June 2020 | 2020-05/2020-06 | exact
            held from May to June 2020 in Almaty | en | May to June 2020 | 2020-05/2020-06 | exact
            проводилось с мая по июнь 2020 года | ru | мая по июнь 2020 | 2020-05/2020-06 | exact
            tadbirlar 2020-yil may–iyun oylarida | uz-Latn | 2020-yil may–iyun | 2020-05/2020-06 | exact
            тадбирлар 2020 йил май–июнь ойларида | uz-Cyrl | 2020 йил май–июнь | 2020-05/2020-06 | exact
            the budget for 2020 was adopted | en | 2020 | 2020 | exact
            poverty fell sharply (UNDP, 2020). | en | 2020 | 2020 | exact
            Source: World Bank, Jordan, 2020. | en | 2020 | 2020 | exact
            authorized for fiscal years 2017 through 2019 | en | 2017 through 2019 | 2017/2019 | exact
            Ҳисобот 2025 йил 31 декабрга тақдим этилсин | uz-Cyrl | 2025 йил 31 декабрга | 2025-12-31 | before
            Амалий чора-тадбирлар 2026/2027 ўқув йилидан бошлаб | uz-Cyrl | 2026/2027 | 2026/2027 | after
            held May–June 2020 in Almaty | en | May–June 2020 | 2020-05/2020-06 | exact
            "[FR Doc. 95-1920 Filed 1-20-95; 2:04 pm]" | en | 1-20-95 | 1995-01-20 | exact
            Deficit Control Act of 1985 applies | en | 1985 | 1985 | exact
            calendar year 2018 wildfires | en | 2018 | 2018 | exact
            soliq 2022-yil 1-apreldan 2025-yil 1-yanvarga qadar to'lanadi | uz-Latn | 2022-yil 1-apreldan 2025-yil 1-yanvarga | 2022-04-01/2025-01-01 | exact
            солиқ 2023 йил 1 январдан 2026 йил 1 январга қадар | uz-Cyrl | 2023 йил 1 январдан 2026 йил 1 январга | 2023-01-01/2026-01-01 | exact
            """)
    void findsAndNormalizes(String text, String lang, String surface, String iso, String qualifier) {
        String t = text.replace("\\n", "\n");
        String s = surface.replace("\\n", "\n");
        List<Candidate> found = find(t, Language.fromCode(lang));
        Candidate c = Texts.bySurface(t, found, s).orElseThrow(
                () -> new AssertionError("no '" + s + "' in " + Texts.surfaces(t, found)));
        assertEquals(FactType.DATE, c.type());
        assertEquals(iso, c.value().normalized());
        assertEquals(qualifier, c.qualifier().code());
    }

    /** A half-year or a quarter is one period of months, in every language (the gold's rule for periods). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2020 yilning birinchi yarim yilligida 5220ta maktabga | uz-Latn | 2020 yilning birinchi yarim yilligida | 2020-01/2020-06
            Davlat dasturining 2020 yil birinchi yarim yilligidagi ijrosi | uz-Latn | 2020 yil birinchi yarim yilligidagi | 2020-01/2020-06
            2020-yilning to'rtinchi choragida | uz-Latn | 2020-yilning to'rtinchi choragida | 2020-10/2020-12
            2021 yilning 1-choragi yakunlari | uz-Latn | 2021 yilning 1-choragi | 2021-01/2021-03
            2020 йилнинг биринчи ярим йиллигида | uz-Cyrl | 2020 йилнинг биринчи ярим йиллигида | 2020-01/2020-06
            2019 йилнинг учинчи чорагида | uz-Cyrl | 2019 йилнинг учинчи чорагида | 2019-07/2019-09
            в первом полугодии 2020 года выросло | ru | первом полугодии 2020 года | 2020-01/2020-06
            за второе полугодие 2019 г. | ru | второе полугодие 2019 г. | 2019-07/2019-12
            в I квартале 2021 года | ru | I квартале 2021 года | 2021-01/2021-03
            за 3-й квартал 2020 года | ru | 3-й квартал 2020 года | 2020-07/2020-09
            in the first half of 2020 the ministry | en | first half of 2020 | 2020-01/2020-06
            during the second half-year of 2021 | en | second half-year of 2021 | 2021-07/2021-12
            results for the fourth quarter of 2019 | en | fourth quarter of 2019 | 2019-10/2019-12
            revenue in Q3 2022 grew | en | Q3 2022 | 2022-07/2022-09
            H1 2020 results | en | H1 2020 | 2020-01/2020-06
            2020 жылдың бірінші жартыжылдығында | kk | 2020 жылдың бірінші жартыжылдығында | 2020-01/2020-06
            2021 жылғы үшінші тоқсанда | kk | 2021 жылғы үшінші тоқсанда | 2021-07/2021-09
            2021 жылдың IV тоқсанында | kk | 2021 жылдың IV тоқсанында | 2021-10/2021-12
            2020 jyldyń birinshi jartyjyldyǵynda | kk-Latn | 2020 jyldyń birinshi jartyjyldyǵynda | 2020-01/2020-06
            """)
    void halfYearsAndQuartersArePeriods(String text, String lang, String surface, String iso) {
        List<Candidate> found = find(text, Language.fromCode(lang));
        Candidate c = Texts.bySurface(text, found, surface).orElseThrow(
                () -> new AssertionError("no '" + surface + "' in " + Texts.surfaces(text, found)));
        assertEquals(iso, c.value().normalized());
        assertEquals("exact", c.qualifier().code());
    }

    /** Without an ordinal a half or a quarter is no part of a year: the year alone stays what it was. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            half of 2020 was lost | en | 2020
            in the first half of 2020s | en | 2020/2029
            2020 yil chorak asr o'tib | uz-Latn | 2020
            2020 жылы тоқсан мектеп | kk | 2020
            """)
    void aPartWithoutItsOrdinalIsNoPeriod(String text, String lang, String iso) {
        List<Candidate> found = find(text, Language.fromCode(lang));
        assertEquals(List.of(iso), found.stream().map(c -> c.value().normalized()).toList(),
                () -> Texts.surfaces(text, found).toString());
    }

    /** Undotted month abbreviations and month/year in figures give a month-precision (or day) date. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Last updated 30 Jan 2019 by the office | en | 30 Jan 2019 | 2019-01-30
            Issued 07 Feb 2017. | en | 07 Feb 2017 | 2017-02-07
            Revised Sept 2020 | en | Sept 2020 | 2020-09
            Revised Sep 2020 | en | Sep 2020 | 2020-09
            Effective Dec 5, 2021 | en | Dec 5, 2021 | 2021-12-05
            Between Mar and Jun 2021 | en | Mar and Jun 2021 | 2021-03/2021-06
            Policy issued 5/2009, revised 12/2011. | en | 5/2009 | 2009-05
            Policy issued 5/2009, revised 12/2011. | en | 12/2011 | 2011-12
            Policy (rev. 07/2016) | en | 07/2016 | 2016-07
            Отчёт за 12/2011 опубликован | ru | 12/2011 | 2011-12
            Hisobot 3/2020 da e'lon qilindi | uz-Latn | 3/2020 | 2020-03
            """)
    void monthAbbreviationsAndMonthYearFigures(String text, String lang, String surface, String iso) {
        List<Candidate> found = find(text, Language.fromCode(lang));
        Candidate c = Texts.bySurface(text, found, surface).orElseThrow(
                () -> new AssertionError("no '" + surface + "' in " + Texts.surfaces(text, found)));
        assertEquals(iso, c.value().normalized());
    }

    /** A slash between figures is a month/year only when nothing else continues it: no fraction, ratio or number. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Decree № 5/2009 applies", "Resolution No. 12/2011 applies", "ratio 13/2020 of all",
            "ref 5/2009/1 of the file", "range 1.5/2009 here", "code 05/20091 here", "share 3/2020% grew",
            "span 3/2009-2010 noted", "old 5/1850 text", "part 2/3/2009 of it", "Junk 2019 sold", "Decades 2019 on"})
    void slashAndAbbreviationLookalikesAreNoMonth(String text) {
        List<Candidate> found = find(text, Language.EN);
        assertTrue(found.stream().noneMatch(c -> c.value().normalized().matches("\\d{4}-\\d\\d")),
                () -> "unexpected month in " + Texts.surfaces(text, found));
    }

    @Test
    void aPeriodIsOneFactNeverTwo() {
        String t = "Between 2020 and 2022, in 2022–2023 and from 2017 to 2025.";
        List<Candidate> found = find(t, Language.EN);
        assertEquals(List.of("2020 and 2022=2020/2022", "2022–2023=2022/2023", "2017 to 2025=2017/2025"),
                Texts.surfaces(t, found));
    }

    @Test
    void yearListsGiveOneDateEach() {
        String t = "resolutions adopted in 2016, 2021, 2023, and 2024, culminating in the 2024-2029 Concept";
        assertEquals(List.of("2016=2016", "2021=2021", "2023=2023", "2024=2024", "2024-2029=2024/2029"),
                Texts.surfaces(t, find(t, Language.EN)));
    }

    /** A list bullet printed as a zero at a line's start is glued to the year that opens the item. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            rozilik berilsin:\\n02020-yil 1-apreldan boshlab Toshkent shahrida | uz-Latn | 2020-yil 1-apreldan | 2020-04-01
            розилик берилсин:\\n02020 йил 1 апрелдан бошлаб Тошкент шаҳрида | uz-Cyrl | 2020 йил 1 апрелдан | 2020-04-01
            келісілсін:\\n02020 жылғы 1 сәуірден бастап Алматы қаласында | kk | 2020 жылғы 1 сәуірден | 2020-04-01
            согласиться:\\n02020 году в Ташкенте отменить прописку | ru | 2020 году | 2020
            """)
    void aYearAfterABulletPrintedAsZeroIsADate(String text, String lang, String surface, String iso) {
        String t = text.replace("\\n", "\n");
        List<Candidate> found = find(t, Language.fromCode(lang));
        Candidate c = Texts.bySurface(t, found, surface).orElseThrow(
                () -> new AssertionError("no '" + surface + "' in " + Texts.surfaces(t, found)));
        assertEquals(iso, c.value().normalized());
    }

    /** Not a bullet: a zero inside a line, or a longer number (English opens no date with its year and year word). */
    @ParameterizedTest
    @ValueSource(strings = {"raqam 02020-yil 1-apreldan", "102020-yil 1-apreldan", "Code 02020 was assigned in Boston",
            "№ 02020 йил 1 апрелдан"})
    void aZeroGluedToAYearInsideALineIsNoBullet(String text) {
        List<Candidate> found = find(text, Language.UZ_LATN);
        assertTrue(found.stream().noneMatch(c -> c.value().normalized().startsWith("2020")),
                () -> "unexpected " + Texts.surfaces(text, found));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Invalid day 31.02.2020 here | en
            Call +998 71 123-45-67 today | en
            Meeting at 10:30 in the hall | en
            Upgrade to version 1.2.3 now | en
            Register number 03/21/683/0375-son | uz-Latn
            The IT-2030 plan and COVID-19 | en
            There were 2019 participants | en
            The 21st century is digital | en
            Grew from 147 to 1,600 companies | en
            the COVID-1990s variant | en
            """)
    void rejectsWhatIsNotADate(String text, String lang) {
        List<Candidate> found = find(text, Language.fromCode(lang));
        assertTrue(found.isEmpty(), () -> "unexpected " + Texts.surfaces(text, found));
    }

    @Test
    void twoDigitYearsGoToTheNearestCentury() {
        assertEquals(2026, DateFinder.nearestCentury(26));
        assertEquals(2019, DateFinder.nearestCentury(19));
        assertEquals(1999, DateFinder.nearestCentury(99));
    }

    @Test
    void monthNamesInEveryLanguage() {
        for (String m : List.of("January", "январе", "января", "январь", "yanvar", "yanvardagi", "январдаги", "Jan.")) {
            assertEquals(1, MonthNames.monthOf(m), m);
        }
        for (String m : List.of("mart", "марта", "March", "мартда")) {
            assertEquals(3, MonthNames.monthOf(m), m);
        }
        for (String m : List.of("may", "мая", "май", "мае")) {
            assertEquals(5, MonthNames.monthOf(m), m);
        }
        for (String m : List.of("sentabr", "sentyabr", "сентябрда", "September")) {
            assertEquals(9, MonthNames.monthOf(m), m);
        }
        assertEquals(0, MonthNames.monthOf("xy"));
    }

    /**
     * A document writes YYYY.DD.MM when one of its year-first dotted dates has a middle part no month can be, wherever
     * that date stands and in any script around it; a figure glued to a word, a number or a dot is no such date.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2009.30.12. № 2305|true",
            "ҚР Үкіметінің 2009.30.12. № 2305 Қаулысымен|true",
            "Hukumatning 2009.30.12. qarori|true",
            "the resolution of 1997.06.18, amended 2009.30.12|true",
            "Постановление от 1997.06.18. № 5|false",
            "x2009.30.12|false",
            "12009.30.12|false",
            "v.2009.30.12|false",
            "2009.30.123|false",
            "2009.30.12.5|false",
            "3.2009.30.12 and 2009.31.01|true",
            "1.2.3.4.5|false"})
    void dottedDayFirstDocumentsHaveADayNoMonthCanBe(String text, boolean dayFirst) {
        assertEquals(dayFirst, DateFinder.dottedDayFirst(text), text);
    }
}
