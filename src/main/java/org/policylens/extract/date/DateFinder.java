package org.policylens.extract.date;

import org.policylens.lang.Letters;
import org.policylens.lang.NumberSigns;
import org.policylens.budget.Budget;
import org.policylens.annotate.AnnotatedText;
import org.policylens.extract.Candidate;
import org.policylens.extract.CandidateFinder;
import org.policylens.lang.Vocabularies;
import org.policylens.lang.Vocabulary;
import org.policylens.model.DateValue;
import org.policylens.model.Language;
import org.policylens.model.Qualifier;
import org.policylens.model.Span;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * DATE candidates in English, Russian and Uzbek (Latin and Cyrillic): full dates, month-years, years with a
 * year word or in a dating context, periods and decades, each with its deadline qualifier
 * ({@code by 2025} before, {@code until 2030} until, {@code since 2016} after). Qualifier words and leading
 * prepositions stay outside the span, as the annotation guideline asks.
 *
 * <p>Every date holds a digit, so patterns are tried anchored ({@code lookingAt}) only where a digit run starts
 * and at the few word starts just before it, never scanned over the whole text; every quantifier that can
 * meet a long run is possessive or bounded, so adversarial input stays linear.
 */
public final class DateFinder implements CandidateFinder {
    public static final String NAME = "date";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** How far before its first digit a date expression may start (September, between, fiscal year). */
    private static final int WORD_LEAD = 40;
    /** How far after its first digit a date expression may end. */
    private static final int MATCH_REACH = 112;
    private static final String Y = "(?:1[89]\\d\\d|20\\d\\d|2100)";
    private static final String D = "(?:[0-3]?\\d)";
    /** Left edge of a year: not glued to a word, a number, an act id (IT-2030) or a path. */
    private static final String YL = "(?<![\\p{L}\\p{N}_/.,№#])(?<!\\p{L}[-‑–])";
    /** Right edge of a year that ends the expression. */
    private static final String YR = "(?![\\p{N}])(?![.,/:]\\d)";
    private static final String WL = "(?<![\\p{L}\\p{N}])";
    /**
     * Left edge of a year that opens a date with its year word: not glued to a word or number, except to a zero alone
     * at a line's start, a list bullet some republications print as {@code 0} ({@code 02020-yil 1-apreldan boshlab},
     * beside {@code 0O'zbekiston} and {@code 04.}); {@link #find} then starts the year's digit run after it.
     */
    private static final String YEAR_FIRST = "(?<![\\p{L}\\p{N}&&[^0]])(?<![^\\n]0)";
    private static final String DASH = "[-‐‑‒–—]";
    private static final String YEAR_WORD_UZ = Vocabularies.alternatives(Vocabularies.UZBEK, Vocabulary::yearWords);
    /** Uzbek year words that link a year to its day or month ({@code yilning}, {@code йили}). */
    private static final String YEAR_LINK_UZ = Vocabularies.alternatives(Vocabularies.UZBEK, Vocabulary::dateYearLinks);
    /** Uzbek endings of the first and last word of a period ({@code 2019-yildan 2021-yilgacha}). */
    private static final String FROM_UZ = Vocabularies.alternatives(Vocabularies.UZBEK,
            v -> v.dateEndings().getOrDefault("after", ""));
    private static final String TO_UZ = Vocabularies.alternatives(Vocabularies.UZBEK,
            v -> v.dateEndings().getOrDefault("before", ""));
    private static final String UP_TO_UZ = Vocabularies.alternatives(Vocabularies.UZBEK, Vocabulary::upToEndings);
    /** The words that open and close a period, and the plural year words after a range of years. */
    private static final String PERIOD_STARTS = Vocabularies.alternatives(Vocabulary::periodStarts);
    private static final String PERIOD_ENDS = Vocabularies.alternatives(Vocabulary::periodEnds);
    private static final String YEARS_WORDS = Vocabularies.alternatives(Vocabulary::yearsWords);
    /** What names a decade after its first year, in every language. */
    private static final String DECADE_FORMS = Vocabularies.alternatives(Vocabulary::decadeForms);
    /** Kazakh year words with their endings ({@code жылы}, {@code ж.}). */
    private static final String YEAR_WORD_KK = Vocabularies.alternatives(Vocabularies.KAZAKH, Vocabulary::yearWords);
    /** Kazakh year words that link a year to its day or month ({@code жылғы}, {@code жылдың}). */
    private static final String YEAR_LINK_KK = Vocabularies.alternatives(Vocabularies.KAZAKH, Vocabulary::dateYearLinks);
    /** A year-first dotted date; the middle part is the month, or the day in a document that writes YYYY.DD.MM. */
    private static final String DOTTED = "(?<![\\p{L}\\p{N}.,/-])(?<y>(?:1[89]|20)\\d\\d)\\.(?<a>[0-3]\\d)\\.(?<b>[0-3]\\d)"
            + "(?![\\p{N}])(?!\\.\\d)";
    private static final Pattern DOTTED_PATTERN = Pattern.compile(DOTTED);
    private static final String RU_YEAR_WORD = "(?:" + Vocabularies.RUSSIAN.yearNouns() + ")(?![\\p{L}])";
    /** The Uzbek abbreviated year words ({@code 2019 y.}, {@code 2019 й.}). */
    private static final String YEAR_ABBREVIATION_UZ = Vocabularies.alternatives(Vocabularies.UZBEK,
            Vocabulary::yearAbbreviations) + "(?![\\p{L}])";
    /** Not a plural of the Uzbek year word ({@code 5 yillar}: five years). */
    private static final String NOT_PLURAL_UZ = "(?!" + Vocabularies.union(Vocabularies.UZBEK, Vocabulary::pluralSuffixes)
            + ")";
    /** Words joining the years of a list ({@code in 2019 and 2020}). */
    private static final String LIST_CONNECTORS = Vocabularies.alternatives(Vocabulary::listConnectors);
    /** Roman numerals 1-4, for the ordinal of a half or a quarter ({@code III квартал}). */
    private static final String[] ROMAN = {"", Letters.LATIN_OR_CYRILLIC_I,
            Letters.LATIN_OR_CYRILLIC_I.repeat(2), Letters.LATIN_OR_CYRILLIC_I.repeat(3), Letters.LATIN_OR_CYRILLIC_I + "v"};
    /** A half or a quarter of a year, one named group per part: {@code h1 h2 q1 q2 q3 q4} (see {@link #yearPart}). */
    private static final String YEAR_PARTS = yearParts();
    /** The year words of every language, with their endings ({@code yilning}, {@code жылдың}). */
    private static final String ANY_YEAR_WORD = Vocabularies.alternatives(Vocabulary::yearWords) + "\\p{L}*+";
    /** A year part before its year: {@code first half of 2020}, {@code I квартал 2020 года}, {@code Q1 2020}. */
    private static final String PART_THEN_YEAR = YEAR_PARTS + "(?:\\s++(?:" + Vocabularies.ENGLISH.dateOfWords() + "))?\\s++(?<y>" + Y + ")" + YR
            + "(?:\\s*+" + RU_YEAR_WORD + "|(?![\\p{L}]))"; // not a decade: "first half of the 2020s"

