package org.policylens.lang;

import org.policylens.model.Language;

/** Uzbek in the Cyrillic alphabet; its month names are the Russian ones, with Uzbek suffixes. */
final class UzbekCyrillic {
    static final Vocabulary VOCABULARY = Vocabulary.of(Language.UZ_CYRL)
            .stopWords("ва билан учун бўйича минг млрд трлн фоиз ортиқ кам тахминан қадар гача ҳам эса бу у йил йили")
            .months("январ|феврал|март|апрел|май|июн|июл|август|сентябр|октябр|ноябр|декабр",
                    "даги|да|дан|гача|га|нинг|ни|идаги|ида|идан|игача|ига|и", // январидан: possessive, then case
                    "янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")
            .yearWords("йил", "йил(?:нинг|и)?")
            .scale(3, "минг\\p{L}*+")
            .currency("usd", "АҚШ\\s++доллар\\p{L}*+")
            .currency("uzs", "сўм\\p{L}*+")
            .percentWords("фоиз\\p{L}*+")
            .numberSuffixes("тадан|тагача|та|дан|гача")
            .limits("гача", "га\\s++тўлмаган")
            .qualifierBefore("atLeast", "камида|энг\\s++камида")
            .qualifierBefore("atMost", "кўпи\\s++билан")
            .qualifierBefore("approx", "тахминан|қарийб|деярли|салкам")
            .datePostposition("after", "(?:ўқув\\s++йил\\p{L}*+\\s++)?(?:бошлаб|бери|буён)")
            .dateEnding("before", "га|гача")
            .dateEnding("after", "дан")
            .deadlineWords("(?:(?:охири|якуни)\\p{L}*+\\s++)?қадар|охиригача", "амал\\s++қил|давом\\s++эт|муддатга")
            .abbreviations("й йил минг", "")
            .subjects("ва билан учун эса ҳам ёки қарийб тахминан камида йил йилда ташкил этди этади",
                    "ташкил этди этади қилди етди ошди қарийб тахминан камида миқдорида",
                    "нафар та дона минг", "")
            .actTitles("й йил йилги йилдаги санаси", "ги даги")
            .connectors("ва|ёки", "дан")
            .numberLabels("соат|савол|қатор")
            .number(1, "бир")
            .number(2, "икки")
            .number(3, "уч")
            .number(4, "тўрт")
            .number(5, "беш")
            .number(6, "олти")
            .number(7, "етти")
            .number(8, "саккиз")
            .number(9, "тўққиз")
            .number(10, "ўн")
            .number(20, "йигирма")
            .number(30, "ўттиз")
            .number(40, "қирқ")
            .number(50, "эллик")
            .number(60, "олтмиш")
            .number(70, "етмиш")
            .number(80, "саксон")
            .number(90, "тўқсон")
            .number(100, "юз")
            .programNames("дастур лойиҳа ташаббус",
                    "дастур стратегия лойиҳа концепция ташаббус платформа давлат",
                    "нинг даги дан да га ни")
            // a name is quoted and its cue follows: «Беш ташаббус» лойиҳаси, «Электрон парламент» тизими
            .quotedNameCues("дастур лойиҳа ташаббус концепция стратегия тизим ҳаракат")
            .cueModifiers("давлат миллий электрон ахборот умумхалқ янги")
            .cueDerivations("ий чи")
            .cueFollowsName()
            .genericNameWords("дастур")
            // 1990-йиллар ўрталарида, 2000-йиллар бошида, 1980-йиллар охирида
            .decadeParts("", "(?:ўрталар|ўртаси|бошлар|боши|охирлар|охири)\\p{L}*+")
            .genericPlans("стратегик\\s++режа\\p{L}*+")
            // a name headed by one of these names an organisation, not its programme
            .organisationWords("агентли* уюшма* ассоциация* институт* консорциум* қўмита* кенгаш* корпорация* иттифоқ* жамғарма* вазирли*")
            .actHeading("VMQ-", "Вазирлар\\s+Ма[ҳх]камасининг\\s+[қк]арори")
            .actHeading("PQ-", "Президентининг\\s+[қк]арори")
            .actHeading("PF-", "Президентининг\\s+фармони")
            // 2020 йилнинг биринчи ярим йиллиги, 2020 йилнинг тўртинчи чораги
            .yearParts("ярим\\s++йил(?:лик|лиг)\\p{L}*+", "чора[кг]\\p{L}*+", "биринчи", "иккинчи", "учинчи",
                    "тўртинчи")
            .actSeries("PF", "ПФ").actSeries("PQ", "ПҚ ПК").actSeries("ORQ", "ЎРҚ ЎРК").actSeries("VMQ", "ВМҚ ВМК")
            // ПҚ-282-сон Қарори, ПФ-16-сонли фармони (қарор also typed карор)
            .actNumberSuffixes("сон(?:ли)?", "фармон|қарор|қонун|фармойиш|карор|конун")
            // 1990-йиллар, 1990-йилларда
            .decadeForms("\\s*+-?\\s*+йиллар\\p{L}*+")
            .yearNouns("", "йиллар\\p{L}*+")
            // й alone is no Uzbek word, so its period may be lost
            .yearAbbreviations("й\\.?")
            .pluralSuffixes("лар")
            .countingSuffixes("тадан тагача та")
            .signature("Тошкент", "ш")
            .clauseConjunctions("ва|аммо|лекин")
            .comparisonWords("дан", "бўлмаган|эмас|бўлиши\\s++мумкин\\s++эмас|бўлмаслиги")
            .comparison("moreThan", "ортиқ|кўп|ошиқ|зиёд").comparison("atMost", "ошмаган").comparison("lessThan", "кам")
            // 100 га яқин, юзга яқин (nearly 100); бешдан ортиқ, ўндан зиёд (more than 5, 10)
            .comparison("approx", "яқин")
            .numberCaseEndings("га ка қа дан", "га|ка|қа")
            .actKind("resolution", "[қк]арор").actKind("law", "қонун")
            .issuer("cabinet", "Вазирлар\\s+Ма[ҳх]камаси")
            .countryTitle("uz", "Республикаси")
            .countryName("uz", "Ўзбекистон")
            .actParts("илова|модда")
            // 3-модда, 2-банд, илова, қарор: references and positions, never figures
            .referenceWords("модда|моддаси|банд|банди|боб|боби|илова|қарор|фармон", "")
            .nonNouns("ва ёки")
            .yearNounsAfter("йил\\p{L}*+|-йил\\p{L}*+")
            // 2020 йил 5 октябрдаги ПФ-6079; (ПФ–6079-сон, 05.10.2020 й.)
            .actDates("йилдаги|й\\.", "", "й\\.|йил")
            .inflections("дан га да ни нинг ди ган моқда")
            // «A» стратегиясини «B»
            .cueCaseEndings("ни нинг")
            // Фармон, қарори, Қонун; Модда 5. and 5-модда.
            .documentType("decree", "\\bФармон")
            .documentType("resolution", "\\bқарори?\\b")
            .documentType("law", "\\bҚонун")
            .articleHeadings("Модда", "модда")
            .documentCueStarts("фармон|қарор|қонун|модда")
            .footnoteHeadings("Изоҳ")
            .apparatus("Аннотация", "аннотация", "Калит\\s+сўзлар", "калит",
                    "Адабиётлар(?:\\s+рўйхати)?", "адабиётлар")
            .pageWords("сахифа|саҳифа|бет", "")
            // 60 фоизга ошириш, 2 баравар; 60 фоизгача, 60 фоизга етказиш; -син (plan); -ди, -ган at a sentence's end
            .figureCues(new Vocabulary.FigureCues("ортир|ошир|кўпай|копай|камай|қисқар|кисқар", "", "баравар", "га",
                    "фоиз\\p{L}*", "", "фоиз|минг", "гача|га\\s+етка",
                    "режалаштир\\p{L}*|кўзда тут\\p{L}*|назарда тут\\p{L}*|\\p{L}+(?:ил|л|ин|н)син|белгила\\p{L}*|"
                    + "тасдиқла\\p{L}*", "\\p{L}+(?:ил|ин|л|н)ди", "ган"))
            .build();

    private UzbekCyrillic() {
    }
}
