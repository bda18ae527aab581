package org.policylens.annotate;

import org.policylens.lang.LatinLookalikeLetters;
import org.policylens.lang.Vocabularies;
import org.policylens.lang.Vocabulary;
import org.policylens.model.Language;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OCR text layer that read Cyrillic print with a Latin alphabet ({@code Y36eKHCTOH} for Ўзбекистон,
 * {@code 2019 HHJI 27 .n.eKa6p.n.arH} for 2019 йил 27 декабрдаги, {@code ITK,-4087-coH} for ПҚ-4087-сон,
 * {@code 8 MJlH cyM} for 8 млн сўм): any engine run with a Latin-only alphabet over Russian, Uzbek or Kazakh print.
 * Its figures mostly survive; the words that make them facts do not. {@link #language} recognises such a layer and
 * the Cyrillic language it spells; {@link #restore} reads back, in a matching view, the few words a figure's fact
 * hangs on, each only in its place beside a figure and only when the garbled token plausibly spells it (a cheap
 * alignment of look-alike letters). The rest of the text is left as it is: a guess there gains no fact.
 */
public final class LatinLookalikes {
    /** Words spelled with look-alike digits per thousand words from which a layer is taken for one. */
    private static final int SPELLED_PER_THOUSAND = 20;
    /** Fewer such words than this never make a text one (a code or two: {@code A380}, {@code B2B}). */
    private static final int MIN_SPELLED = 8;
    /** Cyrillic vocabularies a layer may spell, in the order a tie is settled. */
    private static final List<Vocabulary> CYRILLIC = List.of(Vocabularies.UZBEK_CYRILLIC, Vocabularies.RUSSIAN,
            Vocabularies.KAZAKH_CYRILLIC);

    private LatinLookalikes() {
    }

    /**
     * The Cyrillic language a text layer spells with Latin look-alikes, or null when it does not: words that read
     * Cyrillic letters as the digits 3, 6 and 0 inside Latin letters ({@code Y36eKHCTOH}, {@code Pecny6JJHKacu},
     * {@code 6upnaWM3CH}) are many, and the language is the one whose year word the tokens after years spell most
     * often. Genuine Latin text (English, Uzbek Latin) has next to no such words and is never taken for one.
     */
    public static Language language(String text) {
        if (!spellsWithDigits(text)) {
            return null;
        }
        Language best = null;
        int most = 0;
        for (Vocabulary v : CYRILLIC) {
            int read = yearWordsRead(text, v);
            if (read > most) {
                most = read;
                best = v.language();
            }
        }
        return best;
    }

    /** Whether many of a text's words hold a look-alike digit between Latin letters, or open with one. */
    static boolean spellsWithDigits(String text) {
        int words = 0;
        int spelled = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            words++;
            if (spelledWithDigits(text, start, i)) {
                spelled++;
            }
        }
        return spelled >= MIN_SPELLED && spelled * 1000L >= (long) words * SPELLED_PER_THOUSAND;
    }

    /**
     * {@code Y36eKHCTOH}, {@code 6upnaWM3CH}: Latin letters only besides the digits 3, 6 and 0, at least three letters,
     * one such digit between two letters or opening the word before two lowercase letters (a code, {@code A380},
     * {@code COVID19}, puts its digits at the end); or {@code <J>oiiJJ:aJiaHHJIMaeTraH}, {@code TaxrnKyn11p}: a
     * capital after a lowercase letter twice in a word, which a name in camel case ({@code PowerPoint}) does once.
     */
    private static boolean spelledWithDigits(String text, int start, int end) {
        int letters = 0;
        int capitalsInside = 0;
        boolean inside = false;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                letters++;
                if (c <= 'Z' && k > start && Character.isLowerCase(text.charAt(k - 1))) {
                    capitalsInside++;
                }
            } else if (c == '3' || c == '6' || c == '0') {
                boolean letterAfter = k + 1 < end && Character.isLetter(text.charAt(k + 1));
                boolean opensWord = k == start && k + 2 < end && Character.isLowerCase(text.charAt(k + 1))
                        && Character.isLowerCase(text.charAt(k + 2));
                inside |= letterAfter && (k > start && Character.isLetter(text.charAt(k - 1)) || opensWord);
            } else {
                return false;
            }
        }
        return letters >= 3 && (inside || capitalsInside >= 2);
    }

    private static final Pattern YEAR_THEN_TOKEN = Pattern.compile("(?<![\\d\\p{L}])(?:19|20)\\d\\d (\\S{2,14})");

    private static int yearWordsRead(String text, Vocabulary v) {
        List<String> yearWords = yearWords(v);
        int read = 0;
        Matcher m = YEAR_THEN_TOKEN.matcher(text);
        while (m.find()) {
            if (best(text, m.start(1), m.end(1), yearWords, true) != null) {
                read++;
            }
        }
        return read;
    }

    /**
     * The view with the words a fact hangs on read back in Cyrillic, each padded with spaces to its garbled token's
     * length (an act's prefix on the left, so it still touches its number): the year word after a year, a month after
     * a day or a year word, the "numbered" word after an act's number and the act's kind after it, an act's series
     * before its number, a scale or currency word after a figure, and {@code №} before a number.
     */
    public static String restore(String view, Language language) {
        Vocabulary v = Vocabularies.of(language);
        char[] out = view.toCharArray();
        Words words = new Words(v);
        Matcher act = ACT_NUMBER.matcher(view);
        while (act.find()) {
            actNumber(view, out, act, words);
        }
        int n = view.length();
        int i = 0;
        while (i < n) {
            if (Character.isWhitespace(view.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(view.charAt(i))) {
                i++;
            }
            restoreToken(view, out, start, i, words);
        }
        maskWordFragments(view, out);
        return new String(out);
    }

    /**
     * {@code 6uJiae 6 o FJIH1'}, {@code 6H aH 60 HK}, {@code PECIIY 11 KU}: one or two look-alike digits standing alone
     * between two spelled tokens that stay unread are a word OCR broke apart (б, о, и), not a figure. A figure beside a
     * word read back ({@code 1 апрел}, {@code 8 млн}) or beside another figure is untouched.
     */
    private static void maskWordFragments(String view, char[] out) {
        int n = view.length();
        for (int i = 0; i < n; i++) {
            if (!Character.isDigit(view.charAt(i)) || i > 0 && !Character.isWhitespace(view.charAt(i - 1))) {
                continue;
            }
            int e = i;
            while (e < n && "0136".indexOf(view.charAt(e)) >= 0) {
                e++;
            }
            if (e - i == 0 || e - i > 2 || e == n || view.charAt(e) != ' ' || Character.isDigit(view.charAt(e))) {
                continue;
            }
            if (spelledNeighbour(view, out, e + 1, 1) && spelledNeighbour(view, out, i - 2, -1)) {
                for (int k = i; k < e; k++) {
                    out[k] = LatinLookalikeLetters.DIGIT_LETTERS.charAt(view.charAt(k) - '0');
                }
            }
        }
    }

    /** Whether the character at {@code at} is a Latin letter of an unread token (its neighbour in {@code step}). */
    private static boolean spelledNeighbour(String view, char[] out, int at, int step) {
        return at >= 0 && at < view.length() && isLatinLetter(view.charAt(at)) && out[at] == view.charAt(at)
                && (at + step < 0 || at + step >= view.length() || !Character.isDigit(view.charAt(at + step)));
    }

    /** The candidate words of one language, taken from its vocabulary. */
    private record Words(List<String> year, List<String> months, List<String> numbered, List<String> kinds,
                         List<String> series, List<String> scales, List<String> monthsAndScales) {
        Words(Vocabulary v) {
            this(yearWords(v), runs(v.monthNames()), runs(v.actNumberSuffixes()), runs(v.actSuffixTypes()),
                    v.actSeries().stream().map(Vocabulary.ActType::type).toList(), scaleWords(v));
        }

        private Words(List<String> year, List<String> months, List<String> numbered, List<String> kinds,
                      List<String> series, List<String> scales) {
            this(year, months, numbered, kinds, series, scales,
                    java.util.stream.Stream.concat(months.stream(), scales.stream()).toList());
        }
    }

    private static void restoreToken(String view, char[] out, int start, int end, Words words) {
        for (int k = start; k < end; k++) {
            if (out[k] != view.charAt(k)) {
                return; // an act's number, read already
            }
        }
        if (Character.isDigit(view.charAt(start))) {
            if (spelledFromDigit(view, start, end)) {
                lettersOnly(view, out, start, end);
            }
            return;
        }
        for (int k = start; k < end; k++) {
            if (Character.UnicodeScript.of(view.charAt(k)) == Character.UnicodeScript.CYRILLIC) {
                return; // read in its own alphabet
            }
        }
        String before = previousToken(out, start);
        List<String> candidates;
        if (before.matches("(?:.*\\D)?(?:19|20)\\d\\d")) {
            candidates = words.year();
        } else if (before.matches("\\d{1,2}")) {
            candidates = words.monthsAndScales();
        } else if (words.year().contains(before)) {
            candidates = words.months();
        } else if (before.matches("\\d+(?:[.,]\\d+)?") || words.scales().contains(before)) {
            candidates = words.scales();
        } else if (before.matches(".*\\d-" + alternation(words.numbered()) + "\\p{L}*")) {
            candidates = words.kinds();
        } else if (end + 1 < view.length() && Character.isDigit(view.charAt(end + 1)) && view.charAt(end) == ' '
                && end - start <= 3 && view.charAt(start) == 'N') {
            java.util.Arrays.fill(out, start, end, ' ');
            out[start] = '№';
            return;
        } else {
            candidates = List.of();
        }
        String word = best(view, start, end, candidates, true);
        if (word == null) {
            lettersOnly(view, out, start, end);
        } else if (words.scales().contains(before) && out[start - 1] == ' ' && out[start - 2] == ' ') {
            // 8 MJlH cyM: the currency moves back beside its scale word, the padding after it
            int to = start - 1;
            while (out[to - 1] == ' ') {
                to--;
            }
            put(out, to + 1, end, word, false);
        } else {
            put(out, start, end, word, false);
        }
    }


    /**
     * {@code x.ocHn.zi.opn11rH}, {@code Y36eKHCTOH}: a spelled word that stays unread is made all letters between its
     * first and last, so it is a word, not a damaged figure or junk that makes its line look like a broken table.
     */
    private static void lettersOnly(String view, char[] out, int start, int end) {
        int first = start;
        while (first < end && !isLatinLetter(view.charAt(first))) {
            first++;
        }
        int last = end - 1;
        while (last > first && !Character.isLetterOrDigit(view.charAt(last))) {
            last--;
        }
        if (first >= end) {
            return;
        }
        if (Character.isDigit(view.charAt(start))) {
            first = start - 1;
        }
        for (int k = first + 1; k <= last; k++) {
            char c = view.charAt(k);
            if (!Character.isLetter(c)) {
                out[k] = c >= '0' && c <= '9' ? LatinLookalikeLetters.DIGIT_LETTERS.charAt(c - '0') : LatinLookalikeLetters.JUNK;
            }
        }
    }

    /**
     * {@code 611p}, {@code 6eJirHnaHCHH}, {@code 1<;apop11}, {@code 610.n:)l(enr}: a token opening with a digit
     * glued to a Latin letter or to junk (not a hyphen, a percent sign or a decimal mark) and holding a Latin letter
     * is a word whose first letter OCR read as a digit, not a figure with its suffix.
     */
    private static boolean spelledFromDigit(String view, int start, int end) {
        int k = start;
        while (k < end && Character.isDigit(view.charAt(k))) {
            k++;
        }
        if (k == end) {
            return false;
        }
        char after = view.charAt(k);
        boolean decimal = (after == '.' || after == ',') && k + 1 < end && Character.isDigit(view.charAt(k + 1));
        if (decimal || after == '-' || after == '%' || Character.isLetter(after) && !isLatinLetter(after)) {
            return false;
        }
        for (int i = k; i < end; i++) {
            if (isLatinLetter(view.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLatinLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * {@code ITK,-4087-coH}, {@code n<P- 5742-COH}, {@code 704-cott}: an act's number, the token glued before it by a
     * hyphen (and maybe a space) its series, the word after its hyphen the "numbered" word.
     */
    private static final Pattern ACT_NUMBER = Pattern.compile(
            "(?:(?<![^\\s\"«(])(?<series>[^\\s\\d-][^\\s-]{0,4})- ?)?"
                    + "(?<![\\d\\p{L}])(?<number>\\d{1,5})-(?<word>[^\\s\\d-]\\S{1,7})");

    private static void actNumber(String view, char[] out, Matcher m, Words words) {
        String word = best(view, m.start("word"), m.end("word"), words.numbered(), true);
        if (word != null) {
            put(out, m.start("word"), m.end("word"), word, false);
        }
        if (m.group("series") == null) {
            return;
        }
        String series = best(view, m.start("series"), m.end("series"), words.series(), false);
        int start = m.start("number");
        int s = m.start("series");
        if (series != null && series.length() <= start - 1 - s) {
            java.util.Arrays.fill(out, s, start, ' ');
            out[start - 1] = '-';
            series.getChars(0, series.length(), out, start - 1 - series.length());
        }
    }

    /** Writes {@code word} over {@code start..end}, spaces filling the rest (before it when {@code right}). */
    private static void put(char[] out, int start, int end, String word, boolean right) {
        if (word.length() > end - start) {
            return;
        }
        java.util.Arrays.fill(out, start, end, ' ');
        int at = right ? end - word.length() : start;
        word.getChars(0, word.length(), out, at);
    }

    private static String previousToken(char[] out, int start) {
        int e = start;
        while (e > 0 && out[e - 1] == ' ') {
            e--;
        }
        if (e == start || e == 0 || out[e - 1] == '\n') {
            return "";
        }
        int s = e;
        while (s > 0 && !Character.isWhitespace(out[s - 1])) {
            s--;
        }
        return new String(out, s, e - s);
    }

    /**
     * The candidate the token at {@code start..end} spells best, or null when none does plausibly or two do equally
     * well. With {@code suffix} the word may be followed by an ending (its letters unread, at most eight characters).
     */
    static String best(String view, int start, int end, List<String> candidates, boolean suffix) {
        String token = view.substring(start, end);
        String best = null;
        int bestCost = Integer.MAX_VALUE;
        boolean tie = false;
        for (String word : candidates) {
            if (word.length() > token.length() + 1) {
                continue;
            }
            int cost = cost(token, word, suffix);
            if (cost < bestCost) {
                bestCost = cost;
                best = word;
                tie = false;
            } else if (cost == bestCost && word.startsWith(best)) {
                best = word; // года over год: the ending read too
            } else if (cost == bestCost && !best.startsWith(word) && !fold(word).equals(fold(best))) {
                tie = true;
            }
        }
        return best != null && !tie && bestCost <= allowed(best) ? best : null;
    }

    /**
     * Half-points allowed: a word of up to three letters only with added punctuation ({@code Ky6} is no {@code руб}),
     * one slip in four letters, two beyond.
     */
    private static int allowed(String word) {
        return word.length() <= 3 ? 1 : word.length() == 4 ? 2 : 4;
    }

    /** Letters OCR's Latin alphabet cannot tell apart ({@code K} for к and қ): words differing only in them are one. */
    private static String fold(String word) {
        String folded = word.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < LatinLookalikeLetters.TOLD_APART.length(); i++) {
            folded = folded.replace(LatinLookalikeLetters.TOLD_APART.charAt(i), LatinLookalikeLetters.READ_AS.charAt(i));
        }
        return folded;
    }

    /**
     * The cost in half-points of reading {@code word} in {@code token}: 0 for each unit that may stand for the
     * letter, 1 for punctuation OCR added, 2 for a letter added, lost or read as another. The whole word must be read;
     * with {@code suffix} the token may go on after it (its ending), at most eight characters.
     */
    private static int cost(String token, String word, boolean suffix) {
        int t = token.length();
        int w = word.length();
        int inf = Integer.MAX_VALUE / 4;
        int[][] c = new int[t + 1][w + 1];
        for (int[] row : c) {
            java.util.Arrays.fill(row, inf);
        }
        c[0][0] = 0;
        for (int i = 0; i <= t; i++) {
            for (int j = 0; j <= w; j++) {
                int here = c[i][j];
                if (here >= inf) {
                    continue;
                }
                if (i < t) {
                    char ch = token.charAt(i);
                    int skip = Character.isLetterOrDigit(ch) ? 2 : 1;
                    c[i + 1][j] = Math.min(c[i + 1][j], here + skip);
                }
                if (j < w) {
                    c[i][j + 1] = Math.min(c[i][j + 1], here + 2);
                    char letter = Character.toLowerCase(word.charAt(j));
                    boolean unit = false;
                    for (String[] u : LatinLookalikeLetters.UNITS) {
                        if (u[1].indexOf(letter) >= 0 && token.startsWith(u[0], i)) {
                            c[i + u[0].length()][j + 1] = Math.min(c[i + u[0].length()][j + 1], here);
                            unit = true;
                        }
                    }
                    if (i < t && Character.toLowerCase(token.charAt(i)) == letter) {
                        c[i + 1][j + 1] = Math.min(c[i + 1][j + 1], here);
                    } else if (i < t && !unit) {
                        c[i + 1][j + 1] = Math.min(c[i + 1][j + 1], here + 2);
                    }
                }
            }
        }
        int best = c[t][w];
        if (suffix) {
            for (int i = Math.max(0, t - 8); i < t; i++) {
                best = Math.min(best, c[i][w]);
            }
        }
        return best;
    }

    private static List<String> yearWords(Vocabulary v) {
        Set<String> words = new LinkedHashSet<>(runs(v.yearWords()));
        words.addAll(runs(v.yearNouns()));
        return List.copyOf(words);
    }

    /**
     * The scale, currency and percent words after a figure: the language's, and the scale and currency words of every
     * Cyrillic language (an Uzbek act writes {@code млн сўм}).
     */
    private static List<String> scaleWords(Vocabulary language) {
        Set<String> words = new LinkedHashSet<>(runs(language.percentWords()));
        for (Vocabulary v : CYRILLIC) {
            v.scaleWords().values().forEach(r -> words.addAll(runs(r)));
            v.currencies().values().forEach(r -> words.addAll(runs(r)));
        }
        return List.copyOf(words);
    }

    private static final Pattern CYRILLIC_RUN = Pattern.compile("[\\p{IsCyrillic}&&\\p{L}]{3,}");

    /** The Cyrillic words of three letters or more a vocabulary's regex spells out. */
    private static List<String> runs(String regex) {
        List<String> words = new ArrayList<>();
        if (regex == null) {
            return words;
        }
        Matcher m = CYRILLIC_RUN.matcher(regex);
        while (m.find()) {
            if (!words.contains(m.group())) {
                words.add(m.group());
            }
        }
        return words;
    }

    private static String alternation(List<String> words) {
        return words.isEmpty() ? "(?!)" : "(?:" + String.join("|", words) + ")";
    }
}
