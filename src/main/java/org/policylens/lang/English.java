package org.policylens.lang;

import org.policylens.model.Language;

/** English; ISO currency codes and currency signs live here too (they are written the same in every language). */
final class English {
    /** Right after the digits of an amount that a currency sign or code opens: {@code $2.5}, {@code USD 40}. */
    private static final String GLUED_TO_MONEY = "(?<=(?:[$€£]|USD|EUR)\\s?+\\d[\\d.,]{0,18})";

    static final Vocabulary VOCABULARY = Vocabulary.of(Language.EN)
            .identifying("the of and to in is for that by with on as be shall are this or an which from under any")
            .stopWords("a an the of in on at to for from by with and or but is are was were be been being as that this "
                    + "these those its their they than more less over under about around nearly approximately almost "
                    + "least most up which who whom has have had will would may might can could such also into per "
                    + "each not no there between through within among during since until while both other some "
                    + "thousand million billion trillion mln bn percent number total some over our we he she his her "
                    + "including including already only if all any according following such as well")
            .months("january|february|march|april|may|june|july|august|september|october|november|december"
                            + "|jan\\.|feb\\.|mar\\.|apr\\.|jun\\.|jul\\.|aug\\.|sept?\\.|sept|oct\\.|nov\\.|dec\\."
                            // undotted abbreviations (30 Jan 2019), never the start of a longer word
                            + "|(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)(?!\\p{L})", "",
                    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
            // a capital letter glued to an amount of money abbreviates its scale ($500K, $2.5M, $3.4B, $1.2T), never
            // before a digit (10T08:21) nor after a bare figure (Exhibit 300B, 5G)
            .scale(3, "thousands?|" + GLUED_TO_MONEY + "(?-i:K)(?!\\p{N})")
            .scale(6, "millions?|mln|" + GLUED_TO_MONEY + "(?-i:MM?)(?!\\p{N})")
            .scale(9, "billions?|bn|mlrd|" + GLUED_TO_MONEY + "(?-i:B)(?!\\p{N})")
            .scale(12, "trillions?|trln|" + GLUED_TO_MONEY + "(?-i:T)(?!\\p{N})")
            .currency("usd", "USD|US\\s?+\\$|\\$|U\\.?S\\.?\\s++dollars?|dollars?")
            .currency("uzs", "UZS|soums?")
            .currency("kzt", "KZT|tenge|₸")
            .currency("rub", "RUB|rubles?|roubles?|₽")
            .currency("eur", "EUR|euros?|€")
            .percentWords("%|percent|per\\s?+cent")
            .qualifierBefore("atLeast", "at\\s++least|no\\s++less\\s++than|not\\s++less\\s++than|a\\s++minimum\\s++of"
                    + "|minimum\\s++of")
            .qualifierBefore("atMost", "up\\s++to|no\\s++more\\s++than|not\\s++more\\s++than|at\\s++most"
                    + "|a\\s++maximum\\s++of|maximum\\s++of")
            .qualifierBefore("lessThan", "less\\s++than|fewer\\s++than|under|below")
            .qualifierBefore("moreThan", "more\\s++than|over|above|in\\s++excess\\s++of|exceed(?:ed|s|ing)?"
                    + "|surpass(?:ed|es|ing)?")
            .qualifierBefore("approx", "about|around|nearly|approximately|almost|some|roughly|approx\\.|circa|c\\.")
            .datePreposition("before", "by\\s++the\\s++end\\s++of|by\\s++end\\s++of|by|before|no\\s++later\\s++than"
                    + "|not\\s++later\\s++than")
            .datePreposition("until", "until|till|through|up\\s++to")
            // starting from 2020, beginning in 2020, as of 2020 (not "beginning of 2020": a part of the year)
            .datePreposition("after", "since|after|(?:starting|beginning|commencing)\\s++(?:from|in|with|on)"
                    + "|effective\\s++(?:from|as\\s++of)|as\\s++from")
            // 2020 onwards, from 2020 onward, 2020 and beyond
            .datePostposition("after", "onwards?|and\\s++(?:beyond|after)")
            // by the end of 2025, until the mid-2020s, before early 2030
            .datePrepositionGaps("the\\s++(?:(?:early|late|mid)[\\s-]++)?|(?:early|late|mid)[\\s-]++")
            .connectors("and|or", "to|through")
            .decadeForms("'?s")
            // in constant 2005 dollars, in real 2019 dollars, in fiscal year 2005 dollars: the prices of a year
            .baseYearWords("in|constant|real|fiscal\\s++year|fy|calendar\\s++year")
            .numberLabels("step|question|grade|version|ver|exhibit|phase|stage|level|tier|round|box|footnote|note"
                    + "|memorandum|circular|form|row|column|line|lines|rev\\.|revision|release|edition|objective|goal|sdg"
                    + "|recommendation|finding|priority|milestone|requirement|option|scenario"
                    // a programme's delivery stages: Increment 2, Wave 3, Sprint 4, Iteration 5
                    + "|increment|wave|sprint|iteration"
                    + "|chart|attachment|directive|instruction|bulletin"
                    // the plural of a document's parts opens a list of them: tables 3 and 4, figures 2, 5, and 7
                    + "|tables|figures|charts|exhibits|appendices|appendixes|attachments|chapters|footnotes"
                    // the GPO's print production codes: Jkt 019006 PO 00000 Frm 00009 Fmt 6659 Sfmt 6611
                    + "|jkt|frm|fmt|sfmt"
                    // the total of a running header's page count: Page 3 of 15
                    + "|(?:page|p\\.)\\s*+\\d{1,4}+\\s++of")
            // a product's version (Windows 10, Office 365, Internet Explorer 11, SQL Server 2016, Java 8, Web 2.0);
            // an occupational series' code (the 2210 series, the 0343 job series), unlike a count of series of something
            .identifierWords("Windows|Office|Explorer|Server|Java|Web|iOS|Android|macOS|RHEL|Linux|Ubuntu|Python"
                    + "|SharePoint|Exchange|Dynamics|Oracle|Edge|Chrome|Firefox|Safari",
                    "(?:job\\s++|occupational\\s++)?series(?!\\s++of(?![\\p{L}]))")
            .abbreviations("no nos nr n art sec para pp vol ch fig mr mrs ms dr prof st jr sr inc ltd co corp vs cf approx "
                    + "dept gov u.s u.k e.g i.e a.m p.m jan feb mar apr jun jul aug sep sept oct nov dec pub l h.r e.o p.l "
                    + "stat", "etc")
            // initials of Russian, Uzbek and Kazakh names in English text: Yu. Abduraxmonov, Zh. Karimova
            .initialDigraphs("yu ya yo sh ch zh kh ts")
            .subjects("the a an of to in on at by for from with and or but while than as per into over under about "
                    + "around across within during between since until till through after before via among including "
                    + "such etc nearly approximately almost more less least most up some this that these those its "
                    + "their his her our which who whom whose where when were was is are be been being have has had "
                    + "will would may might can could should must not also each every all total year years studied "
                    + "completed received participated registered obtained graduated trained purchased established "
                    + "launched adopted reached exceeded grew rose fell",
                    "to of at by reached reach reaches amounted amount totaled totalled total totals was were is "
                    + "are be been exceed exceeded exceeds surpass surpassed increased increase grew grow rose "
                    + "doubled tripled fell declined dropped more than over about around nearly approximately almost "
                    + "some least up expected may might will could from stood",
                    "", "were was are is of")
            .actTitles("dated of from on the and year n no", "")
            .number(0, "zero")
            .number(1, "one")
            .number(2, "two")
            .number(3, "three")
            .number(4, "four")
            .number(5, "five")
            .number(6, "six")
            .number(7, "seven")
            .number(8, "eight")
            .number(9, "nine")
            .number(10, "ten")
            .number(11, "eleven")
            .number(12, "twelve")
            .number(13, "thirteen")
            .number(14, "fourteen")
            .number(15, "fifteen")
            .number(16, "sixteen")
            .number(17, "seventeen")
            .number(18, "eighteen")
            .number(19, "nineteen")
            .number(20, "twenty")
            .number(30, "thirty")
            .number(40, "forty")
            .number(50, "fifty")
            .number(60, "sixty")
            .number(70, "seventy")
            .number(80, "eighty")
            .number(90, "ninety")
            .number(100, "hundred")
            .programNames("program strateg project initiative concept",
                    "program programme programmes programs strategy strategies project projects initiative initiatives concept platform the a an state national",
                    "'s")
            // every word of an English name is capitalised: "the Employment Roadmap", "USGv6 Test Program"
            .capitalisedNames("plan strategy project initiative roadmap", "and of for to on")
            .genericNameWords("program programme")
            // every agency has a strategic plan (GPRA Strategic Plan, IT Strategic Plan): a kind of document, no name
            // the mid-1990s, the early 2000s, the late 1980s: the decade, approximately
            .decadeParts("early|mid|late", "")
            .genericPlans("strategic\\s++plans?|(?:annual\\s++)?performance\\s++plans?")
            // a name headed by one of these names an organisation, not its programme
            .organisationWords("partnership* consortium consortia council councils association associations institute institutes corporation corporations inc llc ltd plc agency agencies committee committees commission commissions foundation foundations federation alliance company companies office offices department ministry bureau")
            // the first half of 2020, the second half-year of 2020, the third quarter of 2019
            .yearParts("half(?:[-\\s]year)?", "quarter", "first|1st", "second|2nd", "third|3rd", "fourth|4th")
            // Uzbek series as English texts transliterate them (UP-6079, PP-4699, PR-…, ZRU-…, PKM-…)
            .actSeries("PF", "UP").actSeries("PQ", "PP PR RP").actSeries("ORQ", "ZRU").actSeries("VMQ", "PKM")
            // from 2019 to 2021, between May and June 2020; in 2019, fiscal year 2020, acts of 1978
            .periodWords("from|between", "to|and|through|till|until")
            .yearPrepositions("(?:act|acts|law)\\s++of|calendar\\s++year|in|for|since|by|until|till|before|after|from|during"
                    + "|through|year|fiscal\\s++year|fy|early|late|mid|(?:end|beginning|start|middle|half|quarter)\\s++of")
            // ISO codes and signs before an amount: $5 million, USD 5, KZT 100
            .currencySign("usd", "USD|US\\$|\\$").currencySign("uzs", "UZS").currencySign("kzt", "KZT")
            .currencySign("rub", "RUB").currencySign("eur", "EUR|€")
            .numberSigns("No\\.?|Nos?\\.|Number|#")
            .clauseConjunctions("and|but|while|whereas|though|although")
            // Presidential Decree No. 357, Resolution of the Cabinet of Ministers No. 17, Executive Order 12944
            .actKind("decree", "Decree").actKind("resolution", "Resolution").actKind("law", "Law")
            .actKind("order", "Order|Ordinance").actKind("decision", "Decision").actKind("regulation", "Regulation")
            .actKind("executiveOrder", "Executive\\s+Order|E\\.\\s?O\\.|EO")
            .actKind("publicLaw", "Public\\s+Law|Pub\\.\\s?L\\.|P\\.\\s?L\\.")
            .issuer("president", "President").issuer("cabinet", "Cabinet\\s+of\\s+Ministers")
            .issuer("government", "Government")
            .issuerAdjective("president", "Presidential|President's").issuerAdjective("government", "Government")
            .issuerAdjective("cabinet", "Cabinet")
            .countryTitle("uz", "of\\s+(?:the\\s+)?(?:Republic\\s+of\\s+)?Uzbekistan")
            .countryTitle("kz", "of\\s+(?:the\\s+)?(?:Republic\\s+of\\s+)?Kazakhstan")
            .countryName("kz", "Kazakhstan").countryName("uz", "Uzbekistan")
            // numbers that are identifiers, references or positions (section 5, No. 12, 42 U.S.C.), never figures
            .referenceWords("no|nos|nr|art|arts|article|articles|section|sections|sec|secs|chapter|ch|part|paragraph"
                    + "|para|paras|clause|clauses|item|items|page|pages|p|pp|vol|volume|issue|annex|appendix|schedule"
                    + "|table|figure|fig|rule|title|order|decree|resolution|law|act|number|doc|code|h\\.r|u\\.s\\.c|usc"
                    + "|c\\.f\\.r|cfr|fr|stat|pub\\.\\s*+l|public\\s++law",
                    "no|nos|nr|n|sec|section|art|article|chapter|part|page|pages|p|pp|vol|item|table|figure|fig"
                    + "|annex|appendix|schedule|title|number|code|rule")
            // S. 342, H. Res. 12, S. J. Res. 5: a bill's or a resolution's number
            .billPrefixes("S|H\\.\\s?+Res|S\\.\\s?+Res|H\\.\\s?+J\\.\\s?+Res|S\\.\\s?+J\\.\\s?+Res")
            // 5 U.S.C. 552, 42 USC 1983, 40 CFR 60, 59 FR 7629, 133 Stat. 13; 5 U.S. 137
            .citationCodes("U\\.S\\.C\\.?|USC|CFR|C\\.F\\.R\\.?|FR|Stat\\.?", "U\\.S\\.")
            // Coursera's, they're: split off by the sentence model, kept split
            .clitics("'s 't 're 've 'll 'd 'm")
            .nonNouns("and or to was were is are the in on at by for of from with through until till when as that which")
            .yearNounsAfter("years?")
            // the 2000 survey: a year modifying its noun; in 2019 and …: the phrase goes on; 2020 people: a count
            .modifiedNouns("and or to was were is are the in on at by for of from with through until when as that "
                    + "which had has have will would a an",
                    "people children men women staff personnel persons youth cattle sheep feet")
            // grew from 147 to 1,600; from 2017 to 2025
            .fromTo("from", "to|through")
            .actDates("", "dated|of|adopted|signed|issued", "")
            // how a document names its own type (Executive Order, Resolution, Public Law, AN ACT, Report)
            .documentType("decree", "\\bExecutive\\s+Order\\b|\\bDecree\\b")
            .documentType("resolution", "\\bResolution\\b")
            .documentType("law", "\\bPublic\\s+Law\\b")
            .documentType("report", "\\bReport\\b")
            .casedLawCues("Law|LAW|An Act|AN ACT|A BILL|Act of")
            .articleHeadings("Article", "")
            .documentCueStarts("executive|decree|resolution|public|law|an act|a bill|act of|report|article")
            .footnoteHeadings("Footnote")
            .apparatus("Abstract", "abstract", "Key\\s?words", "key", "References|Bibliography",
                    "references bibliography")
            .pageWords("page|p\\.", "of")
            .yearRangeWords("through|thru")
            // April 12th, on May 5 and …
            .dayWords("st|nd|rd|th", "and|or|to|through|the|in|at|of|when|that")
            // the Clean Air Act of 1970, the Code of 2019: a title's year
            .lawTitleWords("(?:act|acts|law|code)\\s++of")
            .articles("a|an|the")
            // 12th of March 2020, first half of 2020; Resolution No. 827 of the Government
            .dateOfWords("of")
            .issuerLinks("of\\s+the")
            // increased by 60%, a 60 percent increase, 2-fold; up to 60%; will be laid, were laid
            .figureCues(new Vocabulary.FigureCues("increas|rais|rise|rose|risen|grow|grew|growth|reduc|decreas|cut|drop|"
                    + "fall|fell|lower|doubl|expand|boost", "by|of", "(?:increase|rise|growth|reduction|decrease|cut|"
                    + "drop|jump|fall|fold|times)\\b", "", "percent|per cent", "up\\s+to|to|reach\\p{L}*", "", "",
                    "will|shall|plan\\p{L}*|target\\p{L}*|is to|are to|expected|aims?|envisag\\p{L}*|provides? for|"
                    // a decision setting a target is a plan, though its verb is past (was approved)
                    + "set|approv\\p{L}*|decid\\p{L}*", "was|were|has been|have been|had been", ""))
            .build();

    private English() {
    }
}
