package org.policylens.extract.amount;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policylens.extract.Candidate;
import org.policylens.extract.Texts;
import org.policylens.model.Language;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AmountFinderTest {
    private final AmountFinder finder = new AmountFinder();

    private List<Candidate> find(String text, Language lang) {
        return finder.find(Texts.annotated(text, lang));
    }

    /** text | language | surface | type | value | unit | qualifier. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "more than 2.5 million people (2,503,060) participated" | en | 2.5 million | NUMBER | 2500000 | | more_than
            "more than 2.5 million people (2,503,060) participated" | en | 2,503,060 | NUMBER | 2503060 | | exact
            Участвовали 2 503 060 человек | ru | 2 503 060 | NUMBER | 2503060 | | exact
            the deficit fell by -5% in 2020 | en | -5% | PERCENT | -5 | % | exact
            a loss of USD -3 million last year | en | USD -3 million | MONEY | -3000000 | USD | exact
            a loss of -$3 million last year | en | -$3 million | MONEY | -3000000 | USD | exact
            the index changed by −2.1 points | en | −2.1 | NUMBER | -2.1 | | exact
            индекс изменился на −2,1 пункта | ru | −2,1 | NUMBER | -2.1 | | exact
            indeks −2,1 punktga o'zgardi | uz-Latn | −2,1 | NUMBER | -2.1 | | exact
            индекс −2,1 пунктга ўзгарди | uz-Cyrl | −2,1 | NUMBER | -2.1 | | exact
            "физическим лицам -700 процентов, другим" | ru | 700 процентов | PERCENT | 700 | % | exact
            ranges of 5-10% apply | en | 10% | PERCENT | 10 | % | exact
            14+ regions joined the scheme | en | 14 | NUMBER | 14 | | more_than
            Qatnashchilar 2.503.060 nafar | uz-Latn | 2.503.060 | NUMBER | 2503060 | | exact
            over 1.17 million received certificates | en | 1.17 million | NUMBER | 1170000 | | more_than
            охват 1,17 млн человек | ru | 1,17 млн | NUMBER | 1170000 | | exact
            qamrov 1,17 mln kishi | uz-Latn | 1,17 mln | NUMBER | 1170000 | | exact
            "approximately 90% were secondary school students" | en | 90% | PERCENT | 90 | % | approx
            рост составил 6,5 % за год | ru | 6,5 % | PERCENT | 6.5 | % | exact
            ставка 3,16% годовых | ru | 3,16% | PERCENT | 3.16 | % | exact
            в размере 30 процентов от объема | ru | 30 процентов | PERCENT | 30 | % | exact
            в размере 70процентов от платежей | ru | 70процентов | PERCENT | 70 | % | exact
            ulushi 15 foiz bo'ldi | uz-Latn | 15 foiz | PERCENT | 15 | % | exact
            улуши 12 фоиз бўлди | uz-Cyrl | 12 фоиз | PERCENT | 12 | % | exact
            growth of 12 percent a year | en | 12 percent | PERCENT | 12 | % | exact
            exports increased to USD 140 million, and | en | USD 140 million | MONEY | 140000000 | USD | exact
            doubled service volumes to 5 trillion UZS, exports | en | 5 trillion UZS | MONEY | 5000000000000 | UZS | exact
            exports are expected to surpass USD 300 million [10]. | en | USD 300 million | MONEY | 300000000 | USD | more_than
            a grant of $2,500,000 was | en | $2,500,000 | MONEY | 2500000 | USD | exact
            "raised 10k dollars, then" | en | 10k dollars | MONEY | 10000 | USD | exact
            a fund of EUR 3.5 bn for | en | EUR 3.5 bn | MONEY | 3500000000 | EUR | exact
            по доходам в сумме 177423822 тыс. тенге, | ru | 177423822 тыс. тенге | MONEY | 177423822000 | KZT | exact
            кредитованию - 32768715 тыс.тенге, с | ru | 32768715 тыс.тенге | MONEY | 32768715000 | KZT | exact
            составляет 2030 тенге в месяц | ru | 2030 тенге | MONEY | 2030 | KZT | exact
            кредит на 5 млрд рублей выдан | ru | 5 млрд рублей | MONEY | 5000000000 | RUB | exact
            инвестиции 2 миллиарда долларов США получены | ru | 2 миллиарда долларов США | MONEY | 2000000000 | USD | exact
            жалоба на 10 млн сумов подана | ru | 10 млн сумов | MONEY | 10000000 | UZS | exact
            kredit 10 mln so'm miqdorida | uz-Latn | 10 mln so'm | MONEY | 10000000 | UZS | exact
            kredit 10 mln soʻm miqdorida | uz-Latn | 10 mln soʻm | MONEY | 10000000 | UZS | exact
            кредит 10 млн сўм миқдорида | uz-Cyrl | 10 млн сўм | MONEY | 10000000 | UZS | exact
            eksport 140 million AQSH dollari bo'ldi | uz-Latn | 140 million AQSH dollari | MONEY | 140000000 | USD | exact
            экспорт 140 миллион АҚШ доллари бўлди | uz-Cyrl | 140 миллион АҚШ доллари | MONEY | 140000000 | USD | exact
            narxi 5 ming so'mdan ortiq | uz-Latn | 5 ming so'mdan | MONEY | 5000 | UZS | more_than
            обмен 500 ₸ за услугу | ru | 500 ₸ | MONEY | 500 | KZT | exact
            қосымша 5 млрд теңге бөлінді | kk | 5 млрд теңге | MONEY | 5000000000 | KZT | exact
            qosymsha 5 mlrd teńge bólindi | kk-Latn | 5 mlrd teńge | MONEY | 5000000000 | KZT | exact
            сонымен қатар 5 млрд теңге бөлінді | kk | 5 млрд теңге | MONEY | 5000000000 | KZT | exact
            штраф 12 тысяч рублей | ru | 12 тысяч рублей | MONEY | 12000 | RUB | exact
            jobs exceeded 24,000, and | en | 24,000 | NUMBER | 24000 | | more_than
            экспорт вырос до 140 млн долларов США | ru | 140 млн долларов США | MONEY | 140000000 | USD | exact
            число компаний выросло со 147 до 1600 в 2025 году | ru | 1600 | NUMBER | 1600 | | exact
            субсидия до 5 млн тенге на проект | ru | 5 млн тенге | MONEY | 5000000 | KZT | at_most
            экспорт превысит 300 млн долларов США | ru | 300 млн долларов США | MONEY | 300000000 | USD | more_than
            requiring at least 100,000 qualified specialists | en | 100,000 | NUMBER | 100000 | | at_least
            fewer than 50 firms | en | 50 | NUMBER | 50 | | less_than
            up to 30 days | en | 30 | NUMBER | 30 | | at_most
            составляют не менее 50 процентов от | ru | 50 процентов | PERCENT | 50 | % | at_least
            не более 3 месяцев | ru | 3 | NUMBER | 3 | | at_most
            около 20 000 специалистов | ru | 20 000 | NUMBER | 20000 | | approx
            свыше 70 видов документов | ru | 70 | NUMBER | 70 | | more_than
            менее 10 человек | ru | 10 | NUMBER | 10 | | less_than
            qariyb 300 ta universitet | uz-Latn | 300 | NUMBER | 300 | | approx
            taxminan 15 ming mutaxassis | uz-Latn | 15 ming | NUMBER | 15000 | | approx
            тахминан 15 минг мутахассис | uz-Cyrl | 15 минг | NUMBER | 15000 | | approx
            100 dan ortiq korxona | uz-Latn | 100 | NUMBER | 100 | | more_than
            100 дан ортиқ корхона | uz-Cyrl | 100 | NUMBER | 100 | | more_than
            50 dan kam xodim | uz-Latn | 50 | NUMBER | 50 | | less_than
            30 foizgacha kamaytirish | uz-Latn | 30 foizgacha | PERCENT | 30 | % | at_most
            kamida ikkita schyotida | uz-Latn | ikkita | NUMBER | 2 | | at_least
            Eight types of online courses were offered | en | Eight | NUMBER | 8 | | exact
            Nearly ten presidential decrees | en | ten | NUMBER | 10 | | approx
            twenty-five members attended | en | twenty-five | NUMBER | 25 | | exact
            two hundred members attended | en | two hundred | NUMBER | 200 | | exact
            two million people | en | two million | NUMBER | 2000000 | | exact
            в течение пять лет | ru | пять | NUMBER | 5 | | exact
            не менее четыре раз | ru | четыре | NUMBER | 4 | | at_least
            десять дней | ru | десять | NUMBER | 10 | | exact
            oxirgi o'n kalendar yil | uz-Latn | o'n | NUMBER | 10 | | exact
            oxirgi oʻn ikki oy | uz-Latn | oʻn ikki | NUMBER | 12 | | exact
            ўн кун муддатда | uz-Cyrl | ўн | NUMBER | 10 | | exact
            икки нусхада | uz-Cyrl | икки | NUMBER | 2 | | exact
            besh kalendar yil | uz-Latn | besh | NUMBER | 5 | | exact
            в размере четырехкратного оклада | ru | четырехкратного | NUMBER | 4 | | exact
            тридцатипятикратного размера | ru | тридцатипятикратного | NUMBER | 35 | | exact
            serving 12 million citizens in 2022 | en | 12 million | NUMBER | 12000000 | | exact
            bazaviy hisoblash miqdorining 5 baravari | uz-Latn | 5 | NUMBER | 5 | | exact
            "Актюбинской - 50, Атырауской - 10" | ru | 50 | NUMBER | 50 | | exact
            кредиты в сумме2500000 тыс.тенге; | ru | 2500000 тыс.тенге | MONEY | 2500000000 | KZT | exact
            "Алматинской - 4104587Жамбылской - 2909825" | ru | 4104587 | NUMBER | 4104587 | | exact
            имеющим четыре и более детей | ru | четыре | NUMBER | 4 | | at_least
            ulushi 80 foizdan kam bo'lmagan | uz-Latn | 80 foizdan | PERCENT | 80 | % | at_least
            ulushi 90 foizdan ortiqni tashkil etgan | uz-Latn | 90 foizdan | PERCENT | 90 | % | more_than
            xodimlar soni 10 nafardan kam bo'lmagan | uz-Latn | 10 | NUMBER | 10 | | at_least
            ходимлар сони 10 нафардан кам бўлмаган | uz-Cyrl | 10 | NUMBER | 10 | | at_least
            ulushi 90 foizdan oshmagan | uz-Latn | 90 foizdan | PERCENT | 90 | % | at_most
            улуши 90 фоиздан ортиқ | uz-Cyrl | 90 фоиздан | PERCENT | 90 | % | more_than
            имеющим 10 и менее работников | ru | 10 | NUMBER | 10 | | at_most
            қорға 3 млрд. ұлттық валютамен | kk | 3 млрд. | NUMBER | 3000000000 | | exact
            qorğa 3 mlrd. ūlttyq valiutamen | kk-Latn | 3 mlrd. | NUMBER | 3000000000 | | exact
            the words ``four Vice Chairmen'' | en | four | NUMBER | 4 | | exact
            "Albany, NY-MA ............ 17 .19% Albuquerque, NM" | en | 17 .19% | PERCENT | 17.19 | % | exact
            "Canton, OH ........... 17. 19% Columbus, OH" | en | 17. 19% | PERCENT | 17.19 | % | exact
            "Тошкент вилояти .......... 19. 60% Фарғона" | uz-Cyrl | 19. 60% | PERCENT | 19.6 | % | exact
            "Samarqand viloyati ........ 15 .91 % Buxoro" | uz-Latn | 15 .91 % | PERCENT | 15.91 | % | exact
            "Алматы ........... 12. 5% Астана" | ru | 12. 5% | PERCENT | 12.5 | % | exact
            "In 2019. 60% of people agreed" | en | 60% | PERCENT | 60 | % | exact
            o'n to'rt yoshgacha bo'lgan bola | uz-Latn | o'n to'rt | NUMBER | 14 | | at_most
            ўн тўрт ёшгача бўлган бола | uz-Cyrl | ўн тўрт | NUMBER | 14 | | at_most
            o'n sakkiz yoshga to'lmagan xodimlar | uz-Latn | o'n sakkiz | NUMBER | 18 | | less_than
            16 ёшга тўлмаган болалар | uz-Cyrl | 16 | NUMBER | 16 | | less_than
            haftasiga 40 dan ortiq bo'lishi mumkin emas | uz-Latn | 40 | NUMBER | 40 | | at_most
            ҳафтасига 40 дан ортиқ бўлиши мумкин эмас | uz-Cyrl | 40 | NUMBER | 40 | | at_most
            IT acquisitions more than $2.5M require a review | en | $2.5M | MONEY | 2500000 | USD | more_than
            "the fund saved $3.4B, mostly" | en | $3.4B | MONEY | 3400000000 | USD | exact
            a $500K contract for training | en | $500K | MONEY | 500000 | USD | exact
            a $15MM budget line | en | $15MM | MONEY | 15000000 | USD | exact
            an economy of $1.2T in 2020 | en | $1.2T | MONEY | 1200000000000 | USD | exact
            EUR 40M was committed | en | EUR 40M | MONEY | 40000000 | EUR | exact
            serving 40+ million customers | en | 40+ million | NUMBER | 40000000 | | more_than
            a budget of $3+ billion | en | $3+ billion | MONEY | 3000000000 | USD | more_than
            "from 40.5 percent in 1980 to 65.5 percent in 2005" | en | 65.5 percent | PERCENT | 65.5 | % | exact
            grew from 24 to 66 percent | en | 24 | PERCENT | 24 | % | exact
            "also known as the 60-day Review, it" | en | 60 | NUMBER | 60 | | exact
            a 10-year modernization plan | en | 10 | NUMBER | 10 | | exact
            a fine of 2000 dollars was paid | en | 2000 dollars | MONEY | 2000 | USD | exact
            "$5 million in constant 2019 dollars" | en | $5 million | MONEY | 5000000 | USD | exact
            """)
    void findsAndNormalizes(String text, String lang, String surface, String type, String value, String unit,
                            String qualifier) {
        assertFound(text, lang, surface, type, value, unit, qualifier);
    }

    /**
     * A number word in a case, governed by a qualifying postposition ({@code yuzga yaqin}: nearly 100), and a figure whose
     * case ending stands apart or after a hyphen ({@code 100 ga yaqin}, {@code 100-ga yaqin}); Russian genitive number
     * words after a qualifier ({@code около ста}).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            viloyatda yuzga yaqin korxona bor | uz-Latn | yuzga | NUMBER | 100 | | approx
            tumanda beshdan ortiq maktab ta'mirlandi | uz-Latn | beshdan | NUMBER | 5 | | more_than
            shaharda o'ndan ziyod bog' ochildi | uz-Latn | o'ndan | NUMBER | 10 | | more_than
            shaharda oʻndan ziyod bogʻ ochildi | uz-Latn | oʻndan | NUMBER | 10 | | more_than
            yigirmadan ko'proq loyiha | uz-Latn | yigirmadan | NUMBER | 20 | | more_than
            ikki yuzdan ortiq mutaxassis | uz-Latn | ikki yuzdan | NUMBER | 200 | | more_than
            hududda 100 ga yaqin tadbirkor | uz-Latn | 100 | NUMBER | 100 | | approx
            hududda 100-ga yaqin fermer | uz-Latn | 100 | NUMBER | 100 | | approx
            hududda 100ga yaqin fermer | uz-Latn | 100 | NUMBER | 100 | | approx
            hududda 100 nafarga yaqin fermer | uz-Latn | 100 | NUMBER | 100 | | approx
            hududda 100-dan ortiq fermer | uz-Latn | 100 | NUMBER | 100 | | more_than
            вилоятда юзга яқин корхона бор | uz-Cyrl | юзга | NUMBER | 100 | | approx
            туманда бешдан ортиқ мактаб | uz-Cyrl | бешдан | NUMBER | 5 | | more_than
            шаҳарда ўндан зиёд боғ | uz-Cyrl | ўндан | NUMBER | 10 | | more_than
            икки юздан ортиқ мутахассис | uz-Cyrl | икки юздан | NUMBER | 200 | | more_than
            ҳудудда 100 га яқин тадбиркор | uz-Cyrl | 100 | NUMBER | 100 | | approx
            ҳудудда 100-га яқин тадбиркор | uz-Cyrl | 100 | NUMBER | 100 | | approx
            облыста жүзге жуық кәсіпорын бар | kk | жүзге | NUMBER | 100 | | approx
            ауданда беске жуық мектеп | kk | беске | NUMBER | 5 | | approx
            қалада оннан астам саябақ | kk | оннан | NUMBER | 10 | | more_than
            жобаға екі жүзден астам маман қатысты | kk | екі жүзден | NUMBER | 200 | | more_than
            oblysta júzge jýyq kásiporyn bar | kk-Latn | júzge | NUMBER | 100 | | approx
            qalada onnan astam saıabaq | kk-Latn | onnan | NUMBER | 10 | | more_than
            работает около ста предприятий | ru | ста | NUMBER | 100 | | approx
            отремонтировано более пяти школ | ru | пяти | NUMBER | 5 | | more_than
            открыто свыше двадцати парков | ru | двадцати | NUMBER | 20 | | more_than
            участвовали около двухсот специалистов | ru | двухсот | NUMBER | 200 | | approx
            около сорока пяти человек | ru | сорока пяти | NUMBER | 45 | | approx
            dasturda to'rt yo'nalish bor | uz-Latn | to'rt | NUMBER | 4 | | exact
            dasturda to‘rt yo‘nalish bor | uz-Latn | to‘rt | NUMBER | 4 | | exact
            dasturda to’rt yo’nalish bor | uz-Latn | to’rt | NUMBER | 4 | | exact
            dasturda toʻrt yoʻnalish bor | uz-Latn | toʻrt | NUMBER | 4 | | exact
            dasturda toʼrt yoʼnalish bor | uz-Latn | toʼrt | NUMBER | 4 | | exact
            dasturda to`rt yo`nalish bor | uz-Latn | to`rt | NUMBER | 4 | | exact
            to'rtdan ortiq yo'nalish | uz-Latn | to'rtdan | NUMBER | 4 | | more_than
            дастурда тўрт йўналиш бор | uz-Cyrl | тўрт | NUMBER | 4 | | exact
            """)
    void numberWordsInACaseWithTheirQualifier(String text, String lang, String surface, String type, String value,
                                              String unit, String qualifier) {
        assertFound(text, lang, surface, type, value, unit, qualifier);
    }

    /** A case ending without a qualifying postposition, the word one, and ordinals give no figure. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            u yuzga qaradi | uz-Latn
            olma beshga bo'lindi | uz-Latn
            birdan ortiq usul | uz-Latn
            beshinchi bosqichda | uz-Latn
            у юзга қаради | uz-Cyrl
            бирдан ортиқ усул | uz-Cyrl
            бешинчи босқичда | uz-Cyrl
            бесінші кезеңде | kk
            онда бес емес | kk
            біреуден астам | kk
            более одного раза | ru
            на пятом этапе | ru
            """)
    void caseEndingsAloneOneAndOrdinalsAreNoFigures(String text, String lang) {
        List<Candidate> found = find(text, Language.fromCode(lang));
        List<Candidate> figures = found.stream().filter(c -> !c.span().of(text).equals("бес")).toList();
        assertTrue(figures.isEmpty(), () -> "unexpected " + Texts.surfaces(text, found));
    }

    private void assertFound(String text, String lang, String surface, String type, String value, String unit,
                             String qualifier) {
        List<Candidate> found = find(text, Language.fromCode(lang));
        Candidate c = Texts.bySurface(text, found, surface).orElseThrow(
                () -> new AssertionError("no '" + surface + "' in " + Texts.surfaces(text, found)));
        assertEquals(type, c.type().name());
        assertEquals(value, c.value().normalized());
        assertEquals(unit == null ? "" : unit, c.value().unit());
        assertEquals(qualifier, c.qualifier().code());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Presidential Decree No. PF-6079 approving | en
            adjusted to fiscal year 2005 dollars to account for inflation | en
            prices in constant 2019 dollars | en
            totals are given in real 2010 dollars | en
            all figures are in 2015 dollars | en
            Resolution No. 17 of the Cabinet | en
            Закон № 1468 принят | ru
            утвержден г. N 1468 | ru
            Vazirlar Mahkamasining 617-son qarori | uz-Latn
            as noted earlier [3]. | en
            "[1]. Cabinet of Ministers" | en
            "1. Resolution of the Cabinet" | en
            "  2) second item" | en
            The 21st century and first phase | en
            2-modda va 5-band | uz-Latn
            write to hurshida0310855@gmail.com | en
            see https://t.me/Press_Secretary_Uz/2925 | en
            call +998 71 123-45-67 now | en
            see p. 12 and pp. 3–5 | en
            under Article 5 and Section 2(a) | en
            согласно статья 5 и пункта 2 | ru
            The IT-2030 plan and COVID-19 and A4 paper | en
            meeting at 10:30 | en
            version 1.2.3 | en
            on 10.01.2019 | en
            one of the countries | en
            "In 2025, the platform opened." | en
            between 2020 and 2022 | en
            Since the early 2000s | en
            "59 FR 1234 and 3 U.S.C. 301" | en
            "see 42 USC, 133 Stat. and 40 CFR" | en
            "Marbury, 5 U.S. and Brown, 11 U.S.C.M.A." | en
            Бап 5 және тармақ 2 | kk
            Тарау 3 және бөлім 4 | kk
            bap 5 jáne tarmaq 2 | kk-Latn
            боби 5 | uz-Cyrl
            сағат 10 мен сұрақ 3 | kk
            saǵat 10 men suraq 3 | kk-Latn
            "2019 және 2020" | kk
            "2019 nemese 2020" | kk-Latn
            "2019 жылы" | kk
            "2019 jyly" | kk-Latn
            Восточно-Казахстанской - 9О | ru
            ikki yuz | uz-Latn
            03/21/683/0375-son | uz-Latn
            "sections 5303, 5318, and 5382 of title 5" | en
            "(28 U.S.C. 5, 44(d), 135, 252, and 461(a))" | en
            "section 251(b)(2)(A)(i) of the Act" | en
            "[Pages 309-318]" | en
            "[FR Doc No: 94-32388]" | en
            ҳар йили 1 июлга қадар | uz-Cyrl
            "ТАШКЕНТ, 16 фев — Sputnik." | ru
            Executive Summary ............................ 4 | en
            Введение .................. 12 | ru
            Kirish ………… 7 | uz-Latn
            "АСТАНА, 3 дек. — новости" | ru
            указанных в статьях 5,6,7,8 и 9 Закона | ru
            Option 5 B and Tier 3 M apply | en
            "the 21-st century, a 3-D model and 4-H clubs" | en
            2-й этап и 3-я очередь | ru
            """)
    void rejectsWhatIsNotAFigure(String text, String lang) {
        List<Candidate> found = find(text, Language.fromCode(lang));
        List<Candidate> figures = found.stream().filter(c -> !c.span().of(text).equals("ikki yuz")).toList();
        assertTrue(figures.isEmpty() || text.equals("ikki yuz") && figures.isEmpty(),
                () -> "unexpected " + Texts.surfaces(text, found));
    }

    /** A year between a rate and the next rate is no first bound of a range of rates ({@code in 1980 to 65.5 percent}). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "imports grew from 40.5 percent of supply in 1980 to 65.5 percent in 2005" | 40.5;65.5
            "rates rose from 40.5% in 1980 to 65.5% in 2005" | 40.5;65.5
            "the share fell from 12 per cent in 2019 - 9 per cent in 2020" | 12;9
            """)
    void yearBeforeARateIsNoRate(String text, String rates) {
        List<String> found = find(text, Language.EN).stream().filter(c -> c.type().name().equals("PERCENT"))
                .map(c -> c.value().normalized()).toList();
        assertEquals(List.of(rates.split(";")), found);
    }
}
