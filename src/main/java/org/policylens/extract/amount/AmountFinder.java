package org.policylens.extract.amount;

import org.policylens.lang.NumberSigns;
import org.policylens.extract.date.BaseYear;
import org.policylens.lang.Vocabularies;
import org.policylens.lang.Vocabulary;
import org.policylens.budget.Budget;
import org.policylens.annotate.AnnotatedText;
import org.policylens.annotate.OcrDamage;
import org.policylens.extract.Candidate;
import org.policylens.extract.CandidateFinder;
import org.policylens.extract.date.DigitWindows;
import org.policylens.model.Language;
import org.policylens.model.Money;
import org.policylens.model.Percent;
import org.policylens.model.Quantity;
import org.policylens.model.Qualifier;
import org.policylens.model.Span;
import org.policylens.model.Value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NUMBER, MONEY and PERCENT candidates in English, Russian and Uzbek: digits with grouping, decimal marks and
 * scale words ({@code 2.5 million}, {@code 177423822 тыс. тенге}, {@code 1,17 mln}), number words
 * ({@code Eight}, {@code пять}, {@code ikkita}), currencies on either side ({@code USD 140 million},
 * {@code 5 trillion UZS}), percent signs and words, and quantity qualifiers. The span is the value expression
 * (number, scale, currency or percent); qualifier words stay outside it.
 *
 * <p>Not facts: act and article numbers, citation markers, list numbering, ordinals, numbers glued to letters
 * or inside paths, days of months, dates, times, phones, and bare years.
 */
public final class AmountFinder implements CandidateFinder {
    public static final String NAME = "amount";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final int LEFT_WINDOW = 40;
    private static final int RIGHT_WINDOW = 48;
    private static final int MAX_NUMBER_WORD = 16;
    /** A decimal split by a space beside its point, after a dot leader and before a percent sign. */
    private static final String SPLIT_DECIMAL = "(?<=\\.{4}\\s{0,2})\\d{1,3}+(?: \\.|\\. )\\d{1,2}+(?=\\s?%)";
    /** How far around a hyphen before a number to look for hyphens typed as dashes. */
    private static final int DASH_STYLE_WINDOW = 300;

