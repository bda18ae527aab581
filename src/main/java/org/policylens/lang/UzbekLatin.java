package org.policylens.lang;

import org.policylens.model.Language;

/** Uzbek in the Latin alphabet (apostrophes as typed: finders match a view with one apostrophe). */
final class UzbekLatin {
    static final Vocabulary VOCABULARY = Vocabulary.of(Language.UZ_LATN)
            .identifying("va bilan uchun hamda yil yilda ushbu boʻyicha bo‘yicha bo'yicha etish qilish boʻlgan "
                    + "bo‘lgan bo'lgan toʻgʻrisida to‘g‘risida to'g'risida kerak emas esa qilib mazkur oid")
            .stopWords("va bilan uchun bo‘yicha bo'yicha boʻyicha ming mln mlrd trln million milliard trillion foiz "
                    + "ortiq kam taxminan qadar gacha ham esa bu u yil yili yilda "
                    // function words: "according to", "if", "being", "by", "within", "this", "all"
                    + "ko'ra bo'lsa bo'lgan bo'ladi bo'lib bo'lishi etib qilib qilish etish etilgan qilingan "
                    + "hisoblanadi kerak orqali hamda yoki agar ushbu mazkur shu barcha har emas keyin so'ng tomonidan "
                    + "doirasida asosida holatiga amalga oshirish oshirishga oshirilsin oshirildi oshiriladi")
            .months("yanvar|fevral|mart|aprel|may|iyun|iyul|avgust|sentabr|sentyabr|oktabr|oktyabr|noyabr|dekabr",
                    "dagi|da|dan|gacha|ga|ning|ni|idagi|ida|idan|igacha|iga|i", // yanvaridan: possessive, then case
                    "yan", "fev", "mar", "apr", "may", "iyun", "iyul", "avg", "sen", "okt", "noy", "dek")
            .yearWords("yil", "yil(?:ning|i)?")
            .scale(3, "ming\\p{L}*+")
            .scale(6, "million\\p{L}*+")
            .scale(9, "milliard\\p{L}*+")
            .scale(12, "trillion\\p{L}*+")
            .currency("usd", "AQSH\\s++dollar\\p{L}*+|dollar\\p{L}*+")
            .currency("uzs", "so'm\\p{L}*+")
            .currency("rub", "rubl\\p{L}*+")
            .currency("eur", "yevro")
            .percentWords("foiz\\p{L}*+")
            .numberSuffixes("tadan|tagacha|ta|dan|gacha")
            .limits("gacha", "ga\\s++to'lmagan")
            .qualifierBefore("atLeast", "kamida|eng\\s++kamida")
            .qualifierBefore("atMost", "ko'pi\\s++bilan")
            .qualifierBefore("approx", "qariyb|taxminan|deyarli|salkam")
            // 2020-yildan boshlab, 2019/2020 o'quv yilidan boshlab (from)
            .datePostposition("after", "(?:o'quv\\s++yil\\p{L}*+\\s++)?(?:boshlab|beri|buyon)")
            // 2030-yilga, 2030-yilgacha (by); 2019-yildan (from)
            .dateEnding("before", "ga|gacha")
            .dateEnding("after", "dan")
            // 2020-yil oxiriga qadar: a deadline; ... qadar amal qiladi: in force until
            .deadlineWords("(?:(?:oxiri|yakuni)\\p{L}*+\\s++)?qadar|oxirigacha", "amal\\s++qil|davom\\s++et|muddatga")
            .abbreviations("yil y ming mln mlrd trln m b", "")
            // Sh. Mirziyoyev, G'. Toshmatov; dj and ju of the older transliteration (Dj. Rahimov)
            .initialDigraphs("yo yu ya sh ch g' o' dj ju")
            .subjects("va bilan uchun esa ham yoki qariyb taxminan kamida yil yilda tashkil etdi etadi",
                    "tashkil etdi etadi qildi yetdi oshdi qariyb taxminan kamida miqdorida",
                    "nafar ta dona ming", "")
            .actTitles("yil yilgi yildagi sanasi", "gi dagi")
            .connectors("va|yoki", "dan")
            .numberLabels("soat|savol|qator")
            .number(0, "nol")
            .number(1, "bir")
            .number(2, "ikki")
            .number(3, "uch")
            .number(4, "to'rt")
            .number(5, "besh")
            .number(6, "olti")
            .number(7, "yetti")
            .number(8, "sakkiz")
            .number(9, "to'qqiz")
            .number(10, "o'n")
            .number(20, "yigirma")
            .number(30, "o'ttiz")
            .number(40, "qirq")
            .number(50, "ellik")
            .number(60, "oltmish")
            .number(70, "yetmish")
            .number(80, "sakson")
            .number(90, "to'qson")
            .number(100, "yuz")
            .programNames("dastur loyiha konsepsiya tashabbus",
                    "dastur strategiya loyiha konsepsiya tashabbus platforma davlat",
                    "ning dagi dan da ga ni")
            // quoted names before these cues without the model, as in Uzbek Cyrillic
            .quotedNameCues("dastur loyiha tashabbus konsepsiya strategiya tizim harakat platforma")
            .cueModifiers("davlat milliy elektron axborot umumxalq yangi")
            .cueDerivations("iy chi")
            .cueFollowsName()
            .genericNameWords("dastur")
            // 1990-yillar o'rtalarida, 2000-yillar boshida, 1980-yillar oxirida
            .decadeParts("", "(?:o'rtalar|o'rtasi|boshlar|boshi|oxirlar|oxiri)\\p{L}*+")
            .genericPlans("strategik\\s++reja\\p{L}*+")
            // a name headed by one of these names an organisation, not its programme
            .organisationWords("agentli* uyushma* assotsiatsiya* institut* konsorsium* konsortsium* qo'mita* kengash* korporatsiya* ittifoq* jamg'arma* vazirli*")
            .actHeading("VMQ-", "Vazirlar\\s+Mahkamasining\\s+qarori")
            .actHeading("PQ-", "Prezidentining\\s+qarori")
            .actHeading("PF-", "Prezidentining\\s+farmoni")
            // 2020 yilning birinchi yarim yilligi, 2020-yilning to'rtinchi choragi (-da, -ida: in it)
            .yearParts("yarim\\s++yil(?:lik|lig)\\p{L}*+", "chora[kg]\\p{L}*+", "birinchi", "ikkinchi", "uchinchi",
                    "to'rtinchi")
            .actSeries("PF", "PF").actSeries("PQ", "PQ PK").actSeries("ORQ", "O'RQ ORQ").actSeries("VMQ", "VMQ VMK")
            // PQ-282-son qarori, O'RQ-683-sonli Qonuni
            .actNumberSuffixes("son(?:li)?", "farmon|qaror|qonun|farmoyish")
            // 1990-yillar, 1990-yillarda
            .decadeForms("\\s*+-?\\s*+yillar\\p{L}*+")
            .yearNouns("", "yillar\\p{L}*+")
            .yearAbbreviations("y\\.")
            .pluralSuffixes("lar")
            // ikkita (two, counted), uchtadan (three each), o'ntagacha (up to ten)
            .countingSuffixes("tadan tagacha ta")
            // Toshkent sh. over the date and the number at the foot of an act
            .signature("Toshkent", "sh")
            .clauseConjunctions("va|ammo|lekin")
            // 100 nafardan ortiq (more than 100), 80 foizdan kam bo'lmagan (not less than 80%), 5 foizdan oshmagan
            .comparisonWords("dan", "bo'lmagan|emas|bo'lishi\\s++mumkin\\s++emas|bo'lmasligi")
            .comparison("moreThan", "ortiq|ko'p|oshiq|ziyod").comparison("atMost", "oshmagan").comparison("lessThan", "kam")
            // 100 ga yaqin, yuzga yaqin (nearly 100); beshdan ortiq, o'ndan ziyod (more than 5, 10)
            .comparison("approx", "yaqin")
            .numberCaseEndings("ga ka qa dan", "ga|ka|qa")
            .actKind("resolution", "qaror").actKind("law", "qonun")
            .issuer("cabinet", "Vazirlar\\s+Mahkamasi")
            .countryTitle("uz", "Respublikasi")
            .countryName("kz", "Qozog'iston").countryName("uz", "O'zbekiston")
            .actParts("ilova|band|modda|qism")
            // 3-modda, 2-band, ilova, qaror: references and positions, never figures
            .referenceWords("modda|moddasi|band|bandi|bob|bobi|ilova|qaror|farmon", "modda|band|bob")
            .nonNouns("va yoki")
            .yearNounsAfter("yil\\p{L}*+|-yil\\p{L}*+")
            // 2020-yil 5-oktabrdagi PF-6079; (PF-6079-son, 05.10.2020 y.)
            .actDates("yildagi|y\\.", "", "y\\.|yil")
            // foydalanuvchi ro'yxatdan o'tdi: case and verb suffixes end a subject phrase
            .inflections("dan ga da ni ning di gan moqda")
            // «A» strategiyasini «B»: a cue in the accusative or genitive belongs to the name before it
            .cueCaseEndings("ni ning")
            // Farmon, qarori, Qonun, Kodeks, Hisobot; Modda 5. and 5-modda.
            .documentType("decree", "\\bFarmon")
            .documentType("resolution", "\\bqarori?\\b")
            .documentType("law", "\\bQonun|\\bKodeks")
            .documentType("report", "\\bHisobot")
            .articleHeadings("Modda", "modda")
            .documentCueStarts("farmon|qaror|qonun|kodeks|hisobot|modda")
            .footnoteHeadings("Izoh")
            .apparatus("Annotatsiya", "annotatsiya", "Kalit\\s+so.zlar", "kalit",
                    "(?:Foydalanilgan\\s+)?Adabiyotlar(?:\\s+ro['‘’ʻ]yxati)?",
                    "adabiyotlar")
            .pageWords("sahifa|bet", "")
            // 60 foizga oshirish, 2 baravar; 60 foizgacha, 60 foizga yetkazish; yotqizilsin, rejalashtirilgan (plan);
            // qurildi, boshlangan at a sentence's end (result)
            .figureCues(new Vocabulary.FigureCues("oshir|ko'pay|kopay|kamay|qisqar|qisqart", "", "baravar", "ga",
                    "foiz\\p{L}*", "", "foiz|ming", "gacha|ga\\s+yetka",
                    "rejalashtir\\p{L}*|ko'zda tut\\p{L}*|nazarda tut\\p{L}*|\\p{L}+(?:il|l|in|n)sin|"
                    // a decision setting a target is a plan, though its verb is past (belgilandi)
                    + "belgila\\p{L}*|tasdiqla\\p{L}*", "\\p{L}+(?:il|in|l|n)di", "gan"))
            .build();

    private UzbekLatin() {
    }
}
