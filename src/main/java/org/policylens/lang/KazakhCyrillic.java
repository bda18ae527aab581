package org.policylens.lang;

import org.policylens.model.Language;

/**
 * Kazakh in the Cyrillic alphabet. Old act texts type Kazakh і as a Latin i and, in an old code page, қ ғ ң ө as
 * ќ ѓ њ љ ({@code жылѓы}); the character classes accept both.
 */
final class KazakhCyrillic {
    private static final String Q = "[қќ]";
    private static final String G = "[ғѓ]";
    private static final String NG = "[ңњ]";
    private static final String I = "[іi]";

    static final Vocabulary VOCABULARY = Vocabulary.of(Language.KK)
            .identifying("және мен үшін бойынша туралы осы")
            .stopWords("және мен үшін бойынша туралы осы бұл ол жыл жылы жылғы жылдың мың млн млрд трлн пайыз "
                    + "процент теңге шамамен астам кемінде дейін бастап арналған сәйкес")
            // case endings follow the name: наурыздағы, қаңтарынан, қарашаға, сәуірден
            .months(Q + "а" + NG + "тар|а" + Q + "пан|наурыз|сәу" + I + "р|мамыр|маусым|ш" + I + "лде|тамыз|" + Q
                            + "ыркүйек|" + Q + "азан|" + Q + "араша|желто" + Q + "сан", "\\p{L}{1,7}+",
                    // маусым is June, not the Russian ма- of May
                    "қаң|ќаң|ќањ", "ақп|аќп", "наур", "сәу", "мамыр", "маус", "шілд|шiлд", "тамыз", "қырк|ќырк",
                    "қазан|ќазан", "қараш|ќараш", "желт")
            .yearWords("жыл(?!дар)\\p{L}*+|ж\\.|ж(?![\\p{L}.])", "жыл" + G + "ы|жылгы|жылды" + NG + "|ж\\.")
            // 1990 жылдары, 1990-жылдарда (in the 1990s)
            .decadeForms("\\s*+-?\\s*+(?:шы\\s++)?жылдар\\p{L}*+")
            .datePostposition("before", "аяғына\\s++дей" + I + "н|" + Q + "арай")
            .datePostposition("until", "дей" + I + "н(?:г" + I + ")?")
            .datePostposition("after", "бастап")
            // ж. (жыл, year), млн. теңге, т.б. (and so on)
            .abbreviations("ж мың млн млрд трлн бап тарм", "т.б")
            .connectors("және|немесе", "")
            // сағат 10, сұрақ 3 (hour, question): labels, not figures; not қатар (row), which also makes сонымен
            // қатар (moreover) before a figure
            .numberLabels("са" + G + "ат|сұра" + Q)
            // Бап 5, тармақ 2, тарау 3 (article, clause, sub-clause, chapter, section): positions, never figures; not
            // қосымша, which is "appendix" but also "additional" (қосымша 5 млрд теңге)
            .referenceWords("бап|бабы|тарма[қғ]\\p{L}*+|тарау\\p{L}*+|бөл" + I + "м\\p{L}*+", "")
            // 2019 және 2020, 2019 немесе: the number counts nothing
            .nonNouns("және немесе")
            // 2019 жыл, 2019-жылы: a year, not a count
            .yearNounsAfter("жыл\\p{L}*+|-жыл\\p{L}*+")
            .scale(3, "мың\\p{L}*+")
            .currency("kzt", "те" + NG + "ге\\p{L}*+")
            .percentWords("пайыз\\p{L}*+")
            .qualifierBefore("atLeast", "кем" + I + "нде|кем\\s++дегенде")
            .qualifierBefore("atMost", "ең\\s++көб" + I)
            .qualifierBefore("approx", "шамамен")
            .qualifierAfter("atLeast", "және\\s++одан\\s++(?:да\\s++)?көп|жастан(?=\\s++\\d)")
            .qualifierAfter("atMost", "жас" + Q + "а\\s++(?:толғанға\\s++)?дей" + I + "н(?:г" + I + ")?|аспау\\p{L}*+")
            .qualifierAfter("lessThan", "жас" + Q + "а\\s++толма" + G + "ан")
            .qualifierAfter("moreThan", "астам|артық|асып")
            .qualifierAfter("approx", "жуық|шамасында")
            // жүзге жуық, беске жуық (nearly 100, 5); оннан астам, жүзден астам (more than 10, 100)
            .numberCaseEndings("ға ге қа ке дан ден тан тен нан нен", "")
            // бір (one) is no figure; тоқсан (ninety) is also "a quarter" (тоқсан сайын)
            .number(2, "екі", "екi")
            .number(3, "үш")
            .number(4, "төрт")
            .number(5, "бес")
            .number(6, "алты")
            .number(7, "жеті", "жетi")
            .number(8, "сегіз", "сегiз")
            .number(9, "тоғыз")
            .ownNumber(10, "он") // ten in Kazakh text only: elsewhere the Russian "he"
            .number(20, "жиырма")
            .number(30, "отыз")
            .number(40, "қырық")
            .number(50, "елу")
            .number(60, "алпыс")
            .number(70, "жетпіс")
            .number(80, "сексен")
            .number(100, "жүз")
            .actType("KZ-PP-", Q + "аулы\\p{L}*+")
            .actType("KZ-UKAZ-", "жарлы" + Q + "|жарлы" + G + "\\p{L}*+")
            .actType("KZ-LAW-", "за" + NG + "(?:ы|ымен|ына|ының|ын)")
            .programNames("бағдарлам жоба жобасы стратеги тұжырымдам бастама",
                    "бағдарлам бағдарламасы жоба жобасы ұлттық мемлекеттік тұжырымдама бастама",
                    "ның нің дың дің тың тің ға қа")
            // «Жайлы мектеп» жаңа ұлттық жобасы: new, national, state
            // the name model was not trained on Kazakh: a quoted name before these cues is a programme
            .quotedNameCues("бағдарлам жоба стратеги тұжырымдам бастама")
            .cueModifiers("жаңа ұлттық мемлекеттік")
            .cueFollowsName()
            .genericNameWords("бағдарлам")
            // 1990 жылдардың ортасында, 2000 жылдардың басында, 1980 жылдардың соңында
            .decadeParts("", "(?:ортасы|басы|соңы|аяғы)\\p{L}*+")
            .genericPlans("стратегиял\\p{L}*+\\s++жоспар\\p{L}*+")
            // a name headed by one of these names an organisation, not its programme
            .organisationWords("агенттіг* агенттік* қауымдастығ* қауымдастық* консорциум* институт* комитет* кеңес* корпорация* серіктестіг* серіктестік* одақ* одағ* министрлі*")
            .actHeading("KZ-PP-", "Қазақстан\\s+Республикасы\\s+Үкіметінің\\s+қаулысы")
            // 2020 жылдың бірінші жартыжылдығы, 2020 жылғы үшінші тоқсанда (тоқсан alone is ninety: only after an ordinal)
            .yearParts("жарты\\s?+жылды[қғ]\\p{L}*+", "то[қќ]сан\\p{L}*+", "б" + I + "р" + I + "нш" + I, "ек" + I + "нш" + I,
                    "үш" + I + "нш" + I, "төрт" + I + "нш" + I)
            .currencySign("kzt", "₸")
            .countryName("kz", "Қазақстан")
            .pageWords("бет", "")
            // how a document names its own type (Жарлығы, қаулысы, Заңы); 1-бап. builds laws; Ескерту. is a footnote
            .documentType("decree", "\\bжарлы[қќғѓ]")
            .documentType("resolution", "\\b" + Q + "аулы")
            .documentType("law", "\\bза" + NG + "ы?\\b")
            .articleHeadings("", "бап")
            .documentCueStarts("жарлы|қаулы|ќаулы|заң|зањ")
            .footnoteHeadings("Ескерту")
            .build();

    private KazakhCyrillic() {
    }
}