    private enum Form {
        EN_MDY(WL + "(?<m>" + MonthNames.EN + ")\\s++(?<d>" + D + ")(?:" + Vocabularies.ENGLISH.ordinalSuffixes() + ")?,?\\s++(?<y>" + Y + ")" + YR),
        EN_DMY(WL + "(?<d>" + D + ")(?:" + Vocabularies.ENGLISH.ordinalSuffixes() + ")?\\s++(?:(?:" + Vocabularies.ENGLISH.dateOfWords() + ")\\s++)?(?<m>" + MonthNames.EN + "),?\\s++(?<y>" + Y + ")" + YR),
        FROM_TO_UZ_FULL(YEAR_FIRST + "(?<y1>" + Y + ")\\s*+-?\\s*+" + YEAR_WORD_UZ + "\\s++(?<d1>" + D + ")\\s*+-?\\s*+(?<m1>"
                + MonthNames.UZ_LATN_BARE + "|" + MonthNames.CYRL_STEM + ")" + FROM_UZ + "\\s++(?<y>" + Y + ")\\s*+-?\\s*+" + YEAR_WORD_UZ
                + "\\s++(?<d>" + D + ")\\s*+-?\\s*+(?<m>" + MonthNames.UZ_LATN_BARE + "|" + MonthNames.CYRL_STEM
                + ")" + TO_UZ + "(?![\\p{L}])"),
        DMY_WORD(WL + "«?(?<d>" + D + ")»?\\s*+-?\\s*+(?<m>" + MonthNames.CYRL_BARE + "|" + MonthNames.UZ_LATN_BARE + "|"
                + MonthNames.KK + ")\\s++(?<y>" + Y + ")"
                + YR + "(?:\\s*+-?\\s*+(?:" + RU_YEAR_WORD + "|" + YEAR_WORD_UZ + "\\p{L}*+|" + YEAR_ABBREVIATION_UZ + "))?"),
        YMD_UZ(YEAR_FIRST + "(?<y>" + Y + ")\\s*+-?\\s*+" + YEAR_LINK_UZ + "\\s++(?<d>" + D + ")\\s*+-?\\s*+(?<m>"
                + MonthNames.UZ_LATN + "|" + MonthNames.CYRL + ")(?![\\p{L}])"),
        /** Kazakh {@code 2024 жылғы 15 маусымдағы}. */
        YMD_KK(YEAR_FIRST + "(?<y>" + Y + ")\\s*+-?\\s*+" + YEAR_LINK_KK + "\\s++(?<d>" + D + ")\\s*+-?\\s*+(?<m>" + MonthNames.KK
                + ")(?![\\p{L}])"),
        NUM_DMY("(?<![\\p{L}\\p{N}.,/:])(?<!\\p{L}[-‑])(?<d>" + D + ")\\.(?<m>[01]?\\d)\\.(?<y>\\d{4}|\\d{2})(?![\\p{N}])(?![.,/:]\\d)"
                + "(?:\\s*+-\\s*+(?:" + YEAR_ABBREVIATION_UZ + "|" + YEAR_WORD_UZ + "\\p{L}*+)|\\s++(?:" + YEAR_WORD_UZ + "\\p{L}*+|"
                + RU_YEAR_WORD + ")|" + YEAR_ABBREVIATION_UZ + ")?"),
        US_NUMERIC("(?<![\\p{L}\\p{N}.,/\\-–—])(?<m>1[0-2]|0?[1-9])(?<sep>[-/–—])(?<d>[0-3]?\\d)\\k<sep>(?<y>\\d{4}|\\d{2})"
                + "(?![\\p{N}])(?![-/.–—]\\d)"),
        /**
         * Month and year in figures, {@code 5/2009}: a month 1-12, a slash, a year 1900-2099, with no digit, slash,
         * dash or decimal point around it (not a fraction, ratio, m/d/y date or number like {@code № 5/2009}).
         */
        NUM_MONTH_YEAR("(?<![\\p{L}\\p{N}.,/\\-–—])(?<!" + NumberSigns.SIGN + "\\s?)(?<!" + NumberSigns.ABBREVIATION.toLowerCase(java.util.Locale.ROOT) + "\\.\\s?)(?<m>1[0-2]|0?[1-9])/(?<y>(?:19|20)\\d\\d)"
                + "(?![\\p{N}/])(?![-.,:–—]\\d)(?!\\s?%)"),
        ISO("(?<![\\p{L}\\p{N}.,/-])(?<y>(?:1[89]|20)\\d\\d)-(?<m>[01]\\d)-(?<d>[0-3]\\d)(?![\\p{N}])(?!-\\d)"),
        /** Act-register dates {@code 1997.06.18.}: year first, then month and day in the order the document uses. */
        YMD_DOTTED(DOTTED),
        /** A year, then its half or quarter: {@code 2020 yilning birinchi yarim yilligi}, {@code 2020 жылдың І тоқсаны}. */
        YEAR_PART(WL + "(?<y>" + Y + ")(?:\\s*+-?\\s*+" + ANY_YEAR_WORD + ")?(?:\\s++|\\s*+-\\s*+)" + YEAR_PARTS
                + "(?![\\p{L}])"),
        /** A half or quarter named by a word or roman numeral, then its year: {@code first half of 2020}. */
        PART_YEAR(WL + PART_THEN_YEAR),
        /** The same with a digit ordinal: {@code 1-й квартал 2020 года}, {@code 2 полугодие 2019 г.}. */
        NUM_PART_YEAR("(?<![\\p{L}\\p{N}.,/-])" + PART_THEN_YEAR),
        DMD_RANGE_RU(WL + "(?<d1>" + D + ")\\s++(?<m1>" + MonthNames.CYRL + ")\\s++(?:" + Vocabularies.RUSSIAN.periodEnds() + "|-|–|—)\\s++(?<d>" + D + ")\\s++(?<m>"
                + MonthNames.CYRL + ")\\s++(?<y>" + Y + ")" + YR + "(?:\\s*+" + RU_YEAR_WORD + ")?"),
        MONTH_RANGE(WL + "(?:" + PERIOD_STARTS + "\\s++)?(?<m1>" + MonthNames.ANY + ")(?:\\s*+" + DASH
                + "\\s*+|\\s++" + PERIOD_ENDS + "\\s++)(?<m>" + MonthNames.ANY + "),?\\s++(?<y>" + Y + ")" + YR),
        MONTH_YEAR(WL + "(?<m>" + MonthNames.ANY + ")\\.?,?\\s++(?:(?:" + Vocabularies.ENGLISH.dateOfWords() + ")\\s++)?(?<y>" + Y + ")" + YR + "(?:\\s*+" + RU_YEAR_WORD + ")?"),
        YEAR_MONTH_RANGE_UZ(YEAR_FIRST + "(?<y>" + Y + ")\\s*+-?\\s*+" + YEAR_LINK_UZ + "\\s++(?<m1>"
                + MonthNames.UZ_LATN + "|" + MonthNames.CYRL + ")\\s*+" + DASH + "\\s*+(?<m>" + MonthNames.UZ_LATN + "|"
                + MonthNames.CYRL + ")(?![\\p{L}])"),
        YEAR_MONTH_UZ(YEAR_FIRST + "(?<y>" + Y + ")\\s*+-?\\s*+" + YEAR_LINK_UZ + "\\s++(?<m>" + MonthNames.UZ_LATN + "|"
                + MonthNames.CYRL + ")(?![\\p{L}])"),
        /** Kazakh {@code 2025 жылдың қаңтарынан}. */
        YEAR_MONTH_KK(YEAR_FIRST + "(?<y>" + Y + ")\\s*+-?\\s*+" + YEAR_LINK_KK + "\\s++(?<m>" + MonthNames.KK + ")(?![\\p{L}])"),
        FROM_TO_EN(WL + "(?:" + Vocabularies.ENGLISH.periodStarts() + ")\\s++(?<y1>" + Y + ")\\s++(?:"
                + Vocabularies.ENGLISH.periodEnds() + "|-|–|—)\\s++(?<y2>" + Y + ")" + YR),
        FROM_TO_RU(WL + "(?:" + Vocabularies.RUSSIAN.periodStarts() + ")\\s++(?<y1>" + Y + ")(?:\\s*+" + RU_YEAR_WORD + ")?\\s++(?:"
                + Vocabularies.RUSSIAN.periodEnds() + ")\\s++(?<y2>" + Y + ")" + YR
                + "(?:\\s*+(?:" + Vocabularies.RUSSIAN.yearsWords() + "|" + Vocabularies.RUSSIAN.yearNouns()
                + ")(?![\\p{L}]))?"),
        FROM_TO_UZ(YEAR_FIRST + "(?<y1>" + Y + ")\\s*+-?\\s*+" + YEAR_WORD_UZ + "?" + FROM_UZ + "\\s++(?<y2>" + Y + ")\\s*+-?\\s*+" + YEAR_WORD_UZ
                + "?" + UP_TO_UZ + "(?![\\p{L}])"),
        RANGE(YL + "(?<y1>" + Y + ")(?:\\s*+" + DASH + "\\s*+|\\s++(?:" + Vocabularies.union(Vocabulary::yearRangeWords) + ")\\s++)(?<y2>" + Y + "|\\d\\d)(?![\\p{N}])(?![.,/:]\\d)"
                + "(?:\\s*+-?\\s*+" + YEARS_WORDS + "|(?![\\p{L}])(?!-\\p{L}))"),
        ACADEMIC_YEAR(YL + "(?<y1>" + Y + ")/(?<y2>" + Y + ")" + YR),
        /** A decade by its first year: 1990s, 1990-е годы, 1990-yillarda, 1990 жылдары (not the end of a range 1980-1990). */
        // a letter and a hyphen may come before (mid-1990s): find() keeps only a part of the decade there
        DECADE("(?<![\\p{L}\\p{N}_/.,№#])(?<!\\p{L}–)(?<![\\p{N}]\\s?[-‑–—]\\s?)(?<y>(?:1[89]|20)\\d0)(?:" + DECADE_FORMS
                + ")(?![\\p{L}\\p{N}])"),
        // Uzbek abbreviates the year word: 2019 й., 2019-y. (й alone is no Uzbek word, so its dot may be lost)
        YEAR_WORD("(?<![\\p{L}\\p{N}_/.,№#&&[^0]])(?<![^\\n]0)(?<!\\p{L}[-‑–])(?<y>" + Y + ")(?:\\s*+-?\\s*+" + YEAR_WORD_UZ + NOT_PLURAL_UZ + "\\p{L}*+|\\s*+-?\\s*+" + YEAR_ABBREVIATION_UZ + "|\\s*+" + RU_YEAR_WORD
                + "|\\s*+-?\\s*+" + YEAR_WORD_KK + ")"),
        YEAR_LIST(WL + Vocabularies.alternatives(Vocabulary::yearPrepositions) + "\\s++(?<list>" + Y
                + "(?:(?:\\s*+,\\s*+|,?\\s++" + LIST_CONNECTORS + "\\s++)" + Y + ")*+)" + YR + "(?![\\p{L}])(?![-‑]\\p{L})(?!\\s?%)"),
        PAREN_YEAR("(?<=\\()(?<y>" + Y + ")(?=\\))"),
        /** An author-year citation or a source line: {@code (UNDP, 2020)}, {@code World Bank, Jordan, 2020.} */
        AUTHOR_YEAR("(?<=\\p{L}\\.?,\\s{0,2})(?<y>" + Y + ")(?=\\s*+(?:[);]|\\.(?!\\d)|$))"),
        /** A year standing alone in running text; {@link BareYears} decides whether it dates or counts. */
        BARE_YEAR(YL + "(?<![$€₸£] ?)(?<y>" + Y + ")" + YR + "(?![\\p{L}])(?!\\s?%)");

