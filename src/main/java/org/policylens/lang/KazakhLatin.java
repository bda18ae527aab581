package org.policylens.lang;

import org.policylens.model.Language;

/**
 * Kazakh in the Latin alphabet: the 2021 standard (ä ğ ñ ö ū ü ş ı) and the 2018 acute-accent alphabet the
 * published Latin texts use (á ǵ ń ó ú ý ı, sh, ch); zanorda.kz types a Cyrillic і inside Latin words, and the
 * older abai.kz transliteration writes ғ as gh, ң as ng, й as y and keeps a Cyrillic ә ({@code jylghy}).
 */
final class KazakhLatin {
    private static final String I = "[iıі]";
    private static final String G = "(?:[ǵğ]|gh?)";
    private static final String NG = "(?:[ńñ]|ng)";
    private static final String U = "[ýu]";

    static final Vocabulary VOCABULARY = Vocabulary.of(Language.KK_LATN)
            .identifying("jáne jäne men úshin üşin boıynsha boiynşa týraly turaly osy")
            .stopWords("jáne jäne men úshin üşin boıynsha boiynşa týraly turaly osy bul ol jyl jyly jylǵy jylğy "
                    + "myń myñ mln mlrd trln paıyz paiyz teńge teñge shamamen şamamen astam keminde deıin deiin bastap")
            .months("qa" + NG + "tar|aqpan|na" + U + "ryz|s[áäә]" + U + I + "r|mamyr|ma" + U + "sym|[sş]h?" + I + "lde|tamyz"
                            + "|qyrk[úüuý][ıiy]ek|qazan|qara[sş]h?a|jeltoqsan", "\\p{L}{1,7}+",
                    "qań|qañ|qang", "aqp", "naur|naýr", "sáý|säu|sәu", "mamyr", "maus|maýs", "shild|şild|shіld", "tamyz",
                    "qyrk", "qazan", "qarash|qaraş", "jelt")
            .yearWords("jyl(?!dar)\\p{L}*+|j\\.", "jyl" + G + "y|jyldy" + NG + "|j\\.")
            // 1990 jyldary, 1990-jyldarda (in the 1990s)
            .decadeForms("\\s*+-?\\s*+(?:shy\\s++)?jyldar\\p{L}*+")
            .datePostposition("before", "a[ıiy]a" + G + "yna\\s++de[ıiy][ıi]n|qara[ıiy]")
            .datePostposition("until", "de[ıiy][ıi]n(?:g" + I + ")?")
            .datePostposition("after", "bastap")
            .abbreviations("j myń myñ mln mlrd trln", "t.b")
            .connectors("jáne|jäne|nemese", "")
            // saǵat 10, suraq 3 (hour, question): labels, not figures; not qatar (row: sonymen qatar, moreover)
            .numberLabels("sa" + G + "at|s[uū]raq")
            // Bap 5, tarmaq 2, taraý 3 (article, clause, sub-clause, chapter, section): positions, never figures; not
            // qosymsha, which is "appendix" but also "additional" (qosymsha 5 mlrd teńge)
            .referenceWords("bap|baby|tarma[qǵğg]\\p{L}*+|tara[ýuw]\\p{L}*+|b[óö]l" + I + "m\\p{L}*+", "")
            // 2019 jáne 2020, 2019 nemese: the number counts nothing
            .nonNouns("jáne jäne nemese")
            // 2019 jyl, 2019-jyly: a year, not a count
            .yearNounsAfter("jyl\\p{L}*+|-jyl\\p{L}*+")
            .scale(3, "my" + NG + "\\p{L}*+")
            .currency("kzt", "te" + NG + "ge\\p{L}*+")
            .percentWords("pa[ıiy]yz\\p{L}*+")
            .qualifierBefore("atLeast", "kem" + I + "nde")
            .qualifierBefore("approx", "[sş]h?amamen")
            .qualifierAfter("moreThan", "astam|artyq|asyp")
            .qualifierAfter("approx", "juyq|jýyq|[sş]h?amasynda")
            // júzge jýyq, beske juyq (nearly 100, 5); onnan astam (more than 10): 2018 ǵ and 2021 ğ
            .numberCaseEndings("ǵa ğa ge qa ke dan den tan ten nan nen", "")
            // bir (one) is no figure; on (ten) is the English "on"
            .number(2, "eki")
            .number(3, "úsh", "üş")
            .number(4, "tórt", "tört")
            .number(5, "bes")
            .number(6, "alty")
            .number(7, "jeti")
            .number(8, "segiz")
            .number(9, "toǵyz", "toğyz")
            .ownNumber(10, "on") // ten in Kazakh text only: elsewhere the English "on"
            .number(20, "jıyrma", "jiyrma")
            .number(30, "otyz")
            .number(40, "qyryq")
            .number(50, "elý", "elu")
            .number(60, "alpys")
            .number(70, "jetpis")
            .number(80, "seksen")
            .number(100, "júz", "jüz")
            .actType("KZ-PP-", "qa[ýu]ly\\p{L}*+")
            .actType("KZ-UKAZ-", "jarly" + G + "\\p{L}*+|jarlyq")
            .actType("KZ-LAW-", "za" + NG + "(?:y|ymen|yna|yny" + NG + "|yn)")
            .programNames("baǵdarlam bağdarlam joba strateg tujyrymdam tūjyrymdam bastama", "baǵdarlama bağdarlama joba jobasy ulttyq ūlttyq",
                    "nyń niń dyń diń tyń tiń nyñ niñ dyñ diñ tyñ tiñ ǵa ğa")
            // "Jaily mektep" jaña ūlttyq jobasy (2021), jańa ulttyq jobasy (2018)
            // the name model was not trained on Kazakh: a quoted name before these cues is a programme
            .quotedNameCues("baǵdarlam bağdarlam joba strateg tujyrymdam tūjyrymdam bastama")
            .cueModifiers("jańa jaña ulttyq ūlttyq memlekettik")
            .cueFollowsName()
            .genericNameWords("baǵdarlam bağdarlam")
            // 1990 jyldardyń ortasynda, 2000 jyldardyń basynda, 1980 jyldardyń sońynda
            .decadeParts("", "(?:ortasy|basy|so[ńñn]y|a[ıiy]a[ǵğg]y)\\p{L}*+")
            .genericPlans("strateg\\p{L}*+\\s++jospar\\p{L}*+")
            // a name headed by one of these names an organisation, not its programme
            .organisationWords("agenttig* agenttik* qauymdastyg* qauymdastyq* konsorsium* konsortsium* institut* komitet* keñes* kenes* korporatsia* korporasiia* seriktestig* seriktestik* odaq* odag* ministrli*")
            // 2020 jyldyń birinshi jartyjyldyǵy, úshinshi toqsan
            .yearParts("jarty\\s?+jyldy[qǵg]\\p{L}*+", "toqsan\\p{L}*+", "birinshi", "ekinshi", "(?:ú|ü|u)shinshi",
                    "(?:tó|tö|to)rtinshi")
            .pageWords("bet", "")
            // Jarlyǵy, qaulysy (2018 qaýlysy), Zañy (2018 Zańy); 1-bap.; Eskertu.
            .documentType("decree", "\\bjarly[qǵğg]")
            .documentType("resolution", "\\bqa[uý]ly")
            .documentType("law", "\\bza" + NG + "y?\\b")
            .articleHeadings("", "bap")
            .documentCueStarts("jarly|qauly|qaýly|zañ|zań|zang")
            .footnoteHeadings("Eskertu")
            .build();

    private KazakhLatin() {
    }
}
