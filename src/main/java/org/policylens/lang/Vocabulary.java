package org.policylens.lang;

import org.policylens.model.Language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What policylens knows of one language in one script, as lowercase regex fragments (alternations without
 * an enclosing group, empty when the language has none) and word lists. The finders compile their patterns from
 * the union of all {@link Vocabularies}, so a language grows here and nowhere else.
 *
 * @param language        the language and script
 * @param identifying     frequent function words that tell the language apart (language guesser)
 * @param stopWords       words that say nothing about what a sentence is about (verification's key terms)
 * @param monthNames      month names without case endings or suffixes that attach to them
 * @param monthSuffixes   suffixes a month name may carry ({@code -dagi}, {@code -да})
 * @param monthStems      for each month 1-12, the prefixes that name it (the longest matching prefix wins)
 * @param yearWords       the word for "year" that follows a year number, without endings
 * @param dateYearLinks   year words that link a year to the day and month after it ({@code yil}, {@code жылғы})
 * @param scaleWords      by power of ten (3, 6, 9, 12), thousand, million, billion… with abbreviations and endings
 * @param currencies      by ISO code, the currency words written after an amount
 * @param percentWords    words for per cent written after a number
 * @param changeVerbs     stems of verbs of growth and change whose {@code до N} ({@code выросло до 5}) is the result
 *                        reached, not an upper bound (regex)
 * @param upToEndings     endings of a figure or its noun that make the figure an upper bound ({@code 30gacha}, {@code o'n
 *                        to'rt yoshgacha}: up to; regex)
 * @param notReached      the ending and word after a figure's noun that make it an exclusive bound ({@code o'n sakkiz
 *                        yoshga to'lmagan}: under 18; regex)
 * @param numberSuffixes  suffixes glued to a number that leave it a figure ({@code ikkita}, {@code 100dan},
 *                        {@code 30gacha}; regex)
 * @param qualifiersBefore by qualifier name ({@code atLeast}, {@code atMost}, {@code lessThan}, {@code moreThan},
 *                        {@code approx}), the words before a number that bound it
 * @param qualifiersAfter by qualifier name, the words right after an amount that bound it ({@code 3,6 трлн
 *                        теңгеден астам}: more than)
 * @param datePostpositions by deadline qualifier ({@code before}, {@code until}, {@code after}), the words right
 *                        after a date that qualify it ({@code 2030 жылға дейін}: until)
 * @param datePrepositions by deadline qualifier, the words right before a date that qualify it ({@code by 2025}:
 *                        before, {@code до 2030 года}: until, {@code since 2019}: after)
 * @param dateEndings     by deadline qualifier, the case endings of a date's last word that qualify it ({@code
 *                        2030-yilga}: before, {@code 2019-yildan}: after; regex)
 * @param deadlineWords   words after a date that make it a deadline, or with a {@link #lastingWords} word after them
 *                        a state lasting until it ({@code 2020-yil oxiriga qadar}; regex)
 * @param lastingWords    words that follow a {@link #deadlineWords} word when a state lasts until the date ({@code amal
 *                        qiladi}; regex)
 * @param datePrepositionGaps words between a date preposition and its date ({@code by the mid-2020s}; regex, each
 *                        alternative with its own trailing space)
 * @param listConnectors  words joining figures in a list ({@code 5 and 7}, {@code 5 или 7}; regex)
 * @param rangeConnectors words joining the two ends of a range ({@code 5 to 10}, {@code 5 до 10}, {@code 5 dan 10})
 * @param numberLabels    words right before a number that make it a label, not a figure ({@code step 3}, {@code этап
 *                        2}, {@code savol 4}; regex, lowercase)
 * @param productNames    capitalised names of products whose next number is their version ({@code Windows 10},
 *                        {@code Office 365}; regex, case-sensitive)
 * @param decadeForms     what follows a decade's first year to name the decade ({@code 1990s}, {@code 1990-е годы},
 *                        {@code 1990-yillarda}, {@code 1990 жылдары}; regex)
 * @param baseYearWords   words right before a year whose currency after it names the prices of that year, not an
 *                        amount ({@code in constant 2005 dollars}, {@code fiscal year 2019 dollars}; regex, lowercase)
 * @param codeNounsAfter  nouns right after a number that make it a code naming a class ({@code the 2210 series};
 *                        regex, lowercase)
 * @param abbreviations   words written with a period that does not end the sentence ({@code No.}, {@code млн.},
 *                        {@code yil.}; lowercase, without the final period)
 * @param finalIfUpper    abbreviations whose period ends the sentence when an uppercase word follows ({@code etc.})
 * @param initialDigraphs two-letter initials of names written in this script ({@code Yu.}, {@code Sh.}; lowercase),
 *                        whose period does not end the sentence
 * @param subjectStops    words that end the subject phrase of a figure (articles, prepositions, auxiliaries)
 * @param subjectSkips    words skipped between a figure and its subject before it (reached, составил, tashkil etdi)
 * @param counters        counter words between a number and its noun ({@code 161 295 nafar foydalanuvchi})
 * @param copulas         words between a figure and the subject after it ({@code 5 were}, {@code 5 из})
 * @param actTitleGaps    words allowed between an act's number and its quoted title ({@code dated}, {@code от},
 *                        {@code yilgi}; lowercase)
 * @param actTitleSuffixes suffixes that join a quoted title to the act after it ({@code «…»ги ПФ-16-сон})
 * @param numberWords     number words by value
 * @param ownNumberWords  number words by value that are numbers only in text of this language (Kazakh {@code он},
 *                        ten, is the Russian "he")
 * @param actTypes        act types written after their sign and number ({@code № 269 қаулысы})
 * @param actHeadings     headings (issuer and type) that open an act of a series, whose number the act itself then
 *                        gives ({@code Vazirlar Mahkamasining qarori}: VMQ-); the type is a regex
 * @param programCues     stems of the words that announce a programme name next to them (programme, project)
 * @param nameEdgeWords   words and stems trimmed from either end of a programme name (programme, the, state)
 * @param nameEndings     singular case and possessive endings cut from the words of programme names, longest
 *                        first ({@code Қазақстанның} → {@code қазақстан})
 * @param cueModifiers    words that may stand between a quoted name and the cue after it ({@code «X» жаңа ұлттық
 *                        жобасы}: new, national); never trimmed from a name
 * @param quotedNameCues  cue stems that make a short quoted name right before them a programme without the name
 *                        model (for a language the model misses them in; empty: the model decides)
 * @param nameHeads       head words that end an unquoted name whose every word is capitalised and stay part of it
 *                        ({@code Employment Roadmap}, {@code Grant Accountability Project}); only in languages that
 *                        capitalise every word of a name (empty: capitals do not mark names)
 * @param genericNameWords stems of the generic programme words that are not part of a name's value: the head of a
 *                        capitalised name ({@code USGv6 Test Program} → {@code USGv6 Test}), the last word inside a
 *                        quoted name ({@code “Mahalla guzarlarida kasbga o'qitish dasturi”}); other cue words inside
 *                        quotes stay ({@code “Besh tashabbus”})
 * @param cueFollowsName  whether a cue word follows the name it announces ({@code «X» лойиҳаси}, {@code «X»
 *                        бағдарламасы}): a cue before a name then belongs to the words before it, and a capital
 *                        marks only a name's first word, so one capitalised word is no name by itself
 * @param cueDerivations  suffixes that turn a cue stem into another word, which is no cue ({@code dasturiy}: software,
 *                        {@code dasturchi}: programmer)
 * @param organisationWords words that make a name whose head they are an organisation, no programme ({@code 3rd
 *                        Generation Partnership Project}, {@code Ассоциация}): lowercase, an entry ending in {@code *}
 *                        a stem taking an ending of up to {@link #ORGANISATION_ENDING} letters, any other a whole word
 * @param nameConnectors  lowercase words that may join the capitalised words of such a name ({@code Perkins III
 *                        Career and Technical Education Program}, {@code Plan to Reform Federal IT Management})
 * @param yearParts       the words of half-years and quarters ({@code birinchi yarim yilligi}, {@code I квартал})
 * @param actSeries       the abbreviations of an act series written before its number ({@code ПФ-6079}, {@code
 *                        O'RQ-683}, the Russian {@code УП-6079}), each with its canonical series ({@code PF}); the
 *                        type is the abbreviation as written (uppercase, apostrophe as in the matching view)
 * @param actNumberSuffixes the word glued to an act's number that says "numbered" ({@code 282-сон}, {@code
 *                        683-sonli}; regex, lowercase)
 * @param actSuffixTypes  the act-type words that may follow such a numbered act ({@code ПФ-16-сон Фармони}; regex,
 *                        lowercase, without endings)
 * @param yearNouns       the year noun of a language that declines it apart from the number, in its case forms and
 *                        abbreviations ({@code 2019 года}, {@code 2019 г.}; regex, lowercase)
 * @param yearsWords      the plural year words after a range of years ({@code 2017-2021 годы}, {@code 2017-2021
 *                        yillarda}; regex, lowercase)
 * @param periodStarts    words that open a period of years or months ({@code from}, {@code between}, {@code с})
 * @param periodEnds      words that close it ({@code to}, {@code until}, {@code по}, {@code до}; regex)
 * @param yearPrepositions words after which a bare year or a list of years is a date ({@code in 2019}, {@code fiscal
 *                        year 2020}, {@code в 2019}; regex, lowercase)
 * @param multiplierWord  the stem that makes the number stems glued before it a multiplicative ({@code
 *                        четырехкратного}: {@code кратн}; lowercase, empty when the language has none)
 * @param multiplierStems by value, the number stems glued before {@link #multiplierWord} ({@code четырех})
 * @param currencySigns   by ISO code, the signs and codes written before an amount ({@code $}, {@code ₸}, {@code
 *                        KZT}; regex, case-sensitive)
 * @param countryNames    by country ({@code kz}, {@code uz}), its names in this language, which tell whose act a bare
 *                        {@code Указ № 5} is (regex)
 * @param actParts        stems of the parts of an act (appendix, item, article) whose number a number sign after them
 *                        gives, not an act's ({@code приложению №1}; regex, lowercase)
 * @param yearAbbreviations the abbreviated year word after a year ({@code 2019 y.}, {@code 2019 й.}; regex, lowercase)
 * @param pluralSuffixes  plural suffixes that make a year word after a number a count of years ({@code 5 yillar}:
 *                        five years, no date; regex, lowercase)
 * @param countingSuffixes suffixes glued to a number word that count ({@code ikkita}, {@code uchtadan}), longest of
 *                        each stem first
 * @param signatureCities the city named at the foot of an act, over its date and number ({@code Toshkent sh.}; regex)
 * @param cityAbbreviations the abbreviation of "city" after that name ({@code sh}, {@code г}; regex, without its period)
 * @param actKinds        by kind ({@code decree}, {@code resolution}, {@code law}, {@code order}, {@code decision},
 *                        {@code regulation}; the US {@code executiveOrder} and {@code publicLaw}, whose number alone
 *                        makes the id), the words that name a kind of act before its issuer or number (regex)
 * @param actKindEndings  the case endings of those words, when the language declines them apart ({@code Указом};
 *                        regex, without a group)
 * @param issuers         by issuer ({@code president}, {@code cabinet}, {@code government}), how an act names who
 *                        issued it ({@code Кабинета Министров}, {@code Vazirlar Mahkamasi}; regex)
 * @param issuerAdjectives by issuer, the words before an act's kind that name it ({@code Presidential Decree}; regex)
 * @param countryTitles   by country ({@code kz}, {@code uz}), how the republic is named after an issuer ({@code
 *                        Республики Казахстан}, {@code РК}, {@code Respublikasi}; regex)
 * @param numberSigns     the signs and words written before an act's number ({@code No.}, {@code №}; regex)
 * @param ablativeEndings the case ending a figure (or its counter word) takes when a postposition after it compares
 *                        to it ({@code 100 nafardan ortiq}: more than 100), or that opens a from–to change or period
 *                        ({@code 2017-yildan 2025-yilgacha}; regex, lowercase)
 * @param comparisons     by qualifier ({@code moreThan}, {@code lessThan}, {@code atMost}), the postpositions after such
 *                        a figure ({@code ortiq}, {@code kam}, {@code oshmagan}; regex, endings allowed after them)
 * @param negations       the words after a postposition that negate it ({@code 80 foizdan kam bo'lmagan}: not less than
 *                        80%; regex)
 * @param clauseConjunctions the conjunctions that, after a comma, open a new clause whose figures a date before it does
 *                        not reach ({@code , but}, {@code , однако}, {@code , lekin}; regex)
 * @param referenceWords  words right before a number that make it an identifier, a reference or a position, never a
 *                        figure ({@code section 5}, {@code статья 12}, {@code 3-modda}, {@code qaror}; regex, lowercase,
 *                        an optional period or colon after them)
 * @param yearReferenceWords words right before a year-like number standing alone that make it a reference, not a
 *                        date ({@code Section 2019}, {@code статья 2014}; regex, case-insensitive, an optional period
 *                        after them)
 * @param billPrefixes    the abbreviations before a bill's or a resolution's number, which is no figure ({@code S. 342},
 *                        {@code H. Res. 12}; regex, case-sensitive, without the period after them)
 * @param citationCodes   the codes of statute and register citations after a title or volume number, which is then
 *                        neither a figure nor a year ({@code 5 U.S.C. 552}, {@code 59 FR 7629}, {@code 133 Stat. 13};
 *                        regex, case-sensitive)
 * @param reporterCodes   the codes of law reports after a volume number, which is no figure ({@code 5 U.S. 137}; regex,
 *                        case-sensitive); unlike {@code citationCodes} a year before them may still be a date
 *                        ({@code in 2019 U.S. exports})
 * @param clitics         the clitics the sentence model splits off a word and the tokens keep split ({@code 's},
 *                        {@code 're}; lowercase, an apostrophe and one or two letters)
 * @param nonNouns        function words after a year-like number that show it counts nothing ({@code 2019 and},
 *                        {@code 2019 и}, {@code 2019 va}; lowercase)
 * @param yearNounsAfter  the year words after a year-like number that make it a year, not a count ({@code 2019 year},
 *                        {@code 2019 года}, {@code 2019-yil}; regex, lowercase)
 * @param phraseWords     function words after a bare year that show the phrase goes on, so the year modifies no noun
 *                        ({@code in 2019 and}; lowercase; only languages whose years modify nouns: English)
 * @param irregularPlurals plural nouns without a plural ending, which a number before them counts ({@code 2020 people};
 *                        lowercase)
 * @param fromWords       the word before a figure that opens a from–to change ({@code grew from 147 to 1,600},
 *                        {@code с 147 до 1600}; regex)
 * @param toWords         the word between the two figures or years of such a change or period ({@code 2017 to 2025},
 *                        {@code 2017 по 2025}; regex)
 * @param yearWordsBeforeAct the year words between a date and the act right after it ({@code 2020 yildagi PF-…},
 *                        {@code 2020 г. № 5}; regex)
 * @param datedWords      the words between an act and its date after it ({@code PF-6079 dated}, {@code Указ от};
 *                        regex)
 * @param citationYearWords the year words after the date that closes an act's citation in parentheses ({@code
 *                        (ПФ–6079-сон, 05.10.2020 й.)}; regex)
 * @param inflections     verb endings and case suffixes that end a subject phrase after its first word ({@code
 *                        foydalanuvchi ro'yxatdan o'tdi}; lowercase)
 * @param cueCaseEndings  the case endings of a cue word before a quoted name that tie the cue to the name before it
 *                        ({@code «A» стратегиясини «B»}: accusative, genitive; lowercase)
 * @param documentCues    the words a document names its own type with, and the headings of its parts
 * @param pageWords       the words of a page number line in a page's header or footer ({@code Page 3}, {@code стр.
 *                        3}, {@code 3-bet}; regex, case-insensitive)
 * @param pageOfWords     the word between a page's number and the page count ({@code 3 of 15}, {@code 3 из 15}; regex)
 * @param yearRangeWords  the words joining the two years of a range besides a dash ({@code 2019 through 2021}; regex)
 * @param ordinalSuffixes the suffixes of ordinal numerals written in digits ({@code 12th}; regex, case-insensitive)
 * @param dayEndWords     function words after a year-less date's day that end it ({@code on April 12 and}; regex)
 * @param lawTitleWords   the words before the year in a law's title, which dates no figure ({@code Act of 1978}; regex)
 * @param articles        the articles that make a year after them a modifier in a sentence ({@code A 2013 Report};
 *                        regex, case-insensitive)
 * @param resultWords     the upper-bound words that after a verb of change give the result reached, no bound
 *                        ({@code вырос до 140}; lowercase)
 * @param dateOfWords     the word between a day or a year part and its month or year ({@code 12th of March}, {@code
 *                        first half of 2020}, {@code March of 2020}; regex)
 * @param issuerLinks     the words between an act's kind or number and its issuer ({@code Resolution No. 827 of the
 *                        Government}; regex)
 * @param figureCues      the words around a stated figure that tell verification what it is: a change or a level, a
 *                        plan or a result
 * @param numberCaseEndings the case endings a number word takes when a postposition after it qualifies it ({@code
 *                        yuzga yaqin}: nearly 100, {@code beshdan ortiq}, {@code жүзге жуық}, {@code оннан астам});
 *                        such a word is a figure only with that qualifier after it (lowercase)
 * @param dativeEndings   the dative ending a figure (or its counter word) takes before a postposition of approach
 *                        ({@code comparisons} {@code approx}: {@code 100 ga yaqin}, {@code 100-ga yaqin}; regex, lowercase)
 * @param genericPlans    kinds of planning document every body has, which name no programme ({@code Strategic Plan},
 *                        {@code Стратегический план}, {@code strategik reja}; regex, case-insensitive, endings included)
 * @param decadePartsBefore the words before a decade that name a part of it ({@code mid-1990s}, {@code early 2000s},
 *                        {@code в середине 1990-х}): the decade is then approximate (regex, lowercase, the words only)
 * @param decadePartsAfter the words after a decade that name a part of it ({@code 1990-yillar o'rtalarida}, {@code
 *                        1990 жылдардың ортасында}; regex, lowercase)
 */
public record Vocabulary(Language language, List<String> identifying, List<String> stopWords, String monthNames,
                         String monthSuffixes, List<String> monthStems, String yearWords, String dateYearLinks,
                         Map<Integer, String> scaleWords, Map<String, String> currencies, String percentWords,
                         String changeVerbs, String upToEndings, String notReached, String numberSuffixes,
                         Map<String, String> qualifiersBefore, Map<String, String> qualifiersAfter,
                         Map<String, String> datePostpositions, Map<String, String> datePrepositions,
                         Map<String, String> dateEndings, String deadlineWords, String lastingWords,
                         String datePrepositionGaps,
                         String listConnectors, String rangeConnectors, String numberLabels, String decadeForms, String baseYearWords,
                         String productNames, String codeNounsAfter,
                         List<String> abbreviations, List<String> finalIfUpper, List<String> initialDigraphs,
                         List<String> subjectStops,
                         List<String> subjectSkips, List<String> counters, List<String> copulas,
                         List<String> actTitleGaps, List<String> actTitleSuffixes,
                         Map<Integer, List<String>> numberWords, Map<Integer, List<String>> ownNumberWords,
                         List<ActType> actTypes, List<ActType> actHeadings, List<String> programCues,
                         List<String> nameEdgeWords, List<String> nameEndings, List<String> cueModifiers,
                         List<String> quotedNameCues, List<String> nameHeads, List<String> genericNameWords,
                         List<String> organisationWords, List<String> nameConnectors, boolean cueFollowsName, List<String> cueDerivations,
                         YearParts yearParts, List<ActType> actSeries, String actNumberSuffixes,
                         String actSuffixTypes, String yearNouns, String yearsWords, String periodStarts,
                         String periodEnds, String yearPrepositions, String multiplierWord,
                         Map<Integer, List<String>> multiplierStems, Map<String, String> currencySigns,
                         Map<String, String> countryNames, String actParts, String yearAbbreviations,
                         String pluralSuffixes, List<String> countingSuffixes, String signatureCities,
                         String cityAbbreviations, Map<String, String> actKinds, String actKindEndings,
                         Map<String, String> issuers, Map<String, String> issuerAdjectives,
                         Map<String, String> countryTitles,
                         String numberSigns, String ablativeEndings, Map<String, String> comparisons,
                         String negations, String clauseConjunctions, String referenceWords,
                         String yearReferenceWords, String billPrefixes, String citationCodes, String reporterCodes,
                         List<String> clitics, List<String> nonNouns, String yearNounsAfter,
                         List<String> phraseWords, List<String> irregularPlurals, String fromWords, String toWords,
                         String yearWordsBeforeAct, String datedWords, String citationYearWords,
                         List<String> inflections, List<String> cueCaseEndings, DocumentCues documentCues,
                         String pageWords, String pageOfWords, String yearRangeWords, String ordinalSuffixes,
                         String dayEndWords, String lawTitleWords, String articles, List<String> resultWords,
                         String dateOfWords, String issuerLinks, FigureCues figureCues,
                         List<String> numberCaseEndings, String dativeEndings,
                         String genericPlans, String decadePartsBefore, String decadePartsAfter) {
    /** Most letters an {@link #organisationWords} stem's ending has ({@code kengash} → {@code kengashining}). */
    public static final int ORGANISATION_ENDING = 5;

    /** Whether a lowercase word is one of {@link #organisationWords}, whole or as a stem with its ending. */
    public boolean isOrganisationWord(String word) {
        for (String entry : organisationWords) {
            if (entry.endsWith("*")) {
                int stem = entry.length() - 1;
                if (word.length() >= stem && word.length() - stem <= ORGANISATION_ENDING
                        && word.regionMatches(0, entry, 0, stem)) {
                    return true;
                }
            } else if (word.equals(entry)) {
                return true;
            }
        }
        return false;
    }

    /** Qualifier names of {@link #qualifiersBefore}, in the order finders try them. */
    public static final List<String> QUALIFIERS = List.of("atLeast", "atMost", "lessThan", "moreThan", "approx");
    /** Kinds of act of {@link #actKinds}. */
    public static final List<String> ACT_KINDS = List.of("decree", "resolution", "law", "order", "decision",
            "regulation", "executiveOrder", "publicLaw");
    /** Issuers of {@link #issuers}. */
    public static final List<String> ISSUERS = List.of("president", "cabinet", "government");
    /** Deadline qualifier names of {@link #datePostpositions} and {@link #datePrepositions}, in the order finders try them. */
    public static final List<String> DEADLINES = List.of("before", "until", "after");

    public Vocabulary {
        identifying = List.copyOf(identifying);
        stopWords = List.copyOf(stopWords);
        monthStems = List.copyOf(monthStems);
        scaleWords = Map.copyOf(scaleWords);
        currencies = Map.copyOf(currencies);
        qualifiersBefore = Map.copyOf(qualifiersBefore);
        qualifiersAfter = Map.copyOf(qualifiersAfter);
        datePostpositions = Map.copyOf(datePostpositions);
        datePrepositions = Map.copyOf(datePrepositions);
        dateEndings = Map.copyOf(dateEndings);
        abbreviations = List.copyOf(abbreviations);
        finalIfUpper = List.copyOf(finalIfUpper);
        initialDigraphs = List.copyOf(initialDigraphs);
        subjectStops = List.copyOf(subjectStops);
        subjectSkips = List.copyOf(subjectSkips);
        counters = List.copyOf(counters);
        copulas = List.copyOf(copulas);
        actTitleGaps = List.copyOf(actTitleGaps);
        actTitleSuffixes = List.copyOf(actTitleSuffixes);
        numberWords = Map.copyOf(numberWords);
        ownNumberWords = Map.copyOf(ownNumberWords);
        actTypes = List.copyOf(actTypes);
        actHeadings = List.copyOf(actHeadings);
        programCues = List.copyOf(programCues);
        nameEdgeWords = List.copyOf(nameEdgeWords);
        nameEndings = List.copyOf(nameEndings);
        cueModifiers = List.copyOf(cueModifiers);
        quotedNameCues = List.copyOf(quotedNameCues);
        nameHeads = List.copyOf(nameHeads);
        genericNameWords = List.copyOf(genericNameWords);
        organisationWords = List.copyOf(organisationWords);
        nameConnectors = List.copyOf(nameConnectors);
        cueDerivations = List.copyOf(cueDerivations);
        actSeries = List.copyOf(actSeries);
        multiplierStems = Map.copyOf(multiplierStems);
        currencySigns = Map.copyOf(currencySigns);
        countryNames = Map.copyOf(countryNames);
        countingSuffixes = List.copyOf(countingSuffixes);
        actKinds = Map.copyOf(actKinds);
        issuers = Map.copyOf(issuers);
        issuerAdjectives = Map.copyOf(issuerAdjectives);
        countryTitles = Map.copyOf(countryTitles);
        comparisons = Map.copyOf(comparisons);
        numberCaseEndings = List.copyOf(numberCaseEndings);
        if (!monthStems.isEmpty() && monthStems.size() != 12) {
            throw new IllegalArgumentException(language + ": month stems for 12 months, got " + monthStems.size());
        }
        for (String initial : initialDigraphs) {
            if (initial.length() != 2) {
                throw new IllegalArgumentException(language + ": an initial digraph has two letters, got " + initial);
            }
        }
    }

    /**
     * A type of act written after its number sign and number ({@code № 269 қаулысы}, {@code N 1468 Заңының}).
     *
     * @param series the canonical id prefix ({@code KZ-PP-})
     * @param type   the type word (regex, lowercase, endings included)
     */
    public record ActType(String series, String type) {
    }

    /**
     * The words that name a part of a year: a half ({@code yarim yillik}, {@code полугодие}, {@code half}) or a
     * quarter ({@code chorak}, {@code квартал}, {@code quarter}), after an ordinal of this language. Regex fragments,
     * lowercase, case and possessive endings included; empty when the language has none.
     *
     * @param ordinals by number 1-4, the ordinal words ({@code first}, {@code birinchi}, {@code первом})
     * @param halves   the words for a half of a year
     * @param quarters the words for a quarter of a year
     */
    public record YearParts(Map<Integer, String> ordinals, String halves, String quarters) {
        public static final YearParts NONE = new YearParts(Map.of(), "", "");

        public YearParts {
            ordinals = Map.copyOf(ordinals);
        }
    }

    /**
     * The words a document names its own type with (the document type classifier), and the headings of a scientific
     * article's apparatus. Regexes as written in the text (word boundaries their own: {@code \\bУказ} also begins
     * {@code Указом}); a map and the headings case-insensitive unless said otherwise.
     *
     * @param types            by type ({@code decree}, {@code resolution}, {@code law}, {@code report}), its cues
     * @param casedLaw         law cues matched case-sensitively ({@code Law}, {@code AN ACT}: the lowercase word is
     *                         too common)
     * @param articleHeadings  the word of a numbered article heading a line ({@code Статья 5.}), which builds laws and
     *                         codes (case-sensitive)
     * @param articleSuffixes  the word after a line-initial number that makes it such a heading ({@code 5-modda.})
     * @param starts           how each cue begins, lowercase: a word start that begins none of them starts no cue
     * @param footnotes        the headings of footnotes, whose acts do not decide the type (case-sensitive)
     * @param abstracts        the heading of an abstract, and a lowercase word each such heading holds
     * @param abstractWords    (a cheap substring test before the regex runs)
     * @param keywords         the heading of keywords, and the words each holds
     * @param keywordWords     (as {@code abstractWords})
     * @param references       the heading of a reference list alone on its line, and the words each holds
     * @param referenceWords   (as {@code abstractWords})
     */
    public record DocumentCues(Map<String, String> types, String casedLaw, String articleHeadings,
                               String articleSuffixes, List<String> starts, String footnotes, String abstracts,
                               List<String> abstractWords, String keywords, List<String> keywordWords,
                               String references, List<String> referenceWords) {
        /** The types a document names itself with, in the order their cues are tried. */
        public static final List<String> TYPES = List.of("decree", "resolution", "law", "report");
    }

    /**
     * The words around a stated figure that tell verification what it states (regex fragments, lowercase, apostrophes
     * as {@code '}; empty when the language has none): a change ({@code increase by 60%}, {@code в 2 раза}) or a
     * level ({@code to 60%}, {@code 60 foizgacha}), and a plan ({@code will be laid}) or a result ({@code were laid}).
     *
     * @param changeStems   stems of the verbs and nouns of change ({@code increas}, {@code увелич}, {@code oshir})
     * @param changeBy      the word between such a verb and the figure ({@code increased by}, {@code увеличить на})
     * @param changeAfter   the words right after a figure (or its percent word) that make it a change ({@code 2-fold},
     *                      {@code в 2 раза}, {@code 2 baravar}; word boundaries their own)
     * @param changeEndings the case ending of a figure that a change stem after it governs ({@code 60 foizga oshirish})
     * @param percentWords  the words for per cent between a figure and the words after it that make it a change
     *                      ({@code 60 percent increase}; endings included)
     * @param levelBefore   the words right before a figure that make it a level reached ({@code up to}, {@code до},
     *                      {@code достичь})
     * @param levelUnits    the words after a figure that carry a level's ending ({@code foiz}, {@code ming})
     * @param levelEndings  the endings and words after a figure that make it a level ({@code 60 foizgacha}, {@code 60
     *                      foizga yetkazish})
     * @param planWords     the words of a clause that states a plan, a target or a decision setting one ({@code will},
     *                      {@code будет}, {@code rejalashtir…}, the Uzbek imperative {@code -sin})
     * @param doneWords     the words of a clause that states a result ({@code were}, {@code было}, the Uzbek past
     *                      {@code -di})
     * @param perfectEndings the participle endings that, on the word ending a sentence, make it a finite verb stating
     *                      a result ({@code boshlangan}: has been started)
     */
    public record FigureCues(String changeStems, String changeBy, String changeAfter, String changeEndings,
                             String percentWords, String levelBefore, String levelUnits, String levelEndings,
                             String planWords, String doneWords, String perfectEndings) {
        public static final FigureCues NONE = new FigureCues("", "", "", "", "", "", "", "", "", "", "");
    }

    public static Builder of(Language language) {
        return new Builder(language);
    }

    /** Builds a vocabulary field by field; fields not set stay empty. */
    public static final class Builder {
        private final Language language;
        private List<String> identifying = List.of();
        private List<String> stopWords = List.of();
        private String monthNames = "";
        private String monthSuffixes = "";
        private List<String> monthStems = List.of();
        private String yearWords = "";
        private String dateYearLinks = "";
        private final Map<Integer, String> scaleWords = new LinkedHashMap<>();
        private final Map<String, String> currencies = new LinkedHashMap<>();
        private String percentWords = "";
        private String changeVerbs = "";
        private String upToEndings = "";
        private String notReached = "";
        private String numberSuffixes = "";
        private final Map<String, String> qualifiers = new LinkedHashMap<>();
        private final Map<String, String> qualifiersAfter = new LinkedHashMap<>();
        private final Map<String, String> postpositions = new LinkedHashMap<>();
        private final Map<String, String> prepositions = new LinkedHashMap<>();
        private final Map<String, String> dateEndings = new LinkedHashMap<>();
        private String deadlineWords = "";
        private String lastingWords = "";
        private String datePrepositionGaps = "";
        private String listConnectors = "";
        private String rangeConnectors = "";
        private String numberLabels = "";
        private String decadeForms = "";
        private String baseYearWords = "";
        private String productNames = "";
        private String codeNounsAfter = "";
        private List<String> abbreviations = List.of();
        private List<String> finalIfUpper = List.of();
        private List<String> initialDigraphs = List.of();
        private List<String> subjectStops = List.of();
        private List<String> subjectSkips = List.of();
        private List<String> counters = List.of();
        private List<String> copulas = List.of();
        private List<String> actTitleGaps = List.of();
        private List<String> actTitleSuffixes = List.of();
        private final Map<Integer, List<String>> numbers = new LinkedHashMap<>();
        private final Map<Integer, List<String>> ownNumbers = new LinkedHashMap<>();
        private final List<ActType> actTypes = new ArrayList<>();
        private final List<ActType> actHeadings = new ArrayList<>();
        private List<String> programCues = List.of();
        private List<String> nameEdgeWords = List.of();
        private List<String> nameEndings = List.of();
        private List<String> cueModifiers = List.of();
        private List<String> quotedNameCues = List.of();
        private List<String> nameHeads = List.of();
        private List<String> genericNameWords = List.of();
        private List<String> organisationWords = List.of();
        private List<String> nameConnectors = List.of();
        private List<String> cueDerivations = List.of();
        private boolean cueFollowsName;
        private YearParts yearParts = YearParts.NONE;
        private final List<ActType> actSeries = new ArrayList<>();
        private String actNumberSuffixes = "";
        private String actSuffixTypes = "";
        private String yearNouns = "";
        private String yearsWords = "";
        private String periodStarts = "";
        private String periodEnds = "";
        private String yearPrepositions = "";
        private String multiplierWord = "";
        private final Map<Integer, List<String>> multiplierStems = new LinkedHashMap<>();
        private final Map<String, String> currencySigns = new LinkedHashMap<>();
        private final Map<String, String> countryNames = new LinkedHashMap<>();
        private String actParts = "";
        private String yearAbbreviations = "";
        private String pluralSuffixes = "";
        private List<String> countingSuffixes = List.of();
        private String signatureCities = "";
        private String cityAbbreviations = "";
        private final Map<String, String> actKinds = new LinkedHashMap<>();
        private String actKindEndings = "";
        private final Map<String, String> issuers = new LinkedHashMap<>();
        private final Map<String, String> issuerAdjectives = new LinkedHashMap<>();
        private final Map<String, String> countryTitles = new LinkedHashMap<>();
        private String numberSigns = "";
        private String ablativeEndings = "";
        private final Map<String, String> comparisons = new LinkedHashMap<>();
        private String negations = "";
        private String clauseConjunctions = "";
        private String referenceWords = "";
        private String yearReferenceWords = "";
        private String billPrefixes = "";
        private String citationCodes = "";
        private String reporterCodes = "";
        private List<String> clitics = List.of();
        private List<String> nonNouns = List.of();
        private String yearNounsAfter = "";
        private List<String> phraseWords = List.of();
        private List<String> irregularPlurals = List.of();
        private String fromWords = "";
        private String toWords = "";
        private String yearWordsBeforeAct = "";
        private String datedWords = "";
        private String citationYearWords = "";
        private List<String> inflections = List.of();
        private List<String> cueCaseEndings = List.of();
        private final Map<String, String> documentTypes = new LinkedHashMap<>();
        private String casedLawCues = "";
        private String articleHeadings = "";
        private String articleSuffixes = "";
        private List<String> documentCueStarts = List.of();
        private String footnoteHeadings = "";
        private String abstractHeadings = "";
        private List<String> abstractWords = List.of();
        private String keywordHeadings = "";
        private List<String> keywordWords = List.of();
        private String referenceHeadings = "";
        private List<String> referenceListWords = List.of();
        private String pageWords = "";
        private String pageOfWords = "";
        private String yearRangeWords = "";
        private String ordinalSuffixes = "";
        private String dayEndWords = "";
        private String lawTitleWords = "";
        private String articles = "";
        private List<String> resultWords = List.of();
        private String dateOfWords = "";
        private String issuerLinks = "";
        private FigureCues figureCues = FigureCues.NONE;
        private List<String> numberCaseEndings = List.of();
        private String dativeEndings = "";
        private String genericPlans = "";
        private String decadePartsBefore = "";
        private String decadePartsAfter = "";

        private Builder(Language language) {
            this.language = language;
        }

        public Builder identifying(String spaceSeparated) {
            identifying = words(spaceSeparated);
            return this;
        }

        public Builder stopWords(String spaceSeparated) {
            stopWords = words(spaceSeparated);
            return this;
        }

        /** Month names and the suffixes they may carry, and the prefixes of months 1-12 ({@code |}-separated each). */
        public Builder months(String names, String suffixes, String... stems) {
            monthNames = names;
            monthSuffixes = suffixes;
            monthStems = List.of(stems);
            return this;
        }

        /** The prefixes of months 1-12 alone ({@code |}-separated each), for a language whose names come later. */
        public Builder monthStems(String... stems) {
            monthStems = List.of(stems);
            return this;
        }

        public Builder yearWords(String words, String dateLinks) {
            yearWords = words;
            dateYearLinks = dateLinks;
            return this;
        }

        public Builder scale(int powerOfTen, String regex) {
            scaleWords.put(powerOfTen, regex);
            return this;
        }

        public Builder currency(String code, String regex) {
            currencies.put(code, regex);
            return this;
        }

        /** Stems of verbs of growth and change whose range preposition gives the result reached (regex alternation). */
        public Builder changeVerbs(String regex) {
            changeVerbs = regex;
            return this;
        }

        /** Endings that make a figure an upper bound, and the ending and word that make it an exclusive one (regex). */
        public Builder limits(String upTo, String notReachedWords) {
            upToEndings = upTo;
            notReached = notReachedWords;
            return this;
        }

        /** Suffixes glued to a number that leave it a figure (regex alternation). */
        public Builder numberSuffixes(String regex) {
            numberSuffixes = regex;
            return this;
        }

        public Builder percentWords(String regex) {
            percentWords = regex;
            return this;
        }

        public Builder qualifierBefore(String name, String regex) {
            if (!QUALIFIERS.contains(name)) {
                throw new IllegalArgumentException("unknown qualifier " + name);
            }
            qualifiers.put(name, regex);
            return this;
        }

        public Builder qualifierAfter(String name, String regex) {
            if (!QUALIFIERS.contains(name)) {
                throw new IllegalArgumentException("unknown qualifier " + name);
            }
            qualifiersAfter.put(name, regex);
            return this;
        }

        /** Words after a date: {@code before}, {@code until} or {@code after}. */
        public Builder datePostposition(String qualifier, String regex) {
            if (!DEADLINES.contains(qualifier)) {
                throw new IllegalArgumentException("unknown deadline " + qualifier);
            }
            postpositions.put(qualifier, regex);
            return this;
        }

        /** Words before a date: {@code before}, {@code until} or {@code after}. */
        public Builder datePreposition(String qualifier, String regex) {
            if (!DEADLINES.contains(qualifier)) {
                throw new IllegalArgumentException("unknown deadline " + qualifier);
            }
            prepositions.put(qualifier, regex);
            return this;
        }

        /** Case endings of a date's last word: {@code before}, {@code until} or {@code after}. */
        public Builder dateEnding(String qualifier, String regex) {
            if (!DEADLINES.contains(qualifier)) {
                throw new IllegalArgumentException("unknown deadline " + qualifier);
            }
            dateEndings.put(qualifier, regex);
            return this;
        }

        /** Deadline words after a date, and the words after them that make the date the end of a lasting state. */
        public Builder deadlineWords(String deadline, String lasting) {
            deadlineWords = deadline;
            lastingWords = lasting;
            return this;
        }

        /** Words between a date preposition and its date (regex, each alternative with its trailing space). */
        public Builder datePrepositionGaps(String regex) {
            datePrepositionGaps = regex;
            return this;
        }

        /** The words joining figures in a list ({@code and}, {@code or}) and the ends of a range ({@code to}). */
        public Builder connectors(String list, String range) {
            listConnectors = list;
            rangeConnectors = range;
            return this;
        }

        public Builder numberLabels(String regex) {
            numberLabels = regex;
            return this;
        }

        public Builder decadeForms(String regex) {
            decadeForms = regex;
            return this;
        }

        public Builder baseYearWords(String regex) {
            baseYearWords = regex;
            return this;
        }

        /** Product names before a version number (case-sensitive regex) and nouns after a class's code (lowercase regex). */
        public Builder identifierWords(String products, String codeNouns) {
            productNames = products;
            codeNounsAfter = codeNouns;
            return this;
        }

        /**
         * Abbreviations whose period never ends a sentence, and those whose period ends one before an uppercase word
         * (space-separated, lowercase, without the final period).
         */
        public Builder abbreviations(String neverFinal, String finalIfUpperCase) {
            abbreviations = words(neverFinal);
            finalIfUpper = words(finalIfUpperCase);
            return this;
        }

        /** Two-letter initials of names (space-separated, lowercase, without the period). */
        public Builder initialDigraphs(String spaceSeparated) {
            initialDigraphs = words(spaceSeparated);
            return this;
        }

        /** The words of subject phrases: stops, skips, counters, copulas (each space-separated, lowercase). */
        public Builder subjects(String stops, String skips, String counterWords, String copulaWords) {
            subjectStops = words(stops);
            subjectSkips = words(skips);
            counters = words(counterWords);
            copulas = words(copulaWords);
            return this;
        }

        /** Words between an act's number and its quoted title, and the suffixes joining a title to the act after it. */
        public Builder actTitles(String gapWords, String suffixes) {
            actTitleGaps = words(gapWords);
            actTitleSuffixes = words(suffixes);
            return this;
        }

        public Builder number(int value, String... words) {
            numbers.put(value, List.of(words));
            return this;
        }

        /** A number word that is one only in text of this language (elsewhere it is another word). */
        public Builder ownNumber(int value, String... words) {
            ownNumbers.put(value, List.of(words));
            return this;
        }

        public Builder actType(String series, String type) {
            actTypes.add(new ActType(series, type));
            return this;
        }

        /** A heading (regex) that opens an act of the series with canonical id prefix {@code series}. */
        public Builder actHeading(String series, String heading) {
            actHeadings.add(new ActType(series, heading));
            return this;
        }

        /** Programme cue stems, the words trimmed from a name's edges, and the endings of name words. */
        public Builder programNames(String cues, String edgeWords, String endings) {
            programCues = words(cues);
            nameEdgeWords = words(edgeWords);
            nameEndings = words(endings);
            return this;
        }

        /** Words allowed between a quoted name and the cue word after it (space-separated, lowercase). */
        public Builder cueModifiers(String spaceSeparated) {
            cueModifiers = words(spaceSeparated);
            return this;
        }

        /** Cue stems after which a quoted name is a programme without the model (space-separated, lowercase). */
        public Builder quotedNameCues(String spaceSeparated) {
            quotedNameCues = words(spaceSeparated);
            return this;
        }

        /** Heads of capitalised names kept in them, and the connectors inside such names (space-separated). */
        public Builder capitalisedNames(String heads, String connectors) {
            nameHeads = words(heads);
            nameConnectors = words(connectors);
            return this;
        }

        /** The cue word follows the name it announces (Uzbek, Kazakh). */
        public Builder cueFollowsName() {
            cueFollowsName = true;
            return this;
        }

        /** Suffixes that make a cue stem another word (space-separated, lowercase). */
        public Builder cueDerivations(String spaceSeparated) {
            cueDerivations = words(spaceSeparated);
            return this;
        }

        /** Stems of the generic programme words left out of a name's value (space-separated, lowercase). */
        public Builder genericNameWords(String spaceSeparated) {
            genericNameWords = words(spaceSeparated);
            return this;
        }

        /** Organisation words: whole words, or stems marked with a final {@code *} (space-separated, lowercase). */
        public Builder organisationWords(String spaceSeparated) {
            organisationWords = words(spaceSeparated);
            return this;
        }

        /** Half-year and quarter words, and the ordinals 1-4 before them (each a regex, lowercase). */
        public Builder yearParts(String halves, String quarters, String first, String second, String third,
                                 String fourth) {
            yearParts = new YearParts(Map.of(1, first, 2, second, 3, third, 4, fourth), halves, quarters);
            return this;
        }

        /** Abbreviations (space-separated, uppercase) written before an act's number for the canonical {@code series}. */
        public Builder actSeries(String series, String abbreviations) {
            for (String a : words(abbreviations)) {
                actSeries.add(new ActType(series, a));
            }
            return this;
        }

        /** The "numbered" word after an act's number, and the type words that may follow it (each a regex). */
        public Builder actNumberSuffixes(String suffixes, String types) {
            actNumberSuffixes = suffixes;
            actSuffixTypes = types;
            return this;
        }

        /** The declined year noun after a number ({@code года}, {@code г.}) and the plural after a range (regexes). */
        public Builder yearNouns(String singular, String plural) {
            yearNouns = singular;
            yearsWords = plural;
            return this;
        }

        /** The words that open and close a period ({@code from … to}, {@code с … по}; regexes). */
        public Builder periodWords(String starts, String ends) {
            periodStarts = starts;
            periodEnds = ends;
            return this;
        }

        /** Words after which a year or a list of years is a date ({@code in}, {@code since}, {@code в}; regex). */
        public Builder yearPrepositions(String regex) {
            yearPrepositions = regex;
            return this;
        }

        /** The stem of multiplicative compounds ({@code кратн}): set once, before its {@link #multiplierStem}s. */
        public Builder multiplierWord(String stem) {
            multiplierWord = stem;
            return this;
        }

        /** Number stems glued before the multiplier word ({@code четырех}, {@code четырёх} for 4). */
        public Builder multiplierStem(int value, String... stems) {
            multiplierStems.put(value, List.of(stems));
            return this;
        }

        /** The signs and codes of a currency written before an amount (regex, case-sensitive). */
        public Builder currencySign(String code, String regex) {
            currencySigns.put(code, regex);
            return this;
        }

        /** The names of a country ({@code kz}, {@code uz}) in this language (regex). */
        public Builder countryName(String country, String regex) {
            countryNames.put(country, regex);
            return this;
        }

        /** Stems of the parts of an act numbered by a number sign after them (regex). */
        public Builder actParts(String regex) {
            actParts = regex;
            return this;
        }

        /** The abbreviated year word after a year ({@code y\\.}; regex). */
        public Builder yearAbbreviations(String regex) {
            yearAbbreviations = regex;
            return this;
        }

        /** Plural suffixes of the year word ({@code lar}; regex). */
        public Builder pluralSuffixes(String regex) {
            pluralSuffixes = regex;
            return this;
        }

        /** Counting suffixes of number words (space-separated, lowercase, longest of each stem first). */
        public Builder countingSuffixes(String spaceSeparated) {
            countingSuffixes = words(spaceSeparated);
            return this;
        }

        /** The city at the foot of an act and the abbreviation of "city" after it (regexes). */
        public Builder signature(String cities, String cityAbbreviation) {
            signatureCities = cities;
            cityAbbreviations = cityAbbreviation;
            return this;
        }

        /** The words of one kind of act ({@code decree}, {@code resolution}, …; regex). */
        public Builder actKind(String kind, String regex) {
            if (!ACT_KINDS.contains(kind)) {
                throw new IllegalArgumentException("unknown act kind " + kind);
            }
            actKinds.put(kind, regex);
            return this;
        }

        /** The case endings of the act kind words (regex). */
        public Builder actKindEndings(String regex) {
            actKindEndings = regex;
            return this;
        }

        /** How an act names its issuer ({@code president}, {@code cabinet}, {@code government}; regex). */
        public Builder issuer(String issuer, String regex) {
            if (!ISSUERS.contains(issuer)) {
                throw new IllegalArgumentException("unknown issuer " + issuer);
            }
            issuers.put(issuer, regex);
            return this;
        }

        /** How an act names its issuer before its kind ({@code Presidential}; regex). */
        public Builder issuerAdjective(String issuer, String regex) {
            if (!ISSUERS.contains(issuer)) {
                throw new IllegalArgumentException("unknown issuer " + issuer);
            }
            issuerAdjectives.put(issuer, regex);
            return this;
        }

        /** How the republic {@code country} ({@code kz}, {@code uz}) is named after an issuer (regex). */
        public Builder countryTitle(String country, String regex) {
            countryTitles.put(country, regex);
            return this;
        }

        /** The signs and words before an act's number (regex). */
        public Builder numberSigns(String regex) {
            numberSigns = regex;
            return this;
        }

        /** The ablative ending a compared figure takes, and the words that negate a comparison (regexes). */
        public Builder comparisonWords(String ablative, String negationWords) {
            ablativeEndings = ablative;
            negations = negationWords;
            return this;
        }

        /**
         * A postposition that compares to the figure before it: {@code moreThan}, {@code lessThan} or {@code atMost} after
         * the ablative, {@code approx} after the dative ({@code 100 ga yaqin}).
         */
        public Builder comparison(String qualifier, String regex) {
            if (!QUALIFIERS.contains(qualifier)) {
                throw new IllegalArgumentException("unknown qualifier " + qualifier);
            }
            comparisons.put(qualifier, regex);
            return this;
        }

        /** Conjunctions that open a new clause after a comma (regex). */
        public Builder clauseConjunctions(String regex) {
            clauseConjunctions = regex;
            return this;
        }

        /**
         * Words before a number that make it a reference, not a figure, and those before a year standing alone that
         * make it one, not a date (regexes).
         */
        public Builder referenceWords(String beforeFigure, String beforeYear) {
            referenceWords = beforeFigure;
            yearReferenceWords = beforeYear;
            return this;
        }

        /** The abbreviations before a bill's number ({@code S}, {@code H. Res}; case-sensitive regex). */
        public Builder billPrefixes(String regex) {
            billPrefixes = regex;
            return this;
        }

        public Builder citationCodes(String codes, String reporters) {
            citationCodes = codes;
            reporterCodes = reporters;
            return this;
        }

        /** Function words after a year-like number that show it counts nothing (space-separated, lowercase). */
        public Builder clitics(String spaceSeparated) {
            clitics = words(spaceSeparated);
            return this;
        }

        public Builder nonNouns(String spaceSeparated) {
            nonNouns = words(spaceSeparated);
            return this;
        }

        /** Year words after a year-like number that make it a year (regex). */
        public Builder yearNounsAfter(String regex) {
            yearNounsAfter = regex;
            return this;
        }

        /**
         * Function words after a bare year that go on with the phrase, and plural nouns without a plural ending
         * (each space-separated, lowercase).
         */
        public Builder modifiedNouns(String phraseWordList, String irregularPluralList) {
            phraseWords = words(phraseWordList);
            irregularPlurals = words(irregularPluralList);
            return this;
        }

        /** The words that open a from–to change before its first figure and join its two ends (regexes). */
        public Builder fromTo(String from, String to) {
            fromWords = from;
            toWords = to;
            return this;
        }

        /**
         * The year words between a date and the act after it, the words between an act and its date, and the year
         * words closing a parenthesised citation (regexes).
         */
        public Builder actDates(String yearBeforeAct, String dated, String citationYear) {
            yearWordsBeforeAct = yearBeforeAct;
            datedWords = dated;
            citationYearWords = citationYear;
            return this;
        }

        /** Verb endings and case suffixes that end a subject phrase (space-separated, lowercase). */
        public Builder inflections(String spaceSeparated) {
            inflections = words(spaceSeparated);
            return this;
        }

        /** Case endings that tie a cue word to the quoted name before it (space-separated, lowercase). */
        public Builder cueCaseEndings(String spaceSeparated) {
            cueCaseEndings = words(spaceSeparated);
            return this;
        }

        /** The cues of one document type ({@code decree}, {@code resolution}, {@code law}, {@code report}; regex). */
        public Builder documentType(String type, String regex) {
            if (!DocumentCues.TYPES.contains(type)) {
                throw new IllegalArgumentException("unknown document type " + type);
            }
            documentTypes.put(type, regex);
            return this;
        }

        /** Law cues matched case-sensitively (regex). */
        public Builder casedLawCues(String regex) {
            casedLawCues = regex;
            return this;
        }

        /** The word of a numbered article heading, and the word after a line-initial number that makes one (regexes). */
        public Builder articleHeadings(String heading, String suffix) {
            articleHeadings = heading;
            articleSuffixes = suffix;
            return this;
        }

        /** How each document cue begins, lowercase, separated by {@code |} (a start may hold a space). */
        public Builder documentCueStarts(String barSeparated) {
            documentCueStarts = List.of(barSeparated.split("\\|"));
            return this;
        }

        /** The headings of footnotes (case-sensitive regex). */
        public Builder footnoteHeadings(String regex) {
            footnoteHeadings = regex;
            return this;
        }

        /**
         * The headings of an article's abstract, keywords and reference list (regexes), each with the lowercase words
         * one of its matches always holds (space-separated).
         */
        public Builder apparatus(String abstracts, String abstractWordList, String keywords, String keywordWordList,
                                 String references, String referenceWordList) {
            abstractHeadings = abstracts;
            abstractWords = words(abstractWordList);
            keywordHeadings = keywords;
            keywordWords = words(keywordWordList);
            referenceHeadings = references;
            referenceListWords = words(referenceWordList);
            return this;
        }

        /** The words of a page number line, and the word before the page count (regexes). */
        public Builder pageWords(String page, String of) {
            pageWords = page;
            pageOfWords = of;
            return this;
        }

        /** The words joining the years of a range (regex). */
        public Builder yearRangeWords(String regex) {
            yearRangeWords = regex;
            return this;
        }

        /** The suffixes of digit ordinals, and the function words that end a year-less date's day (regexes). */
        public Builder dayWords(String ordinals, String dayEnds) {
            ordinalSuffixes = ordinals;
            dayEndWords = dayEnds;
            return this;
        }

        /** The words before the year in a law's title (regex). */
        public Builder lawTitleWords(String regex) {
            lawTitleWords = regex;
            return this;
        }

        /** The articles of the language (regex). */
        public Builder articles(String regex) {
            articles = regex;
            return this;
        }

        /** Upper-bound words that after a verb of change give its result (space-separated, lowercase). */
        public Builder resultWords(String spaceSeparated) {
            resultWords = words(spaceSeparated);
            return this;
        }

        /** The word linking a day or a year part to its month or year (regex). */
        public Builder dateOfWords(String regex) {
            dateOfWords = regex;
            return this;
        }

        /** The words linking an act's kind or number to its issuer (regex). */
        public Builder issuerLinks(String regex) {
            issuerLinks = regex;
            return this;
        }

        /** The words that tell what a stated figure is (verification). */
        public Builder figureCues(FigureCues cues) {
            figureCues = cues;
            return this;
        }

        public Vocabulary build() {
            return new Vocabulary(language, identifying, stopWords, monthNames, monthSuffixes, monthStems, yearWords,
                    dateYearLinks, scaleWords, currencies, percentWords, changeVerbs, upToEndings, notReached, numberSuffixes, qualifiers, qualifiersAfter, postpositions,
                    prepositions, dateEndings, deadlineWords, lastingWords, datePrepositionGaps, listConnectors, rangeConnectors, numberLabels, decadeForms, baseYearWords, productNames, codeNounsAfter, abbreviations, finalIfUpper,
                    initialDigraphs,
                    subjectStops, subjectSkips, counters, copulas, actTitleGaps, actTitleSuffixes, numbers, ownNumbers, actTypes, actHeadings, programCues,
                    nameEdgeWords, nameEndings, cueModifiers, quotedNameCues, nameHeads, genericNameWords, organisationWords, nameConnectors,
                    cueFollowsName, cueDerivations, yearParts, actSeries, actNumberSuffixes, actSuffixTypes,
                    yearNouns, yearsWords, periodStarts, periodEnds, yearPrepositions, multiplierWord, multiplierStems,
                    currencySigns, countryNames, actParts, yearAbbreviations, pluralSuffixes, countingSuffixes,
                    signatureCities, cityAbbreviations, actKinds, actKindEndings, issuers, issuerAdjectives,
                    countryTitles, numberSigns, ablativeEndings, comparisons, negations, clauseConjunctions,
                    referenceWords, yearReferenceWords, billPrefixes, citationCodes, reporterCodes, clitics, nonNouns, yearNounsAfter, phraseWords,
                    irregularPlurals, fromWords, toWords, yearWordsBeforeAct, datedWords, citationYearWords,
                    inflections, cueCaseEndings, new DocumentCues(Map.copyOf(documentTypes), casedLawCues,
                    articleHeadings, articleSuffixes, documentCueStarts, footnoteHeadings, abstractHeadings,
                    abstractWords, keywordHeadings, keywordWords, referenceHeadings, referenceListWords), pageWords,
                    pageOfWords, yearRangeWords, ordinalSuffixes, dayEndWords, lawTitleWords, articles, resultWords,
                    dateOfWords, issuerLinks, figureCues, numberCaseEndings, dativeEndings,
                    genericPlans, decadePartsBefore, decadePartsAfter);
        }

        /**
         * The case endings a number word takes before a qualifying postposition (space-separated, lowercase), and the
         * dative ending a figure takes before a postposition of approach (regex).
         */
        /** The words before and after a decade that name a part of it, making it approximate (regexes). */
        public Builder decadeParts(String before, String after) {
            decadePartsBefore = before;
            decadePartsAfter = after;
            return this;
        }

        /** Kinds of planning document that name no programme, with their owner stripped (regex). */
        public Builder genericPlans(String regex) {
            genericPlans = regex;
            return this;
        }

        public Builder numberCaseEndings(String spaceSeparated, String dative) {
            numberCaseEndings = words(spaceSeparated);
            dativeEndings = dative;
            return this;
        }

        private static List<String> words(String spaceSeparated) {
            return spaceSeparated.isBlank() ? List.of() : List.of(spaceSeparated.trim().split("\\s+"));
        }
    }
}