        final Pattern pattern;
        /** Begins with a word (month name, preposition) rather than a digit. */
        final boolean wordFirst;

        /**
         * For a word-first form, the most runs of {@code \\s} its text can hold before the first digit (each run
         * needs its own {@code \\s} in the regex: month names and prepositions hold none); else unbounded.
         */
        int spaceRunsBeforeDigit() {
            return switch (this) {
                case EN_MDY, FROM_TO_EN, FROM_TO_RU -> 1; // "May 5", "from 2019", "с 2019"
                case MONTH_YEAR, YEAR_LIST -> 2; // "May, of 2019", "fiscal year 2019"
                case MONTH_RANGE -> 5; // "January - March, 2019", "from May to June 2020"
                case PART_YEAR -> 3; // "first half of 2020", "birinchi yarim yilligi 2020"
                default -> Integer.MAX_VALUE;
            };
        }

        /** Lowercase literals, matched case-sensitively against the case-folded view (see {@link #find}). */
        Form(String regex) {
            this.pattern = Pattern.compile(regex);
            String body = regex.startsWith(WL) ? regex.substring(WL.length()) : regex;
            this.wordFirst = body.startsWith("(?<m>") || body.startsWith("(?<m1>") || body.startsWith("(?:");
        }

        /**
         * Whether a match can take the digit run starting where this form's first digits must be: a year form
         * needs exactly four digits from 1800 to 2100, a day or month form one or two (each is followed by a
         * non-digit in every form). Skipping the rest leaves the matches as they were and saves most attempts.
         */
        boolean fitsDigitRun(int length, boolean year) {
            return switch (this) {
                case EN_MDY, EN_DMY, DMY_WORD, NUM_DMY, US_NUMERIC, NUM_MONTH_YEAR, DMD_RANGE_RU -> length <= 2; // day or month
                case NUM_PART_YEAR -> length == 1; // the ordinal of a half or quarter
                case PART_YEAR -> year || length == 1; // the digit of a code (Q3 2022) comes before the year
                default -> year;
            };
        }
    }