    /**
     * Digits, grouped by one consistent separator, with an optional decimal part; or a table value after a dot leader
     * whose decimal point a stray space sits beside ({@code ........ 17 .19%}, {@code 17. 19%}: text layers of scanned
     * and typeset tables), which no sentence end can be there.
     */
    private static final Pattern NUMERAL = Pattern.compile(
            "(?<![\\p{IsLatin}\\p{N}_/@#№.,:'])(?<!\\p{L}[-‑–+])"
                    + "(?:" + SPLIT_DECIMAL + "|\\d{1,3}+(?:(?<sep>[,. ])\\d{3}+(?!\\d))(?:\\k<sep>\\d{3}+(?!\\d))*+(?:[.,]\\d++)?+"
                    + "|\\d++(?:[.,]\\d++)?+)");
    private static final Pattern WORD_NUMERAL = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])(?<!\\p{L}')" + NumberWords.WORD + "(?:[ -]" + NumberWords.WORD + "){0,3}+(?![\\p{L}'])", FLAGS);

    /** Powers of ten that scale words name. */
    private static final List<Integer> POWERS = List.of(3, 6, 9, 12);
    private static final String SCALE_WORDS = POWERS.stream().map(AmountFinder::scaleWords)
            .collect(Collectors.joining("|"));
    /** By power of ten ({@link #POWERS}), the whole scale word. */
    private static final List<Pattern> SCALE_BY_POWER = POWERS.stream()
            .map(p -> Pattern.compile(scaleWords(p), FLAGS)).toList();
    /**
     * A scale word; its abbreviation dot belongs to it unless the sentence ends there: before a lowercase letter of any
     * alphabet (Kazakh {@code млрд. ұлттық} too), a currency sign or an apostrophe the sentence goes on.
     */
    private static final Pattern SCALE = Pattern.compile(
            "[ ]?+(?<w>" + SCALE_WORDS + ")(?![\\p{L}])(?<dot>\\.(?=(?-i:[ ]?+[\\p{Ll}\\p{Sc}'])))?|(?<k>k)(?![\\p{L}\\p{N}])", FLAGS);
    /** A currency word after an amount, in a group named by its ISO code. */
    private static final Pattern CURRENCY_AFTER = Pattern.compile("\\s?+(?:" + Vocabularies.CURRENCIES.stream()
            .map(code -> "(?<" + code + ">" + Vocabularies.union(v -> v.currencies().getOrDefault(code, "")) + ")")
            .collect(Collectors.joining("|")) + ")(?![\\p{L}])", FLAGS);
    /** A currency sign or code before an amount, in a group named by its ISO code. */
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("(?:" + Vocabularies.CURRENCIES.stream()
            .map(code -> "(?<" + code + ">" + Vocabularies.union(v -> v.currencySigns().getOrDefault(code, "")) + ")")
            .collect(Collectors.joining("|")) + ")[ ]?+$");
    private static final Pattern PERCENT_AFTER = Pattern.compile(
            "\\s?+(?:" + Vocabularies.union(Vocabulary::percentWords) + ")(?![\\p{L}])", FLAGS);
    /** The first bound of a range of rates, {@code from 24 to 66 percent}, {@code 5–7%}, {@code 10 dan 15 foizgacha}: a rate too. */
    private static final Pattern TO_PERCENT = Pattern.compile(
            "\\s*+(?:[-–—]|" + Vocabularies.union(Vocabulary::rangeConnectors) + "|"
                    + Vocabularies.union(Vocabulary::listConnectors) + ")\\s*+\\d++(?:[.,]\\d++)?+" + PERCENT_AFTER.pattern(),
            FLAGS);
    /** Suffixes an Uzbek number may carry without becoming a word (ikkita, 100dan, 30gacha). */
    private static final Pattern GLUED_SUFFIX = Pattern.compile(
            Vocabularies.alternatives(Vocabulary::numberSuffixes) + "(?![\\p{L}])", FLAGS);
    /** The ablative ending of a compared figure ({@code 100dan}, {@code 100 nafardan}). */
    private static final String ABLATIVE = Vocabularies.alternatives(Vocabulary::ablativeEndings);
    private static final Pattern ENDS_ABLATIVE = Pattern.compile(ABLATIVE + "$");
    /**
     * A postposition comparing to the figure before it, after its ablative ending, maybe negated: {@code 100 nafardan
     * ortiq}, {@code 80 foizdan kam bo'lmagan}. One named group per qualifier the postposition gives.
     */
    private static final Pattern COMPARISON = Pattern.compile(
            "(?:\\s*+-?\\s*+(?:(?:" + String.join("|", Vocabularies.wordsInOrder(Vocabulary::counters))
                    + ")\\s*+)?(?<ablative>" + ABLATIVE + "))?\\s++(?:"
                    + Stream.of("moreThan", "atMost", "lessThan").map(q -> "(?<" + q + ">"
                            + Vocabularies.union(v -> v.comparisons().getOrDefault(q, "")) + ")")
                    .collect(Collectors.joining("|"))
                    + ")\\p{L}*+(?<not>\\s++" + Vocabularies.alternatives(Vocabulary::negations) + ")?", FLAGS);
    /** The dative ending of a figure approached ({@code 100 ga yaqin}, {@code 100 nafarga yaqin}). */
    private static final String DATIVE = Vocabularies.alternatives(Vocabulary::dativeEndings);
    private static final Pattern ENDS_DATIVE = Pattern.compile(DATIVE + "$");
    /**
     * A postposition of approach after the figure in the dative, the ending glued, hyphened or apart: {@code 100 ga
     * yaqin}, {@code 100-ga yaqin}, {@code 100ga yaqin}, {@code yuzga yaqin} (nearly 100).
     */
    private static final Pattern APPROACH = Pattern.compile(
            "(?:\\s*+-?\\s*+(?:(?:" + String.join("|", Vocabularies.ALL.stream().flatMap(v -> v.counters().stream()).toList())
                    + ")\\s*+)?(?<dative>" + DATIVE + "))?\\s++(?:"
                    + Vocabularies.union(v -> v.comparisons().getOrDefault("approx", "")) + ")(?![\\p{L}])", FLAGS);
    private static final String UP_TO_ENDINGS = Vocabularies.union(Vocabulary::upToEndings);
    /** A unit noun after the figure carrying the limit: {@code o'n to'rt yoshgacha} (up to 14 years old). */
    private static final Pattern NOUN_UP_TO = Pattern.compile("\\s++\\p{L}{2,12}?(?:" + UP_TO_ENDINGS + ")(?![\\p{L}])", FLAGS);
    /** A word (the figure's last, or its glued suffix) ending in an up-to ending: {@code 30gacha}. */
    private static final Pattern ENDS_UP_TO = Pattern.compile("(?:" + UP_TO_ENDINGS + ")$");
    /** Not yet reached: {@code o'n sakkiz yoshga to'lmagan} (under 18). */
    private static final Pattern NOT_REACHED = Pattern.compile(
            "\\s++\\p{L}{2,12}?(?:" + Vocabularies.union(Vocabulary::notReached) + ")(?![\\p{L}])",
            FLAGS);
    /** Verbs of growth and change whose {@code до N} is the result reached. */
    private static final Pattern CHANGE_VERB = Pattern.compile(
            "(?<![\\p{L}])(?:" + Vocabularies.union(Vocabulary::changeVerbs) + ")\\p{L}*+", FLAGS);
    private static final int CHANGE_WINDOW = 80;
    /** Lowercase literals, matched case-sensitively against the case-folded view (see {@link AnnotatedText#foldedView}). */
    private static final Pattern QUALIFIER_BEFORE = Pattern.compile("(?<![\\p{L}])(?:" + Vocabulary.QUALIFIERS.stream()
            .map(q -> "(?<" + q + ">" + Vocabularies.union(v -> v.qualifiersBefore().getOrDefault(q, "")) + ")")
            .collect(Collectors.joining("|")) + ")\\s++$");
    /** Words right after an amount that bound it, by the vocabularies' qualifiers after. */
    private static final Pattern QUALIFIER_AFTER = Pattern.compile("\\s++(?:" + Vocabulary.QUALIFIERS.stream()
            .map(q -> "(?<" + q + ">" + Vocabularies.union(v -> v.qualifiersAfter().getOrDefault(q, "")) + ")")
            .collect(Collectors.joining("|")) + ")(?![\\p{L}])", FLAGS);
    /**
     * Words that make the following number an identifier, a reference or a position, never a figure. Lowercase
     * literals, matched case-sensitively against the case-folded view; the capital {@code N} is {@link #CAPITAL_N_BEFORE}.
     */
    private static final Pattern NOT_A_FIGURE_BEFORE = Pattern.compile(
            "(?:(?<![\\p{L}])" + Vocabularies.alternatives(Vocabulary::referenceWords) + "[.:]?|[" + NumberSigns.SIGN + NumberSigns.HASH
                    + NumberSigns.SECTION + "]|n°)\\s*+$");
    /**
     * {@code N 5}, {@code N. 94}: only a capital N abbreviates a number sign; {@code S. 342}, {@code H. Res. 12}: a
     * Senate bill's or a resolution's number. Matched against the view itself.
     */
    private static final Pattern CAPITAL_N_BEFORE = Pattern.compile(
            "(?<![\\p{L}])N\\.?\\s*+$|(?<![\\p{L}.])" + Vocabularies.alternatives(Vocabulary::billPrefixes)
                    + "\\.\\s*+$");
    private static final Pattern NOT_A_FIGURE_AFTER = Pattern.compile(
            "(?-i:\\s++(?:" + Vocabularies.union(Vocabulary::citationCodes) + "|"
                    + Vocabularies.union(Vocabulary::reporterCodes) + "))(?![\\p{L}])");
    /** A day of a month ({@code 1 июлга}, {@code 5 October}): part of a date, or a year-less recurring date. */
    private static final Pattern DAY_OF_MONTH_AFTER = Pattern.compile(
            "\\s*+-?\\s*+" + org.policylens.extract.date.MonthNames.ANY + "\\p{L}*+", FLAGS);
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\p{N}])(?:\\+\\d{1,3}+[ -]?+)?\\(?\\d{2,3}+\\)?[ -]\\d{3}+[ -]\\d{2}[ -]\\d{2}(?![\\p{N}])"
                    + "|\\+\\d[\\d ()-]{7,16}+\\d"
                    // North American numbers: (202) 395-3000, 202-395-3000, 202.395.3000
                    + "|(?<![\\p{N}])(?:\\(\\d{3}\\)\\s?+\\d{3}[-.]|\\d{3}-\\d{3}-|\\d{3}\\.\\d{3}\\.)\\d{4}(?![\\p{N}])");
    private static final Pattern YEAR_WORD_AFTER = Pattern.compile(
            "\\s*+" + Vocabularies.alternatives(Vocabulary::yearNounsAfter) + "(?![\\p{L}])", FLAGS);
    /** Upper-bound words that after a verb of change give the result reached ({@code вырос до 140}). */
    private static final Set<String> RESULT_WORDS = Vocabularies.words(Vocabulary::resultWords);
    /** Words after a year-like number that show it is not counting anything. */
    private static final Set<String> NON_NOUNS = Vocabularies.words(Vocabulary::nonNouns);
    /** The words joining the items of a list or the ends of a range ({@code sections 501, 502, and 506}). */
    private static final String LIST_WORDS = "(?:" + Vocabularies.union(Vocabulary::listConnectors) + "|"
            + Vocabularies.union(Vocabulary::rangeConnectors) + ")";
    private static final Pattern LIST_GAP = Pattern.compile(
            "(?:,\\d++)*+(?:(?:\\([a-z0-9]{1,4}+\\))*+\\s*+,\\s*+(?:" + LIST_WORDS + "\\s++)?"
                    + "|\\s++" + LIST_WORDS + "\\s++|[-–])",
            FLAGS);
    private static final Pattern NOUN_AFTER = Pattern.compile("\\s++(?<w>\\p{L}[\\p{L}'-]*+)");

    @Override
    public List<Candidate> find(AnnotatedText text) {
        String view = text.view();
        String folded = text.foldedView();
        boolean decimalComma = decimalComma(text.language());
        // Russian and Uzbek typing often puts a hyphen for a dash ("лицам -700 процентов"): only U+2212 is a minus there
        boolean hyphenIsMinus = text.language() == Language.EN || text.language() == Language.UNKNOWN;
        List<Span> phones = phones(view);
        List<Candidate> out = new ArrayList<>();
        Matcher m = NUMERAL.matcher(view);
        m.useTransparentBounds(true).useAnchoringBounds(false);
        DigitWindows windows = DigitWindows.of(view, 2);
        int lastRejectedEnd = -1;
        int splitDecimalEnd = -1;
        int listNext = -1;
        int listAt = -1;
        for (int w = 0; w < windows.size(); w++) {
            m.region(windows.start(w), windows.end(w));
            while (m.find()) {
                Budget.check();
                if (insideAny(phones, m.start())) {
                    continue;
                }
                if (continuesList(view, lastRejectedEnd, m.start()) || isReference(view, folded, m.start(), m.end())) {
                    lastRejectedEnd = m.end();
                    continue;
                }
                if (m.start() < splitDecimalEnd) {
                    continue; // the decimals of OCR's 0, 1
                }
                int marker = inlineListMarker(view, m.start(), m.end());
                if (marker > 0 && (marker == 1 && afterColon(view, m.start())
                        || marker == listNext && sameParagraph(view, listAt, m.start()))) {
                    listNext = marker + 1;
                    listAt = m.end();
                    continue;
                }
                int end = text.ocr() ? OcrDamage.splitDecimalEnd(view, m.start(), m.end(), decimalComma ? ',' : '.')
                        : m.end();
                splitDecimalEnd = end;
                Candidate c = digits(view, folded, m.start(), end, decimalComma, hyphenIsMinus);
                if (c != null) {
                    out.add(c);
                } else if (NumberRoles.opensLabelList(folded, m.start())) {
                    lastRejectedEnd = m.end();
                }
            }
        }
        // number words: a hash lookup per word start, the regex only where a number word begins
        Matcher wm = WORD_NUMERAL.matcher(view);
        wm.useTransparentBounds(true).useAnchoringBounds(false);
        int n = view.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(view.charAt(i))) {
                i++;
                continue;
            }
            int ws = i;
            while (i < n && (Character.isLetter(view.charAt(i))
                    || view.charAt(i) == '\'' && i + 1 < n && Character.isLetter(view.charAt(i + 1)))) {
                i++;
            }
            if (i - ws <= MAX_NUMBER_WORD && (NumberWords.valueOf(view.substring(ws, i), text.language()) >= 0
                    || NumberWords.inflectedValue(view.substring(ws, i), text.language()) >= 0)) {
                wm.region(ws, Math.min(n, ws + 80));
                if (wm.lookingAt()) {
                    Candidate c = words(view, folded, wm.start(), wm.end(), text.language());
                    if (c != null) {
                        out.add(c);
                    }
                }
            }
        }
        multiplicatives(view, out);
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    static boolean decimalComma(Language language) {
        return language != Language.EN && language != Language.UNKNOWN;
    }

    private Candidate digits(String view, String folded, int s, int e, boolean decimalComma, boolean hyphenIsMinus) {
        int n = view.length();
        if (s > 0 && Character.isLetter(view.charAt(s - 1)) && digitCount(view, s, e) < 4) {
            return null; // 9О-style OCR tokens; only long figures lose their space to a Cyrillic word (сумме2500000)
        }

        if (e < n) {
            char next = view.charAt(e);
            if ((next == '.' || next == ',' || next == '/' || next == ':') && e + 1 < n && Character.isDigit(view.charAt(e + 1))) {
                return null; // dates, versions, times, paths
            }
            if ((next == '-' || next == '‑') && e + 1 < n && (Character.isLetter(view.charAt(e + 1)) || view.charAt(e + 1) == '§')
                    && !(hyphenIsMinus && compoundAdjective(view, e + 1)) && !caseGovernedByPostposition(view, e)) {
                return null; // ordinals and suffixed ids: 2-modda, 617-son, 2-й
            }
        }
        if (s > 0 && view.charAt(s - 1) == '[' || e < n && view.charAt(e) == ']') {
            return null; // citation marker
        }
        if (isListNumber(view, s, e) || NumberRoles.partOfToken(view, s, e)) {
            return null;
        }
        Matcher scale = lookAhead(SCALE, view, e);
        if (scale == null && e + 1 < n && view.charAt(e) == '+') {
            scale = lookAhead(SCALE, view, e + 1);   // 40+ million: the plus bounds the scaled figure
        }
        CharSequence numeral = view.subSequence(s, e);
        if (numeral.toString().indexOf(' ') >= 0 && numeral.toString().matches("\\d++(?: \\.|[.,] )\\d++")) {
            numeral = numeral.toString().replace(" ", "");   // a split decimal (SPLIT_DECIMAL, OCR's 0, 1)
        }
        BigDecimal amount = Numerals.parse(numeral, decimalComma, scale != null);
        if (amount == null) {
            return null;
        }
        boolean gluedLetter = e < n && Character.isLetter(view.charAt(e))
                && !(Character.isUpperCase(view.charAt(e)) && Character.UnicodeScript.of(view.charAt(e))
                == Character.UnicodeScript.CYRILLIC && digitCount(view, s, e) >= 4);
        Candidate c = complete(view, folded, s, e, amount, scale, gluedLetter, hyphenIsMinus);
        if (c == null) {
            return null;
        }
        if (c.value() instanceof Quantity && (isBareYear(view, s, e, c.span())
                || c.span().end() == e && NumberRoles.labelOrHeading(view, folded, c.span().start(), e))) {
            return null;
        }
        return c;
    }

    private Candidate words(String view, String folded, int s, int e, Language language) {
        String[] parts = view.substring(s, e).split("[ -]");
        long total = 0;
        int count = 0;
        boolean prevTens = false;
        boolean inflected = false;
        int pos = s;
        int consumed = s;
        for (String p : parts) {
            if (inflected) {
                break; // a case ending closes the number: ikki yuzdan ortiq
            }
            int v = NumberWords.valueOf(p, language);
            boolean caseEnding = false;
            if (v < 0) {
                v = NumberWords.inflectedValue(p, language);
                caseEnding = v >= 0;
            }
            boolean hundred = NumberWords.isHundred(NumberWords.stem(p, language));
            if (v < 0) {
                break;
            }
            if (count > 0) {
                boolean ok = hundred ? total > 0 && total < 10
                        : prevTens && v > 0 && v < 10 || total >= 100 && total % 100 == 0 && v < 100;
                if (!ok) {
                    break;
                }
            }
            inflected = caseEnding;
            total = hundred ? (count == 0 ? 1 : total) * 100 : total + v;
            prevTens = !hundred && v >= 10 && v < 100 && v % 10 == 0;
            count++;
            consumed = pos + p.length();
            pos = consumed + 1;
        }
        if (count == 0) {
            return null;
        }
        if (inflected) {
            // a number word in a case (yuzga, beshdan, оннан) counts only as governed by a qualifying postposition:
            // yuzga yaqin (nearly 100), beshdan ortiq; alone it is as often a noun (yuzga: to the face) or a verb's object
            Qualifier q = qualifierAfter(view, consumed);
            if (q == null || total == 1 || total == 0) {
                return null;
            }
            return Candidate.of(new Span(s, consumed), new Quantity(BigDecimal.valueOf(total), ""), q, NAME);
        }
        Matcher scale = lookAhead(SCALE, view, consumed);
        boolean bareHundred = count == 1 && NumberWords.isHundred(parts[0]);
        if (scale != null && scale.group("k") != null || scale == null && (total == 1 || bareHundred)) {
            return null; // one/один/bir are articles; yuz/юз alone is a noun
        }
        if (total == 0 && lookAhead(PERCENT_AFTER, view, consumed) == null) {
            return null; // zero trust, ноль терпимости: zero counts nothing unless it is a rate
        }
        return complete(view, folded, s, consumed, BigDecimal.valueOf(total), scale, false, false);
    }

    /** Adds scale, currency, percent and qualifiers to a number at [s, e). */
    private Candidate complete(String view, String folded, int s, int e, BigDecimal amount, Matcher scale,
                               boolean gluedLetter, boolean hyphenIsMinus) {
        int end = e;
        if (scale != null) {
            amount = amount.multiply(scaleOf(view, scale));
            end = scale.end();
        }
        int start = s;
        int sign = minusBefore(view, s, hyphenIsMinus);
        if (sign >= 0) {
            amount = amount.negate();
            start = sign;
        }
        Value value;
        Matcher pct = lookAhead(PERCENT_AFTER, view, end);
        if (pct == null && scale == null && !yearLike(view, s, e) && lookAhead(TO_PERCENT, view, end) != null) {
            return Candidate.of(new Span(start, end), new Percent(amount), qualifierBefore(view, folded, start), NAME);
        }
        Matcher cur = pct == null ? lookAhead(CURRENCY_AFTER, view, end) : null;
        if (pct != null) {
            end = pct.end();
            value = new Percent(amount);
        } else if (cur != null) {
            if (scale == null && sign < 0 && yearLike(view, s, e) && lookBack(BaseYear.WORD_BEFORE, view, s, 1) != null) {
                return null;   // the date finder reads the year
            }
            end = cur.end();
            value = new Money(amount, iso(cur));
        } else {
            Matcher before = lookBack(CURRENCY_BEFORE, view, start, 0);
            if (before != null) {
                start = before.start();
                int signBeforeCurrency = sign < 0 ? minusBefore(view, start, hyphenIsMinus) : -1;   // -$3 million
                if (signBeforeCurrency >= 0) {
                    amount = amount.negate();
                    start = signBeforeCurrency;
                }
                value = new Money(amount, iso(before));
            } else {
                value = new Quantity(amount, "");
            }
        }
        if (gluedLetter && end == e && lookAhead(GLUED_SUFFIX, view, e) == null && !caseGovernedByPostposition(view, e)) {
            return null; // 19th, 2000s, 5G, A4-style tokens
        }
        Qualifier q = qualifierAfter(view, end);
        if (q == null && scale != null && view.charAt(e) == '+') {
            q = Qualifier.MORE_THAN;
        }
        return Candidate.of(new Span(start, end), value, q == null ? qualifierBefore(view, folded, start) : q, NAME);
    }

    private static Qualifier qualifierBefore(String view, String folded, int start) {
        Matcher qm = lookBack(QUALIFIER_BEFORE, view, folded, start, 2);
        Qualifier q = qm == null ? Qualifier.EXACT : qualifierOf(qm);
        return q == Qualifier.AT_MOST && isResultOfChange(view, qm) ? Qualifier.EXACT : q;
    }

    /**
     * An upper-bound word of the vocabularies' result words (Russian {@code до}) after a verb of change ({@code вырос
     * до 140 млн}, {@code увеличили с 147 до 1600}) states where the figure ended up, not an upper bound.
     */
    private static boolean isResultOfChange(String view, Matcher qualifier) {
        if (!RESULT_WORDS.contains(qualifier.group("atMost").toLowerCase(Locale.ROOT))) {
            return false;
        }
        int from = Math.max(0, qualifier.start() - CHANGE_WINDOW);
        String before = view.substring(from, qualifier.start());
        int clause = Math.max(before.lastIndexOf(';'), Math.max(before.lastIndexOf('.'), before.lastIndexOf(':')));
        return CHANGE_VERB.matcher(clause < 0 ? before : before.substring(clause + 1)).find();
    }

    /**
     * Where the minus sign of the number (or currency) starting at {@code s} is, or -1: a hyphen-minus or U+2212 right
     * before it, itself after a space, a bracket or the start of the text, never after a letter or digit (ranges
     * {@code 5-10}, ids {@code COVID-19}) and never opening a line (a list dash).
     */
    static int minusBefore(String view, int s, boolean hyphenIsMinus) {
        if (s < 1) {
            return -1;
        }
        char c = view.charAt(s - 1);
        if (c != '\u2212' && (c != '-' || !hyphenIsMinus)) {
            return -1;
        }
        if (s < 2) {
            return c == '\u2212' ? 0 : -1;
        }
        char before = view.charAt(s - 2);
        if (before == '\n') {
            return c == '\u2212' ? s - 1 : -1;
        }
        boolean spaced = before == ' ' || before == '(' || before == '[' || before == '\u00A0' || before == '\t';
        return spaced && (c == '\u2212' || !hyphenServesAsDash(view, s - 1)) ? s - 1 : -1;
    }

    /** Text typed with a hyphen for a dash ({@code расторжении, -согласно}) near {@code at}: its hyphens are not minus signs. */
    private static boolean hyphenServesAsDash(String view, int at) {
        int from = Math.max(0, at - DASH_STYLE_WINDOW);
        int to = Math.min(view.length() - 1, at + DASH_STYLE_WINDOW);
        for (int k = from + 1; k < to; k++) {
            if (view.charAt(k) == '-' && Character.isWhitespace(view.charAt(k - 1)) && Character.isLetter(view.charAt(k + 1))) {
                return true;
            }
        }
        return false;
    }

    private static Qualifier qualifierAfter(String view, int end) {
        if (end < view.length() && view.charAt(end) == '+'
                && (end + 1 == view.length() || !Character.isLetterOrDigit(view.charAt(end + 1)))) {
            return Qualifier.MORE_THAN;   // 14+
        }
        Matcher vocabulary = lookAhead(QUALIFIER_AFTER, view, end);
        if (vocabulary != null) {
            return qualifierOf(vocabulary);
        }
        String last = lastWord(view, end).toLowerCase(Locale.ROOT);
        if (ENDS_UP_TO.matcher(last).find() || lookAhead(NOUN_UP_TO, view, end) != null) {
            return Qualifier.AT_MOST;
        }
        if (lookAhead(NOT_REACHED, view, end) != null) {
            return Qualifier.LESS_THAN;
        }
        Matcher glued = lookAhead(GLUED_SUFFIX, view, end);
        int from = end;
        if (glued != null) {
            String suffix = glued.group().toLowerCase(Locale.ROOT);
            if (ENDS_UP_TO.matcher(suffix).find()) {
                return Qualifier.AT_MOST;
            }
            from = glued.end();
        }
        Matcher approach = lookAhead(APPROACH, view, end);
        if (approach != null && (approach.group("dative") != null || ENDS_DATIVE.matcher(last).find())) {
            return Qualifier.APPROX;
        }
        Matcher post = lookAhead(COMPARISON, view, from);
        if (post == null) {
            return null;
        }
        boolean ablative = post.group("ablative") != null || ENDS_ABLATIVE.matcher(last).find() || glued != null;
        if (!ablative) {
            return null;
        }
        boolean negated = post.group("not") != null; // "80 foizdan kam bo'lmagan" = not less than 80%
        if (post.group("lessThan") != null) {
            return negated ? Qualifier.AT_LEAST : Qualifier.LESS_THAN;
        }
        if (post.group("atMost") != null) {
            return Qualifier.AT_MOST;   // "5 foizdan oshmagan": not more than, a negation already
        }
        return negated ? Qualifier.AT_MOST : Qualifier.MORE_THAN;
    }

    /**
     * Whether the case ending right after a figure, glued or after a hyphen, is governed by a qualifying postposition
     * ({@code 100-ga yaqin}, {@code 100ga yaqin}, {@code 100-dan ortiq}): the ending makes no ordinal or id then.
     */
    private static boolean caseGovernedByPostposition(String view, int e) {
        Matcher approach = lookAhead(APPROACH, view, e);
        if (approach != null && approach.group("dative") != null) {
            return true;
        }
        Matcher comparison = lookAhead(COMPARISON, view, e);
        return comparison != null && comparison.group("ablative") != null;
    }

    private static Qualifier qualifierOf(Matcher m) {
        if (m.group("atLeast") != null) {
            return Qualifier.AT_LEAST;
        }
        if (m.group("atMost") != null) {
            return Qualifier.AT_MOST;
        }
        if (m.group("lessThan") != null) {
            return Qualifier.LESS_THAN;
        }
        if (m.group("moreThan") != null) {
            return Qualifier.MORE_THAN;
        }
        return Qualifier.APPROX;
    }

    private static BigDecimal scaleOf(String view, Matcher scale) {
        if (scale.group("k") != null) {
            return BigDecimal.valueOf(1_000L);
        }
        for (int i = 0; i < POWERS.size(); i++) {
            // matched in place: a glued abbreviation ($2.5M) looks behind at the figure's last digit
            Matcher power = SCALE_BY_POWER.get(i).matcher(view).region(scale.start("w"), scale.end("w"));
            if (power.useTransparentBounds(true).matches()) {
                return BigDecimal.TEN.pow(POWERS.get(i));
            }
        }
        throw new IllegalStateException("scale word of no power: " + scale.group("w"));
    }

    /** The scale words of every language for 10^{@code power}. */
    private static String scaleWords(int power) {
        return Vocabularies.union(v -> v.scaleWords().getOrDefault(power, ""));
    }

    private static String iso(Matcher m) {
        if (m.group("usd") != null) {
            return "USD";
        }
        if (m.group("uzs") != null) {
            return "UZS";
        }
        if (m.group("kzt") != null) {
            return "KZT";
        }
        if (m.group("rub") != null) {
            return "RUB";
        }
        return "EUR";
    }

    private static int digitCount(String view, int s, int e) {
        int d = 0;
        for (int i = s; i < e; i++) {
            if (Character.isDigit(view.charAt(i))) {
                d++;
            }
        }
        return d;
    }

    /** Where a range {@code 3–5} containing the number at {@code s} starts, so {@code pp. 3–5} excludes both ends. */
    private static int rangeStart(String view, int s) {
        if (s >= 2 && (view.charAt(s - 1) == '-' || view.charAt(s - 1) == '–') && Character.isDigit(view.charAt(s - 2))) {
            int p = s - 2;
            while (p > 0 && s - p < 12 && Character.isDigit(view.charAt(p - 1))) {
                p--;
            }
            return p;
        }
        return s;
    }

    /**
     * The value of a list marker inside a paragraph ({@code 1. Identify}, {@code 2) build}): a small number, a dot
     * before a capital or a bracket before a word; or -1. It is a marker when a colon opens the list with 1, or it goes
     * on from the previous marker ({@code steps: 1. Identify processes 2. Assess them 3. Scale}); a sentence ending
     * in a figure ({@code a total of 12. The}) opens no list.
     */
    private static int inlineListMarker(String view, int s, int e) {
        int n = view.length();
        if (e - s > 2 || e + 2 >= n || view.charAt(e + 1) != ' ') {
            return -1;
        }
        char after = view.charAt(e + 2);
        boolean marker = view.charAt(e) == '.' && Character.isUpperCase(after)
                || view.charAt(e) == ')' && Character.isLetter(after) && (s == 0 || view.charAt(s - 1) != '(');
        return marker ? Integer.parseInt(view, s, e, 10) : -1;
    }

    private static boolean afterColon(String view, int s) {
        int i = s - 1;
        while (i >= 0 && view.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && i < s - 1 && view.charAt(i) == ':';
    }

    /** Whether [from, to) is short and crosses no blank line. */
    private static boolean sameParagraph(String view, int from, int to) {
        return from >= 0 && to - from <= 600 && view.substring(from, to).indexOf("\n\n") < 0;
    }

    /** {@code 1.}, {@code 2)} at the start of a line (after spaces or a bullet) is list numbering. */
    private static boolean isListNumber(String view, int s, int e) {
        int n = view.length();
        if (e >= n || (view.charAt(e) != '.' && view.charAt(e) != ')') || e - s > 3) {
            return false;
        }
        if (e + 1 < n && !Character.isWhitespace(view.charAt(e + 1))) {
            return false;
        }
        for (int i = s - 1; i >= 0; i--) {
            char c = view.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (s - i > 12) {
                return false;
            }
            if (!(c == ' ' || c == '\t' || c == '-' || c == '•' || c == '*' || c == '(' || c == '#')) {
                return false;
            }
        }
        return true;
    }

    /**
     * An English compound adjective's number: a lowercase word of three letters or more after the hyphen ({@code
     * 60-day Review}, {@code 10-year plan}), never an ordinal's suffix ({@code 21-st}) nor a capitalised code
     * ({@code 3-D}, {@code 4-H}).
     */
    private static boolean compoundAdjective(String view, int at) {
        int k = at;
        while (k < view.length() && Character.isLowerCase(view.charAt(k))) {
            k++;
        }
        return k - at >= 3 && (k == view.length() || !Character.isLetterOrDigit(view.charAt(k)));
    }

    /** Four digits from 1900 to 2100: {@code in 1980 to 65.5 percent} is a year before a rate, not a range of rates. */
    private static boolean yearLike(String view, int s, int e) {
        if (e - s != 4) {
            return false;
        }
        for (int i = s; i < e; i++) {
            if (!Character.isDigit(view.charAt(i))) {
                return false;
            }
        }
        int y = Integer.parseInt(view, s, e, 10);
        return y >= 1900 && y <= 2100;
    }

    /** A plain four-digit year-like number is a date (the date finder's business) unless a noun it counts follows. */
    private static boolean isBareYear(String view, int s, int e, Span span) {
        if (span.length() != 4 || !yearLike(view, s, e)) {
            return false;
        }
        if (lookAhead(YEAR_WORD_AFTER, view, e) != null) {
            return true;
        }
        Matcher noun = lookAhead(NOUN_AFTER, view, e);
        // a count goes on to its noun in lower case; a year to a title's capital (2019 RPA Community of Practice)
        return noun == null || NON_NOUNS.contains(noun.group("w").toLowerCase(Locale.ROOT))
                || Character.isUpperCase(noun.group("w").charAt(0));
    }

    private void multiplicatives(String view, List<Candidate> out) {
        for (String word : NumberWords.MULTIPLIER_WORDS) {
            multiplicatives(view, word, out);
        }
    }

    private void multiplicatives(String view, String word, List<Candidate> out) {
        int from = 0;
        while (true) {
            int at = view.indexOf(word, from);
            if (at < 0) {
                return;
            }
            from = at + word.length();
            int s = at;
            while (s > 0 && Character.isLetter(view.charAt(s - 1)) && at - s < 40) {
                s--;
            }
            if (s == at || s > 0 && Character.isLetter(view.charAt(s - 1))) {
                continue;
            }
            int v = NumberWords.multiplicativeStem(view.substring(s, at));
            if (v > 0) {
                int e = at + word.length();
                while (e < view.length() && Character.isLetter(view.charAt(e))) {
                    e++;
                }
                out.add(Candidate.of(new Span(s, e), new Quantity(BigDecimal.valueOf(v), ""), Qualifier.EXACT, NAME));
            }
        }
    }

    /**
     * A number that names a position, not a quantity: {@code Article 5}, {@code pp. 3–5}, {@code No: 94},
     * {@code 59 FR}, enumerations {@code (1)} and subsections {@code 5302(1)}, {@code 251(b)(2)}.
     */
    private static boolean isReference(String view, String folded, int s, int e) {
        int n = view.length();
        if (s > 0 && view.charAt(s - 1) == '(' && e < n && view.charAt(e) == ')'
                && (e - s <= 2 || s > 1 && (Character.isLetterOrDigit(view.charAt(s - 2)) || view.charAt(s - 2) == ')'))) {
            return true;
        }
        int at = rangeStart(view, s);
        return lookBack(NOT_A_FIGURE_BEFORE, view, folded, at, 1) != null || lookBack(CAPITAL_N_BEFORE, view, at, 2) != null
                || lookAhead(NOT_A_FIGURE_AFTER, view, e) != null
                || lookAhead(DAY_OF_MONTH_AFTER, view, e) != null;
    }

    /** {@code sections 501, 502, and 506}, {@code 5 U.S.C. 5, 44(d), 135}: the list goes on after a non-figure. */
    private static boolean continuesList(String view, int lastRejectedEnd, int start) {
        if (lastRejectedEnd < 0 || start - lastRejectedEnd > 48) {
            return false;
        }
        return LIST_GAP.matcher(view).region(lastRejectedEnd, start).matches();
    }

    private static List<Span> phones(String view) {
        List<Span> spans = new ArrayList<>();
        Matcher m = PHONE.matcher(view);
        DigitWindows windows = DigitWindows.of(view, 4);
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int w = 0; w < windows.size(); w++) {
            m.region(windows.start(w), windows.end(w));
            while (m.find()) {
                Budget.check();
                spans.add(new Span(m.start(), m.end()));
            }
        }
        return spans;
    }

    private static boolean insideAny(List<Span> spans, int offset) {
        for (Span s : spans) {
            if (s.start() <= offset && offset < s.end()) {
                return true;
            }
        }
        return false;
    }

    private static String lastWord(String view, int end) {
        int s = end;
        while (s > 0 && end - s < 40 && Character.isLetter(view.charAt(s - 1))) {
            s--;
        }
        return view.substring(s, end);
    }

    static Matcher lookAhead(Pattern p, String view, int at) {
        Matcher m = reusable(p, view);
        m.region(at, Math.min(view.length(), at + RIGHT_WINDOW));
        m.useTransparentBounds(true).useAnchoringBounds(false);
        return m.lookingAt() ? m : null;
    }

    static Matcher lookBack(Pattern p, String view, int at) {
        return lookBack(p, view, at, Integer.MAX_VALUE);
    }

    /**
     * A left-context match ending at {@code at}, for a pattern whose text holds at most {@code innerSpaceRuns}
     * runs of regex whitespace ({@code \\s}) before its trailing ones: token starts farther back cannot match and
     * are not tried.
     */
    static Matcher lookBack(Pattern p, String view, int at, int innerSpaceRuns) {
        return lookBack(p, view, view, at, innerSpaceRuns);
    }

    /** {@link #lookBack(Pattern, String, int, int)} with the pattern run on {@code matchOn}, a same-length twin of the view. */
    static Matcher lookBack(Pattern p, String view, String matchOn, int at, int innerSpaceRuns) {
        int i = at - 1;
        while (i >= 0 && at - i <= LEFT_WINDOW / 2 && Character.isWhitespace(view.charAt(i))) {
            i--;
        }
        if (i < 0 || !Character.isLetter(view.charAt(i)) && ".:№#§°$€₸₽".indexOf(view.charAt(i)) < 0) {
            return null; // every left-context pattern ends in a word, an abbreviation dot or a symbol
        }
        Matcher m = reusable(p, matchOn);
        m.useTransparentBounds(true).useAnchoringBounds(true);
        // try the token starts of the last few words, farthest first, so "не менее" wins over "менее"
        int from = Math.max(from(view, at, innerSpaceRuns), at - LEFT_WINDOW);
        for (int p0 = from; p0 < at; p0++) {
            char c = view.charAt(p0);
            boolean tokenStart = !Character.isWhitespace(c) && (p0 == 0 || !Character.isLetterOrDigit(view.charAt(p0 - 1))
                    || Character.isLetter(c) != Character.isLetter(view.charAt(p0 - 1)));
            if (tokenStart) {
                m.region(p0, at);
                if (m.lookingAt()) {
                    return m;
                }
            }
        }
        return null;
    }

    /** The first offset from which [offset, at) holds no more than {@code innerSpaceRuns} inner runs of {@code \\s}. */
    private static int from(String view, int at, int innerSpaceRuns) {
        int k = at;
        while (k > 0 && regexSpace(view.charAt(k - 1))) {
            k--; // trailing whitespace before the number: the patterns' final \s
        }
        int runs = 0;
        for (; k > 0 && at - k <= LEFT_WINDOW; k--) {
            if (regexSpace(view.charAt(k - 1)) && (k == at || !regexSpace(view.charAt(k))) && ++runs > innerSpaceRuns) {
                return k; // view[k - 1] starts (from the right) one run too many
            }
        }
        return 0;
    }

    private static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** One matcher per pattern and thread, re-targeted instead of allocated for every look around a number. */
    private static Matcher reusable(Pattern p, String view) {
        java.util.Map<Pattern, Matcher> cache = MATCHERS.get();
        Matcher m = cache.get(p);
        if (m == null) {
            m = p.matcher(view);
            cache.put(p, m);
        } else {
            m.reset(view);
        }
        return m;
    }

    private static final ThreadLocal<java.util.Map<Pattern, Matcher>> MATCHERS =
            ThreadLocal.withInitial(java.util.IdentityHashMap::new);
}
