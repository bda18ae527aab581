package org.policylens.extract.amount;

import org.policylens.lang.Vocabularies;
import org.policylens.lang.Vocabulary;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Digits that are written like a figure but play another role in the text: parts of codes and links
 * ({@code GAO-13-524}, {@code M-21-07}, {@code https://lex.uz/docs/-6257288}), zero-padded codes and clock times
 * ({@code 07}, {@code 0400}), labels ({@code Step 1}, {@code Question 2}, {@code Grade 4}, {@code Exhibit 53},
 * {@code вопрос 3}, {@code soat 22}), footnote markers glued to a bracket ({@code (1990)181 The CFO Act}), and the
 * number that opens a heading or a footnote line ({@code 1.1 Determine Scope}, {@code 3 Rost, P. et al.}), the day
 * of a year-less date ({@code April 12,}), a section with its subsection ({@code FAR 11.002 (g)}) and a ZIP code
 * after a US state ({@code Washington, DC 20401}).
 */
final class NumberRoles {
    /** How far a token (a run without spaces) is searched for link marks. */
    private static final int TOKEN_WINDOW = 200;
    /** Label words, lowercase, matched against the case-folded view, ending right before the number. */
    private static final Pattern LABEL_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:" + Vocabularies.union(Vocabulary::numberLabels) + ")\\s*+$");
    /** {@code 1}, {@code 1.1}, {@code 2.3.4} opening a line, then one space and a capital: a heading or footnote number. */
    private static final Pattern SECTION_NUMBER = Pattern.compile("\\d{1,3}(?:\\.\\d{1,2}){0,3}");
    private static final int LABEL_WINDOW = 24;
    /** The first of a list of numbered items whose last carries the ordinal suffix: {@code 8 va 9-bandlarida}, {@code 396, 417-moddalari}. */
    private static final Pattern ORDINAL_LIST_AFTER = Pattern.compile(
            "\\s*+(?:,|" + Vocabularies.union(Vocabulary::listConnectors) + ")\\s*+\\d++[-‑]\\p{L}");

    /** A capitalised English month name right before the number: {@code April 12}. */
    private static final Pattern MONTH_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:" + Vocabularies.ENGLISH.monthNames() + ")\\s++$", Pattern.CASE_INSENSITIVE);
    /** What ends a year-less date's day: punctuation, the line's end or a function word, never a counted noun. */
    private static final Pattern DAY_END = Pattern.compile(
            Vocabularies.alternatives(Vocabulary::ordinalSuffixes) + "?+(?:\\s*+(?:[,.;:)–—-]|$)|\\s++"
                    + Vocabularies.alternatives(Vocabulary::dayEndWords) + "(?![\\p{L}]))",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    /** A subsection right after a section number: {@code 11.002 (g)}, {@code 3506 (c)(1)}, {@code 552(b)}. */
    private static final Pattern SUBSECTION_AFTER = Pattern.compile("\\s?+\\((?:[a-z]|[ivx]{1,4}+)\\)");
    /** The two-letter postal code of a US state or territory right before a ZIP code. */
    private static final Pattern STATE_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:A[LKZR]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]"
                    + "|T[NX]|UT|V[AT]|W[AIVY]|PR|GU|VI)\\s++$");

    /** What follows an identifier's number: a space and a lowercase word, or a clause's punctuation. */
    private static final Pattern GOES_ON = Pattern.compile(" \\p{Ll}|[,;)](?:\\s|$)|\\.(?:\\s|$)");
    /** A heading label's colon ({@code Goal 2:}) or spaced dash ({@code Principle 3 – Focus}) before a capital. */
    private static final Pattern HEADING_LABEL_AFTER = Pattern.compile(":\\s++\\p{Lu}|\\s[-–—]\\s++\\p{Lu}");
    /** A page number between dashes alone on its line: {@code - 7 -}, {@code — 12 —}. */
    private static final Pattern DASHED_PAGE = Pattern.compile("\\s*+[-–—]\\s*+\\d{1,4}+\\s*+[-–—]\\s*+");

    /** A product's name right before its version number: {@code Windows 10}, {@code SQL Server 2016}, {@code Web 2.0}. */
    private static final Pattern PRODUCT_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:" + Vocabularies.union(Vocabulary::productNames) + ")\\s++$");
    /** A noun after a number that makes it the code of a class: {@code the 2210 series}. */
    private static final Pattern CODE_NOUN_AFTER = Pattern.compile(
            "\\s++(?:" + Vocabularies.union(Vocabulary::codeNounsAfter) + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

    /** A version's number: {@code 2.0}, {@code 15.0}, {@code 3.1}. */
    private static final Pattern VERSION = Pattern.compile("\\d{1,2}\\.\\d{1,2}");

    /** A dash or a connector and the next figure: the number opens a range or a list ({@code Between 3.7 and 24 GHz}). */
    private static final Pattern RANGE_ON = Pattern.compile("\\s*+(?:[-–—]|(?:"
            + Vocabularies.union(Vocabulary::listConnectors) + "|" + Vocabularies.union(Vocabulary::rangeConnectors)
            + ")(?![\\p{L}]))\\s*+\\d", Pattern.CASE_INSENSITIVE);

    private NumberRoles() {
    }

    /** The digits at [s, e) are part of a code, a link, a clock time or a footnote marker, whatever follows them. */
    static boolean partOfToken(String view, int s, int e) {
        return zeroPadded(view, s, e) || clockTime(view, s, e) || insideCode(view, s) || gluedMarker(view, s)
                || insideLink(view, s, e) || zeroPaddedGroupAfter(view, e);
    }

    /** A digit group after a dash that starts with 0 ({@code Directive 142-02}, {@code 2210-01}): a code; no range ends in 0N. */
    private static boolean zeroPaddedGroupAfter(String view, int e) {
        return e + 2 < view.length() && "-‑–".indexOf(view.charAt(e)) >= 0 && view.charAt(e + 1) == '0'
                && Character.isDigit(view.charAt(e + 2));
    }

    /** An hour written with a dash before its zero minutes ({@code 6-00}, {@code 22–00}); no range ends in 00. */
    private static boolean clockTime(String view, int s, int e) {
        int n = view.length();
        return e - s <= 2 && e + 3 <= n && "-–".indexOf(view.charAt(e)) >= 0 && view.charAt(e + 1) == '0'
                && view.charAt(e + 2) == '0' && (e + 3 == n || !Character.isDigit(view.charAt(e + 3)));
    }

    /**
     * The bare number at [s, e) (no unit, currency or percent after it) is a label's number, opens a heading or
     * footnote line, stands alone on its line, or is the first of a list of numbered items.
     */
    static boolean labelOrHeading(String view, String folded, int s, int e) {
        return labelled(folded, s) || opensHeadingLine(view, s, e) || aloneOnLine(view, s, e)
                || dayOfYearlessDate(view, s, e) || SUBSECTION_AFTER.matcher(view).region(e, view.length()).lookingAt()
                || zipCode(view, s, e) || acronymCode(view, s, e) || contentsPage(view, s, e)
                || acronymIdentifier(view, s, e) || headingLabel(view, s, e) || pageFurniture(view, s, e)
                || productVersion(view, s) || classCode(view, s, e) || nameVersion(view, s, e)
                || ORDINAL_LIST_AFTER.matcher(view).region(e, Math.min(view.length(), e + LABEL_WINDOW)).lookingAt();
    }

    /**
     * A number after an acronym and one space, going on to a word or a clause's punctuation: a standard's, a
     * product's or a form's number ({@code FIPS 199 categories}, {@code TIC 3.0 guidance}, {@code ISO 27001},
     * {@code HSPD 12,}). A currency code before a figure makes it an amount first; a table row's acronym is followed
     * by its figures or the line's end, which stay figures.
     */
    private static boolean acronymIdentifier(String view, int s, int e) {
        if (s < 3 || view.charAt(s - 1) != ' ') {
            return false;
        }
        int a = s - 1;
        while (a > 0 && isLatinCapital(view.charAt(a - 1))) {
            a--;
        }
        int letters = s - 1 - a;
        if (letters < 2 || letters > 6 || a > 0 && (Character.isLetterOrDigit(view.charAt(a - 1)) || view.charAt(a - 1) == '.')) {
            return false;
        }
        Matcher next = GOES_ON.matcher(view).region(e, Math.min(view.length(), e + 3));
        return next.lookingAt();
    }

    /** A product's version ({@code Windows 10 devices}, {@code Office 365}): a name, not a count. */
    private static boolean productVersion(String view, int s) {
        Matcher m = PRODUCT_BEFORE.matcher(view).region(Math.max(0, s - LABEL_WINDOW), s);
        m.useTransparentBounds(true);
        return m.find();
    }

    /**
     * A dotted version after a capitalised word inside a sentence, going on to a word or a clause's punctuation:
     * {@code the NIST Cybersecurity Framework 2.0 guides}, {@code Scorecard 15.0 for}. A figure after a capitalised
     * word opens a sentence ({@code Nearly 2.5 million}), is a table's cell, followed by its row's next figure, or
     * opens a range in a title ({@code Spectrum Between 3.7 and 24 GHz}).
     */
    private static boolean nameVersion(String view, int s, int e) {
        if (!VERSION.matcher(view).region(s, e).matches() || s < 4 || view.charAt(s - 1) != ' ') {
            return false;
        }
        int a = s - 1;
        while (a > 0 && Character.isLetter(view.charAt(a - 1))) {
            a--;
        }
        return s - 1 - a >= 2 && Character.isUpperCase(view.charAt(a)) && a >= 2 && view.charAt(a - 1) == ' '
                && Character.isLetterOrDigit(view.charAt(a - 2))
                && !MONTH_BEFORE.matcher(view).region(a, s).useTransparentBounds(true).lookingAt()
                && GOES_ON.matcher(view).region(e, Math.min(view.length(), e + 3)).lookingAt()
                && !RANGE_ON.matcher(view).region(e, Math.min(view.length(), e + LABEL_WINDOW)).lookingAt();
    }

    /** Three or more digits naming a class ({@code the 2210 series}); a count of series goes on with "of". */
    private static boolean classCode(String view, int s, int e) {
        return e - s >= 3 && CODE_NOUN_AFTER.matcher(view).region(e, view.length()).lookingAt();
    }

    private static boolean isLatinCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /**
     * A capitalised word, a number and a colon or a spaced dash before a capital: a heading's label ({@code Goal 2:
     * Improve}, {@code Strategy 3.1: Recruit}, {@code Principle 3 – Focus on value}, {@code Шаг 2: Определите}).
     */
    private static boolean headingLabel(String view, int s, int e) {
        if (!SECTION_NUMBER.matcher(view).region(s, e).matches() || !HEADING_LABEL_AFTER.matcher(view)
                .region(e, Math.min(view.length(), e + 6)).lookingAt()) {
            return false;
        }
        int w = s - 1;
        if (w < 1 || view.charAt(w) != ' ') {
            return false;
        }
        int a = w;
        while (a > 0 && Character.isLetter(view.charAt(a - 1))) {
            a--;
        }
        return w - a >= 2 && Character.isUpperCase(view.charAt(a))
                && !MONTH_BEFORE.matcher(view).region(a, s).useTransparentBounds(true).lookingAt();
    }

    /** The longest running header or footer looked at: a Federal Register print line is about a hundred chars. */
    private static final int FURNITURE_LINE = 240;

    /**
     * A page number in a running header or footer: {@code Page 3 of 15}'s total, a number parted from the running
     * title by a bar ({@code CIO Council | 5}, {@code 8 | Page}), or set between dashes alone on its line ({@code - 7 -}).
     * A table's row has bars on both sides of its cells, so one bar on the line marks the footer.
     */
    private static boolean pageFurniture(String view, int s, int e) {
        int lineStart = s;
        while (lineStart > 0 && view.charAt(lineStart - 1) != '\n') {
            if (s - --lineStart > FURNITURE_LINE) {
                return false;   // a running header or footer is short; looking no further keeps long text linear
            }
        }
        int lineEnd = e;
        while (lineEnd < view.length() && view.charAt(lineEnd) != '\n') {
            if (++lineEnd - e > FURNITURE_LINE) {
                return false;
            }
        }
        String line = view.substring(lineStart, lineEnd);
        int at = s - lineStart;
        if (DASHED_PAGE.matcher(line).matches()) {
            return true;
        }
        if (line.indexOf('|') < 0 || line.indexOf('|') != line.lastIndexOf('|')) {
            return false;
        }
        String before = line.substring(0, at).strip();
        String after = line.substring(at + e - s).strip();
        return before.endsWith("|") && after.isEmpty() && before.length() > 1
                || before.isEmpty() && after.startsWith("|") && after.length() > 1;
    }

    /**
     * A table of contents' page number: at most three digits ending the line, or before the next entry, after a dot
     * leader ({@code Executive Summary ........ 4}, {@code Purpose ..... 3 Background ..... 3}). A leader's figure with a unit or percent after it ({@code ........ 17 .19%}) is not bare.
     */
    private static boolean contentsPage(String view, int s, int e) {
        int k = e;
        while (k < view.length() && view.charAt(k) == ' ') {
            k++;
        }
        // the line's end, or the next entry's capital where unwrapping joined the contents' lines into one paragraph
        if (e - s > 3 || k < view.length() && view.charAt(k) != '\n' && !(k > e && Character.isUpperCase(view.charAt(k)))) {
            return false;
        }
        int i = s - 1;
        while (i >= 0 && view.charAt(i) == ' ') {
            i--;
        }
        int dots = 0;
        while (i >= 0 && (view.charAt(i) == '.' || view.charAt(i) == '…')) {
            dots++;
            i--;
        }
        return dots >= 4;
    }

    /** A number alone on its line: a page number, a footnote marker or a cover's year the layout set apart. */
    private static boolean aloneOnLine(String view, int s, int e) {
        int i = s - 1;
        while (i >= 0 && view.charAt(i) == ' ') {
            i--;
        }
        int k = e;
        while (k < view.length() && view.charAt(k) == ' ') {
            k++;
        }
        return (i < 0 || view.charAt(i) == '\n') && (k == view.length() || view.charAt(k) == '\n');
    }

    /**
     * The day of a date without a year ({@code In remarks on April 12, the President…}): the number follows a
     * capitalised month name and ends there, where a count would go on to what it counts ({@code in May 30 agencies}).
     */
    private static boolean dayOfYearlessDate(String view, int s, int e) {
        if (e - s > 2 || Integer.parseInt(view, s, e, 10) > 31) {
            return false;
        }
        Matcher month = MONTH_BEFORE.matcher(view).region(Math.max(0, s - LABEL_WINDOW), s);
        month.useTransparentBounds(true);
        return month.find() && Character.isUpperCase(view.charAt(month.start()))
                && DAY_END.matcher(view).region(e, view.length()).lookingAt();
    }

    /**
     * A dashed digit code after a capitalised acronym and one space: a standard's or a form's number
     * ({@code NIST SP 800-53}, {@code FIPS 140-2}, {@code SF 424-A}, {@code DFARS 252.204-7012}); a range of counts follows a word, not an acronym.
     */
    private static boolean acronymCode(String view, int s, int e) {
        int from = s;
        // a clause's dotted number belongs to the code too: DFARS 252.204-7012
        while (from > 0 && (Character.isDigit(view.charAt(from - 1)) || (view.charAt(from - 1) == '-' || view.charAt(from - 1) == '.')
                && from > 1 && Character.isDigit(view.charAt(from - 2)))) {
            from--;
        }
        int to = e;
        while (to < view.length() && (Character.isDigit(view.charAt(to)) || view.charAt(to) == '-'
                && to + 1 < view.length() && Character.isLetterOrDigit(view.charAt(to + 1)))) {
            to++;
        }
        if (view.indexOf('-', from) < 0 || view.indexOf('-', from) >= to || from < 3 || view.charAt(from - 1) != ' ') {
            return false;
        }
        int a = from - 1;
        while (a > 0 && Character.isUpperCase(view.charAt(a - 1))) {
            a--;
        }
        int letters = from - 1 - a;
        return letters >= 2 && letters <= 6 && (a == 0 || !Character.isLetterOrDigit(view.charAt(a - 1)));
    }

    /** Five digits (and four more) after a US state's postal code: an address's ZIP code, {@code DC 20401}. */
    private static boolean zipCode(String view, int s, int e) {
        if (e - s != 5) {
            return false;
        }
        Matcher state = STATE_BEFORE.matcher(view).region(Math.max(0, s - 4), s);
        state.useTransparentBounds(true);
        return state.find();
    }

    /** {@code 07}, {@code 004}, {@code 0400}: a figure never starts with 0 unless a decimal part follows ({@code 0,1}). */
    private static boolean zeroPadded(String view, int s, int e) {
        return e - s >= 2 && view.charAt(s) == '0' && Character.isDigit(view.charAt(s + 1));
    }

    /** The second or later digit group of a code that starts with letters: {@code GAO-13-524}, {@code GAO/GGD-96-118}. */
    private static boolean insideCode(String view, int s) {
        int i = s;
        boolean group = false;
        // a code is one short token: a chain of thousands of dashed figures (2019-2019-…) is walked only so far
        while (i >= 2 && s - i < TOKEN_WINDOW && "-‑–/".indexOf(view.charAt(i - 1)) >= 0
                && Character.isDigit(view.charAt(i - 2))) {
            i -= 2;
            while (i > 0 && Character.isDigit(view.charAt(i - 1))) {
                i--;
            }
            group = true;
        }
        return group && i >= 2 && "-‑–/".indexOf(view.charAt(i - 1)) >= 0 && Character.isLetter(view.charAt(i - 2));
    }

    /** A footnote marker glued to a closing bracket or quote: {@code (1990)181}, {@code “…”12}. */
    private static boolean gluedMarker(String view, int s) {
        return s > 1 && ")”\"»".indexOf(view.charAt(s - 1)) >= 0 && view.charAt(s - 2) != ' ';
    }

    /** Inside a URL, a file name or a query string: the token holds {@code ://}, {@code www.}, {@code =}, {@code %2}, {@code .pdf}. */
    private static boolean insideLink(String view, int s, int e) {
        int from = s;
        while (from > 0 && s - from < TOKEN_WINDOW && !Character.isWhitespace(view.charAt(from - 1))) {
            from--;
        }
        int to = e;
        while (to < view.length() && to - e < TOKEN_WINDOW && !Character.isWhitespace(view.charAt(to))) {
            to++;
        }
        if (to - from < 6) {
            return false;
        }
        String token = view.substring(from, to);
        return token.contains("://") || token.startsWith("www.") || token.indexOf('=') >= 0 || token.contains("%2")
                || token.contains(".pdf") || token.contains(".htm") || token.contains("/docs/");
    }

    private static boolean labelled(String folded, int s) {
        return label(folded, s) != null;
    }

    /** A plural label ({@code Tables 3 and 4}, {@code figures 2, 5}) opens a list whose later numbers are labels too. */
    static boolean opensLabelList(String folded, int s) {
        Matcher m = label(folded, s);
        if (m == null) {
            return false;
        }
        String word = m.group().strip();
        return word.length() > 3 && word.endsWith("s");
    }

    private static Matcher label(String folded, int s) {
        int from = Math.max(0, s - LABEL_WINDOW);
        Matcher m = LABEL_BEFORE.matcher(folded).region(from, s);
        m.useTransparentBounds(true);
        return m.find() ? m : null;
    }

    /**
     * The number opening a line, followed by one space and a capital letter, with no figure word between: a section
     * heading ({@code 2.3 Federal Information Security Modernization Act}) or a footnote ({@code 5 Ibid.}, {@code
     * 1 https://www.cio.gov/…}). A figure
     * opening a sentence is followed by what it counts, in lower case.
     */
    private static boolean opensHeadingLine(String view, int s, int e) {
        int i = s - 1;
        while (i >= 0 && (view.charAt(i) == ' ' || view.charAt(i) == '\t')) {
            i--;
        }
        if (i >= 0 && view.charAt(i) != '\n') {
            return false;
        }
        int n = view.length();
        return e + 1 < n && view.charAt(e) == ' ' && (Character.isUpperCase(view.charAt(e + 1))
                || view.startsWith("http", e + 1) || view.startsWith("www.", e + 1))
                && SECTION_NUMBER.matcher(view).region(s, e).matches();
    }
}