    /** Words right before a date that make it a deadline, by the vocabularies' date prepositions. */
    private static final Pattern LEFT_QUALIFIER = Pattern.compile("(?<![\\p{L}])(?:" + Vocabulary.DEADLINES.stream()
            .map(q -> "(?<" + q + ">" + Vocabularies.union(v -> v.datePrepositions().getOrDefault(q, "")) + ")")
            .collect(Collectors.joining("|")) + ")\\s++(?:" + Vocabularies.union(Vocabulary::datePrepositionGaps) + ")?$",
            FLAGS);
    /** A part of a decade named before it: {@code mid-}, {@code the early}, {@code в середине}. */
    private static final Pattern DECADE_PART_BEFORE = Pattern.compile("(?<![\\p{L}])(?:"
            + Vocabularies.union(Vocabulary::decadePartsBefore) + ")(?:[-‑]|\\s++)$", FLAGS);
    /** A part of a decade named after it: {@code o'rtalarida}, {@code ортасында}. */
    private static final Pattern DECADE_PART_AFTER = Pattern.compile("\\s++(?:"
            + Vocabularies.union(Vocabulary::decadePartsAfter) + ")(?![\\p{L}])", FLAGS);
    /** Words right after a date that make it a deadline, by the vocabularies' date postpositions. */
    private static final Pattern RIGHT_POSTPOSITION = Pattern.compile("\\s*+(?:" + Vocabulary.DEADLINES.stream()
            .map(q -> "(?<" + q + ">" + Vocabularies.union(v -> v.datePostpositions().getOrDefault(q, "")) + ")")
            .collect(Collectors.joining("|")) + ")(?![\\p{L}])", FLAGS);
    /** {@code 2020-yilga qadar}, {@code 2020-yil oxiriga qadar} / {@code oxirigacha} (by the end of). */
    private static final Pattern RIGHT_QADAR = Pattern.compile(
            "\\s++(?:" + Vocabularies.union(Vocabulary::deadlineWords) + ")(?![\\p{L}])", FLAGS);
    /** After {@code … qadar}, a verb of lasting makes it a state lasting until the date, else it is a deadline. */
    private static final Pattern LASTING = Pattern.compile(
            "\\s++(?:\\p{L}++\\s++){0,2}?(?:" + Vocabularies.union(Vocabulary::lastingWords) + ")", FLAGS);
    /** A date's last word whose case ending makes it a deadline ({@code 2030-yilga}) or a start ({@code 2019-yildan}). */
    private static final Pattern ENDING_BEFORE = Pattern.compile(
            Vocabularies.alternatives(v -> v.dateEndings().getOrDefault("before", "")) + "$");
    private static final Pattern ENDING_AFTER = Pattern.compile(
            Vocabularies.alternatives(v -> v.dateEndings().getOrDefault("after", "")) + "$");
    private static final Pattern YEAR_IN_LIST = Pattern.compile(Y + "(?!\\d)");

    private static final int THIS_YEAR = Year.now().getValue();

    private record Raw(Span span, DateValue value, int rank) {
    }

    @Override
    public List<Candidate> find(AnnotatedText text) {
        String view = text.view();
        // folded once: the forms' case-insensitive matching used to fold each character once per alternative tried
        String folded = text.foldedView();
        int n = view.length();
        boolean english = text.language() == Language.EN || text.language() == Language.UNKNOWN;
        Form[] forms = Form.values();
        Matcher[] matchers = new Matcher[forms.length];
        for (int f = 0; f < forms.length; f++) {
            matchers[f] = forms[f].pattern.matcher(folded);
            matchers[f].useTransparentBounds(true).useAnchoringBounds(false);
        }
        List<Raw> raws = new ArrayList<>();
        boolean dottedDayFirst = dottedDayFirst(view);
        int wordTriedUpTo = 0;
        for (int i = 0; i < n; i++) {
            if (!isDigit(view.charAt(i)) || i > 0 && isDigit(view.charAt(i - 1))) {
                continue;
            }
            Budget.check(); // once per number
            int limit = Math.min(n, i + MATCH_REACH);
            int run = digitRun(view, i);
            if (run == 5 && view.charAt(i) == '0' && (i == 0 || view.charAt(i - 1) == '\n') && isYear(view, i + 1)) {
                i++; // a list bullet printed as a zero: the year after it opens the item (see YEAR_FIRST)
                run--;
            }
            boolean year = run == 4 && isYear(view, i);
            // forms that begin with a word (month, preposition) start at a word shortly before the digits
            for (int p = Math.max(wordTriedUpTo, i - WORD_LEAD); p < i; p++) {
                if (Character.isLetter(view.charAt(p)) && (p == 0 || !Character.isLetter(view.charAt(p - 1)))) {
                    // a match from p reaches the digits at i (the first ones after p): forms that cannot span
                    // that many gaps between words are not tried
                    int gaps = spaceRuns(view, p, i);
                    for (int f = 0; f < forms.length; f++) {
                        if (forms[f].wordFirst && gaps <= forms[f].spaceRunsBeforeDigit()
                                && forms[f].fitsDigitRun(run, year)) {
                            tryAt(forms[f], matchers[f], p, limit, dottedDayFirst, raws);
                        }
                    }
                }
            }
            wordTriedUpTo = i;
            int from = i > 0 && view.charAt(i - 1) == '«' ? i - 1 : i;
            for (int f = 0; f < forms.length; f++) {
                if (!forms[f].wordFirst && (forms[f] != Form.US_NUMERIC || english) && forms[f].fitsDigitRun(run, year)
                        && (forms[f] != Form.BARE_YEAR || BareYears.isDate(view, i, i + 4, english))) {
                    tryAt(forms[f], matchers[f], from, limit, dottedDayFirst, raws);
                }
            }
        }
        // a decade after a hyphened word is a part of it (mid-1990s) or nothing (an id: COVID-1990s)
        raws.removeIf(r -> r.rank() == Form.DECADE.ordinal() && hyphenedWordBefore(view, r.span().start())
                && lookBack(DECADE_PART_BEFORE, view, r.span().start()) == null);
        List<Raw> kept = resolve(raws);
        List<Candidate> out = new ArrayList<>(kept.size());
        for (Raw r : kept) {
            out.add(qualify(view, r));
        }
        return out;
    }

    /** Maximal runs of regex whitespace ({@code \\s}: space, tab, line breaks, form feed) in [from, to). */
    static int spaceRuns(String view, int from, int to) {
        int runs = 0;
        boolean inRun = false;
        for (int k = from; k < to; k++) {
            char c = view.charAt(k);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && !inRun) {
                runs++;
            }
            inRun = space;
        }
        return runs;
    }

    private static void tryAt(Form form, Matcher m, int at, int limit, boolean dottedDayFirst, List<Raw> raws) {
        m.region(at, limit);
        if (m.lookingAt()) {
            collect(form, m, dottedDayFirst, raws);
        }
    }

    /**
     * Whether the document writes its year-first dotted dates YYYY.DD.MM (the Paragraph database: {@code 2009.30.12.})
     * rather than YYYY.MM.DD (adilet: {@code 1997.06.18.}): one of them has a middle part no month can be.
     */
    static boolean dottedDayFirst(String view) {
        // tried only where a dot follows four characters that can be a year: matches cannot overlap (one starts after
        // no digit or dot, and holds only those), so these are the matches a find() over the whole text meets
        Matcher m = DOTTED_PATTERN.matcher(view);
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int dot = view.indexOf('.', 4); dot >= 0; dot = view.indexOf('.', dot + 1)) {
            char first = view.charAt(dot - 4);
            if ((first == '1' || first == '2') && m.region(dot - 4, view.length()).lookingAt()
                    && Integer.parseInt(m.group("a")) > 12 && Integer.parseInt(m.group("b")) <= 12) {
                return true;
            }
        }
        return false;
    }

    /** The length of the run of ASCII digits ({@code \\d}) starting at {@code i}. */
    private static int digitRun(String view, int i) {
        int k = i;
        while (k < view.length() && isDigit(view.charAt(k))) {
            k++;
        }
        return k - i;
    }

    /** Whether the four digits at {@code i} are a year {@code Y} can match: 1800 to 2099, or 2100. */
    private static boolean isYear(String view, int i) {
        char c0 = view.charAt(i);
        char c1 = view.charAt(i + 1);
        return c0 == '1' && (c1 == '8' || c1 == '9') || c0 == '2' && c1 == '0'
                || view.startsWith("2100", i);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Normalizes one match into zero or more raw dates (a year list gives one per year). */
    private static void collect(Form form, Matcher m, boolean dottedDayFirst, List<Raw> out) {
        int rank = form.ordinal();
        Span span = new Span(m.start(), m.end());
        switch (form) {
            case YMD_DOTTED -> {
                int a = Integer.parseInt(m.group("a"));
                int b = Integer.parseInt(m.group("b"));
                LocalDate day = dottedDayFirst ? day(Integer.parseInt(m.group("y")), b, a)
                        : day(Integer.parseInt(m.group("y")), a, b);
                if (day != null) {
                    out.add(new Raw(span, DateValue.of(day), rank));
                }
            }
            case EN_MDY, EN_DMY, DMY_WORD, YMD_UZ, YMD_KK, NUM_DMY, ISO, US_NUMERIC -> {
                String ys = m.group("y");
                String ds = m.group("d");
                String ms = m.group("m");
                boolean numeric = form == Form.NUM_DMY || form == Form.ISO || form == Form.US_NUMERIC;
                int month = numeric ? Integer.parseInt(ms) : MonthNames.monthOf(ms);
                if (form == Form.NUM_DMY && ys.length() == 2 && (ds.length() != 2 || ms.length() != 2)) {
                    return;
                }
                int year = ys.length() == 2 ? nearestCentury(Integer.parseInt(ys)) : Integer.parseInt(ys);
                LocalDate day = day(year, month, Integer.parseInt(ds));
                if (day != null) {
                    out.add(new Raw(span, DateValue.of(day), rank));
                }
            }
            case DMD_RANGE_RU, FROM_TO_UZ_FULL -> {
                int year = Integer.parseInt(m.group("y"));
                int fromYear = form == Form.FROM_TO_UZ_FULL ? Integer.parseInt(m.group("y1")) : year;
                LocalDate from = day(fromYear, MonthNames.monthOf(m.group("m1")), Integer.parseInt(m.group("d1")));
                LocalDate to = day(year, MonthNames.monthOf(m.group("m")), Integer.parseInt(m.group("d")));
                if (from != null && to != null && from.isBefore(to)) {
                    out.add(new Raw(span, DateValue.period(DateValue.of(from), DateValue.of(to)), rank));
                }
            }
            case MONTH_RANGE, YEAR_MONTH_RANGE_UZ -> {
                int year = Integer.parseInt(m.group("y"));
                int m1 = MonthNames.monthOf(m.group("m1"));
                int m2 = MonthNames.monthOf(m.group("m"));
                if (m1 > 0 && m2 > m1) {   // the leading preposition (between, from, с) stays outside the span
                    out.add(new Raw(form == Form.MONTH_RANGE ? new Span(m.start("m1"), span.end()) : span, DateValue.period(month(year, m1), month(year, m2)),
                            rank));
                }
            }
            case MONTH_YEAR, YEAR_MONTH_UZ, YEAR_MONTH_KK, NUM_MONTH_YEAR -> {
                String ms = m.group("m");
                int month = form == Form.NUM_MONTH_YEAR ? Integer.parseInt(ms) : MonthNames.monthOf(ms);
                if (month > 0) {
                    out.add(new Raw(span, month(Integer.parseInt(m.group("y")), month), rank));
                }
            }
            case FROM_TO_EN, FROM_TO_RU, FROM_TO_UZ, RANGE, ACADEMIC_YEAR -> {
                int y1 = Integer.parseInt(m.group("y1"));
                String y2s = m.group("y2");
                int y2 = y2s.length() == 2 ? y1 / 100 * 100 + Integer.parseInt(y2s) : Integer.parseInt(y2s);
                if (y2 > y1 && y2 - y1 <= 50) {
                    Span s = form == Form.FROM_TO_EN || form == Form.FROM_TO_RU ? new Span(m.start("y1"), span.end()) : span;
                    out.add(new Raw(s, DateValue.period(new DateValue(Integer.toString(y1)),
                            new DateValue(Integer.toString(y2))), rank));
                }
            }
            case YEAR_PART, PART_YEAR, NUM_PART_YEAR -> out.add(new Raw(span, yearPart(m, Integer.parseInt(m.group("y"))),
                    rank));
            case DECADE -> {
                int y = Integer.parseInt(m.group("y"));
                out.add(new Raw(span, DateValue.period(new DateValue(Integer.toString(y)),
                        new DateValue(Integer.toString(y + 9))), rank));
            }
            case YEAR_WORD, PAREN_YEAR, AUTHOR_YEAR, BARE_YEAR -> out.add(new Raw(span, new DateValue(m.group("y")), rank));
            case YEAR_LIST -> {
                Matcher y = YEAR_IN_LIST.matcher(m.group("list"));
                int base = m.start("list");
                while (y.find()) {
                    out.add(new Raw(new Span(base + y.start(), base + y.end()), new DateValue(y.group()), rank));
                }
            }
        }
    }

    /**
     * Named groups {@code h1 h2} (halves) and {@code q1}-{@code q4} (quarters): an ordinal of any vocabulary, a roman
     * numeral or a digit ({@code 1-й}, {@code 1-}), then the part word; or the code {@code H1}, {@code Q3}.
     */
    private static String yearParts() {
        List<String> parts = new ArrayList<>();
        String halves = Vocabularies.union(v -> v.yearParts().halves());
        String quarters = Vocabularies.union(v -> v.yearParts().quarters());
        for (int k = 1; k <= 4; k++) {
            int n = k;
            String ordinal = "(?:" + Vocabularies.union(v -> v.yearParts().ordinals().getOrDefault(n, "")) + "|" + ROMAN[k]
                    + "|" + k + "(?:-?\\p{L}{1,3}+)?)\\s*+-?\\s*+";
            if (k <= 2) {
                parts.add("(?<h" + k + ">" + ordinal + "(?:" + halves + ")|h" + k + ")");
            }
            parts.add("(?<q" + k + ">" + ordinal + "(?:" + quarters + ")|q" + k + ")");
        }
        return "(?:" + String.join("|", parts) + ")";
    }

    /** The months of the half or quarter {@link #YEAR_PARTS} matched, as a period. */
    private static DateValue yearPart(Matcher m, int year) {
        for (int k = 1; k <= 4; k++) {
            int months = k <= 2 && m.group("h" + k) != null ? 6 : m.group("q" + k) != null ? 3 : 0;
            if (months > 0) {
                return DateValue.period(month(year, (k - 1) * months + 1), month(year, k * months));
            }
        }
        throw new IllegalStateException("a year part matched without its part");
    }

    /** Longest span wins; on equal length the more specific form (earlier in {@link Form}) does. */
    private static List<Raw> resolve(List<Raw> raws) {
        raws.sort(Comparator.comparingInt((Raw r) -> -r.span().length()).thenComparingInt(Raw::rank)
                .thenComparingInt(r -> r.span().start()));
        java.util.TreeMap<Integer, Integer> taken = new java.util.TreeMap<>();
        List<Raw> kept = new ArrayList<>();
        for (Raw r : raws) {
            var floor = taken.lowerEntry(r.span().end());
            if (floor != null && floor.getValue() > r.span().start()) {
                continue;
            }
            taken.put(r.span().start(), r.span().end());
            kept.add(r);
        }
        kept.sort(Comparator.comparing(Raw::span));
        return kept;
    }

    /** Reads the deadline qualifier from the words before the date and the Uzbek suffix or postposition after it. */
    private static Candidate qualify(String view, Raw r) {
        Span span = r.span();
        if (r.rank() == Form.FROM_TO_EN.ordinal() || r.rank() == Form.FROM_TO_RU.ordinal()
                || r.rank() == Form.FROM_TO_UZ.ordinal() || r.rank() == Form.DMD_RANGE_RU.ordinal()
                || r.rank() == Form.FROM_TO_UZ_FULL.ordinal() || r.rank() == Form.MONTH_RANGE.ordinal()
                || r.rank() == Form.YEAR_MONTH_RANGE_UZ.ordinal()) {
            return Candidate.of(span, r.value(), Qualifier.EXACT, NAME);
        }
        Qualifier q = Qualifier.EXACT;
        if (r.rank() == Form.DECADE.ordinal() && (lookBack(DECADE_PART_BEFORE, view, span.start()) != null
                || DECADE_PART_AFTER.matcher(view).region(span.end(), Math.min(view.length(), span.end() + 32))
                .lookingAt())) {
            q = Qualifier.APPROX; // the mid-1990s, 1990-yillar o'rtalarida: a part of the decade, approximately
        }
        String last = lastWord(view, span).toLowerCase(Locale.ROOT);
        Matcher qadar = RIGHT_QADAR.matcher(view).region(span.end(), Math.min(view.length(), span.end() + 24));
        boolean period = r.value().isPeriod();
        Matcher postposition = RIGHT_POSTPOSITION.matcher(view).region(span.end(), Math.min(view.length(), span.end() + 40));
        if (postposition.lookingAt()) {
            q = postposition.group("before") != null ? Qualifier.BEFORE
                    : postposition.group("until") != null ? Qualifier.UNTIL : Qualifier.AFTER;
        } else if (!period && ENDING_AFTER.matcher(last).find()) {
            q = Qualifier.AFTER;
        } else if (!period && qadar.lookingAt()) {
            Matcher lasting = LASTING.matcher(view).region(qadar.end(), Math.min(view.length(), qadar.end() + 40));
            q = lasting.lookingAt() ? Qualifier.UNTIL : Qualifier.BEFORE;
        } else if (!period && ENDING_BEFORE.matcher(last).find()) {
            q = Qualifier.BEFORE;
        } else {
            Matcher left = LEFT_QUALIFIER.matcher(view).region(Math.max(0, span.start() - 32), span.start());
            left.useTransparentBounds(true);
            if (left.find()) {
                q = left.group("before") != null ? Qualifier.BEFORE
                        : left.group("until") != null ? Qualifier.UNTIL : Qualifier.AFTER;
            }
        }
        return Candidate.of(span, r.value(), q, NAME);
    }

    /** Whether a letter and a hyphen come right before {@code at} ({@code mid-1990s}). */
    private static boolean hyphenedWordBefore(String view, int at) {
        return at >= 2 && (view.charAt(at - 1) == '-' || view.charAt(at - 1) == '‑') && Character.isLetter(view.charAt(at - 2));
    }

    /** A match of {@code p} ending at {@code at}, tried over the few words before it; or null. */
    private static Matcher lookBack(Pattern p, String view, int at) {
        Matcher m = p.matcher(view).region(Math.max(0, at - 32), at);
        m.useTransparentBounds(true);
        return m.find() ? m : null;
    }

    private static String lastWord(String view, Span span) {
        int e = span.end();
        int s = e;
        while (s > span.start() && Character.isLetter(view.charAt(s - 1))) {
            s--;
        }
        return view.substring(s, e);
    }

    private static LocalDate day(int year, int month, int day) {
        if (month < 1 || month > 12) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static DateValue month(int year, int month) {
        // years here are four digits (Y); String.format cost more than the rest of the date
        return new DateValue(year + (month < 10 ? "-0" : "-") + month);
    }

    /** The year ending in {@code yy} closest to the current year ({@code 26} → 2026); ties go to the past. */
    static int nearestCentury(int yy) {
        int base = THIS_YEAR / 100 * 100 + yy;
        int best = base;
        for (int c : new int[]{base - 100, base + 100}) {
            int d = Math.abs(c - THIS_YEAR);
            int bd = Math.abs(best - THIS_YEAR);
            if (d < bd || (d == bd && c < best)) {
                best = c;
            }
        }
        return best;
    }
}
