package org.policylens.annotate;

import org.policylens.lang.OcrLetters;
import org.policylens.model.Document;
import org.policylens.model.MetadataKeys;

/**
 * Damage that optical character recognition leaves in a text layer, and a length-preserving repair of the matching
 * view for it. A scanned act's text layer reads {@code 20|9-2023}, {@code 20 1 8 йил}, {@code z0I8}, {@code 1 1,}
 * (for 11.), {@code l январга} (l for 1) and {@code ПЩ-3672} (Щ for Қ): its digits, split by spaces or glued to
 * look-alike letters, are fragments that no figure is made of. The repair masks such fragments (their characters
 * become {@value #MASK}, a letter, so no finder reads a number there), blanks a lone {@code l} where a day would
 * stand, and restores the Қ of an act prefix. It is applied only to text read by OCR ({@link #applies}): a normal
 * text's figures ({@code 1 500 000}, {@code 2 or 3}) never change.
 */
public final class OcrDamage {
    /** What masked characters become: a letter, so digits beside it are glued to a word. */
    static final char MASK = 'x';
    /** Damaged words per thousand words from which a text layer is taken for OCR. */
    private static final int DAMAGED_PER_THOUSAND = 15;
    /** Fewer damaged words than this never make a text OCR (a short text with two odd words). */
    private static final int MIN_DAMAGED = 8;
    /** Characters OCR puts inside a word for a letter it could not read. */
    private static final String INSIDE_WORD_JUNK = "}|€{";
    /** Latin letters with a Cyrillic twin: a Cyrillic word holding only these is a typing slip, not OCR. */
    private static final String LATIN_TWINS = "aAcCeEoOpPxXyYBHKMTk";

    private OcrDamage() {
    }

    /**
     * Whether a document's text came from OCR: pages we read with Tesseract; a PDF at least half of whose pages are
     * scans under an OCR text layer (as ingest found them from how the pages are drawn); or, for a producer that draws
     * the recognised text visibly in place of the scan, a PDF text layer that looks OCR'd.
     */
    public static boolean applies(Document document) {
        return document.ocrPages() > 0 || mostlyScannedPages(document)
                || "application/pdf".equals(document.mediaType()) && looksLikeOcr(document.text());
    }

    /** A text document with a scanned annex is still typed text, whose figures the repair must not touch. */
    private static boolean mostlyScannedPages(Document document) {
        int scanned = Integer.parseInt(document.metadata().getOrDefault(MetadataKeys.OCR_LAYER_PAGES, "0"));
        return scanned > 0 && 2 * scanned >= document.pages().size();
    }

    /**
     * Whether a text reads like an OCR text layer: many of its words mix Cyrillic with Latin letters that have no
     * Cyrillic twin ({@code вztзирлиги}, {@code Ресгryбликаси}) or hold junk between letters ({@code х}жалиги}).
     * Normal texts, in any script, have next to none.
     */
    public static boolean looksLikeOcr(String text) {
        int words = 0;
        int damaged = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int latinOdd = 0;
            int cyrillic = 0;
            int junk = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isLetter(c)) {
                    if (c >= 0x400 && c < 0x530) {
                        cyrillic++;
                    } else if (c < 0x250 && LATIN_TWINS.indexOf(c) < 0) {
                        latinOdd++;
                    }
                } else if (INSIDE_WORD_JUNK.indexOf(c) >= 0 && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                    junk++;
                } else {
                    break;
                }
                i++;
            }
            words++;
            if (junk > 0 || latinOdd > 0 && cyrillic > 0) {
                damaged++;
            }
        }
        return damaged >= MIN_DAMAGED && damaged * 1000L >= (long) words * DAMAGED_PER_THOUSAND;
    }

    /** The view with OCR's digit fragments masked, lone day look-alikes blanked and act prefixes restored. */
    public static String repair(String view) {
        char[] v = view.toCharArray();
        maskRegistryStamps(v);
        maskPickets(v);
        blankStrayPunctuation(v);
        closeGaps(v);
        restoreYearWords(v);
        maskDamagedLines(v);
        maskGluedDigits(v);
        maskSplitDigits(v);
        maskRowNumbers(v);
        blankLoneLookalikes(v);
        restoreActPrefixes(v);
        return new String(v);
    }

    /**
     * A line holding a registration code, digit groups joined by slashes ({@code ҚҲММБ: 09/18/984/2272-сон 05.12.2018
     * й.}, {@code 09718/984/2272} where OCR lost one), is a registry's stamp on the scan, not the act's text: none of its
     * digits is a fact. A date written with slashes ({@code 05/12/2018}) is three groups of a date's shape.
     */
    private static void maskRegistryStamps(char[] v) {
        int n = v.length;
        int lineStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i < n && v[i] != '\n') {
                continue;
            }
            if (hasRegistryCode(v, lineStart, i)) {
                for (int k = lineStart; k < i; k++) {
                    if (isDigit(v[k])) {
                        v[k] = MASK;
                    }
                }
            }
            lineStart = i + 1;
        }
    }

    private static boolean hasRegistryCode(char[] v, int start, int end) {
        int i = start;
        while (i < end) {
            if (!isDigit(v[i]) || i > start && isDigit(v[i - 1])) {
                i++;
                continue;
            }
            int[] groups = new int[4];
            int[] lengths = new int[4];
            int count = 0;
            while (true) {
                int g = i;
                int value = 0;
                while (i < end && isDigit(v[i])) {
                    value = value * 10 + (i - g < 6 ? v[i] - '0' : 0);
                    i++;
                }
                if (count < 4) {
                    groups[count] = value;
                    lengths[count] = i - g;
                }
                count++;
                if (i + 1 < end && v[i] == '/' && isDigit(v[i + 1])) {
                    i++;
                } else {
                    break;
                }
            }
            boolean date = count == 3 && lengths[0] <= 2 && groups[0] <= 31 && lengths[1] <= 2 && groups[1] <= 31
                    && (lengths[2] == 2 || lengths[2] == 4);
            if (count >= 4 || count == 3 && !date) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code ПК 50+00}, {@code 352 +00}, {@code 9$+20}: a picket (a distance along a canal or road, hundreds of
     * metres plus metres) is an address, not a figure; OCR reads its digits with look-alike signs. The digits and signs
     * on both sides of the plus are masked. A qualifier's plus ({@code 14+}) has no two digits after it.
     */
    private static void maskPickets(char[] v) {
        int n = v.length;
        for (int i = 1; i + 2 < n; i++) {
            if (v[i] != '+' || !isDigit(v[i + 1]) || !isDigit(v[i + 2]) || i + 3 < n && isDigit(v[i + 3])) {
                continue;
            }
            int s = v[i - 1] == ' ' && i >= 2 && isDigit(v[i - 2]) ? i - 2 : i - 1;
            if (!isDigit(v[s]) && v[s] != '$') {
                continue;
            }
            while (s >= 0 && (isDigit(v[s]) || v[s] == '$')) {
                v[s--] = MASK;
            }
            v[i + 1] = MASK;
            v[i + 2] = MASK;
        }
    }

    /**
     * {@code 2024. йилда}, {@code 2018: йил 4. декабрдаги}, {@code 2019; жылғы}: a point, colon or semicolon right after
     * a figure and before a word in lower case is speckle read as punctuation (a sentence never goes on in lower
     * case), and it parts the figure from the word that makes it a date or an amount. It goes, and the word moves back.
     */
    private static void blankStrayPunctuation(char[] v) {
        for (int i = 1; i + 2 < v.length; i++) {
            if ((v[i] == '.' || v[i] == ':' || v[i] == ';') && isDigit(v[i - 1]) && v[i + 1] == ' '
                    && Character.isLowerCase(v[i + 2]) && !listNumber(v, i - 1)) {
                v[i] = ' ';
                moveBack(v, i + 2, i + 1);
            }
        }
    }

    /** Marks OCR reads from speckle that stand alone between words (a colon, a low quote, a bar, an underscore). */
    private static final String SPECKLE = ":;‘’‚`_|=>~";
    /**
     * Quotes OCR reads from speckle before a word, and junk it reads inside a hyphenated figure; the matching view has
     * made every apostrophe-like quote {@code '}.
     */
    private static final String SPECKLE_QUOTES = "'‘‚`“\"";

    /**
     * Gaps OCR opened in a figure's expression are closed, the word after the gap moved back (a length-preserving
     * repair: the spaces go after it). {@code ПҚ- 178- -сон}, {@code 2023- -2025-yillarda}, {@code 26- “oktabrdagi},
     * {@code 147- -ден}: a hyphen beside a digit with spaces, a second hyphen or a quote after it is joined to what
     * follows. {@code 15 : ‘майдаги}, {@code ‘карори}: marks standing alone before a word in lower case, and a quote
     * opening one, are speckle; a quoted name opens with a capital.
     */
    private static void closeGaps(char[] v) {
        int n = v.length;
        for (int h = 1; h + 1 < n; h++) {
            if (v[h] == '-' && Character.isLetterOrDigit(v[h - 1])) {
                int g = h + 1;
                while (g < n && g - h <= 3 && (v[g] == ' ' || v[g] == '-' || SPECKLE_QUOTES.indexOf(v[g]) >= 0)) {
                    g++;
                }
                if (g > h + 1 && g < n && Character.isLetterOrDigit(v[g]) && (isDigit(v[h - 1]) || isDigit(v[g]))) {
                    moveBack(v, g, h + 1);
                }
            } else if (v[h] == ' ' && Character.isLetterOrDigit(v[h - 1])) {
                int g = h;
                boolean speckle = false;
                while (g < n && (v[g] == ' ' || SPECKLE.indexOf(v[g]) >= 0 && (v[g - 1] == ' ' || SPECKLE.indexOf(v[g - 1]) >= 0)
                        && (g + 1 == n || v[g + 1] == ' ' || SPECKLE.indexOf(v[g + 1]) >= 0))) {
                    speckle |= v[g] != ' ';
                    g++;
                }
                if (g < n && SPECKLE_QUOTES.indexOf(v[g]) >= 0 && v[g - 1] == ' ' && !closes(v, g)) {
                    speckle = true;
                    g++;
                }
                if (speckle && g < n && Character.isLowerCase(v[g])) {
                    moveBack(v, g, h + 1);
                }
            }
        }
    }

    /**
     * Whether the quote at {@code open} is closed on its line within a name's length (then it opened a name): by its
     * closing twin at a word's end ({@code o'z} holds no closing quote).
     */
    private static boolean closes(char[] v, int open) {
        char closer = switch (v[open]) {
            case '\'' -> '\'';
            case '‘' -> '’';
            case '“' -> '”';
            case '"' -> '"';
            default -> 0;
        };
        for (int i = open + 1; closer != 0 && i < v.length && i <= open + 60 && v[i] != '\n'; i++) {
            if (v[i] == closer && Character.isLetterOrDigit(v[i - 1]) && (i + 1 == v.length || !Character.isLetter(v[i + 1]))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Moves the word at {@code from} back to {@code to}, spaces filling what it leaves. Only that word's offsets differ
     * from the text's (by the gap's few characters): finders read some values from the text at the view's offsets, so
     * nothing further on may move.
     */
    private static void moveBack(char[] v, int from, int to) {
        int end = from;
        while (end < v.length && !Character.isWhitespace(v[end])) {
            end++;
        }
        System.arraycopy(v, from, v, to, end - from);
        java.util.Arrays.fill(v, to + end - from, end, ' ');
    }

    /**
     * Whether the figure ending at {@code last} is a list's label ({@code 1. ташкилот}): a number of one or two digits
     * opening a line or a list. Its point is the label's; a year's ({@code 2021. йил июнь}) is speckle.
     */
    private static boolean listNumber(char[] v, int last) {
        int s = last;
        while (s > 0 && isDigit(v[s - 1])) {
            s--;
        }
        int p = s > 0 && v[s - 1] == ' ' ? s - 2 : s - 1;
        return last - s < 2 && (p < 0 || v[p] == '\n' || v[p] == ':' || v[p] == ';' || v[p] == '.');
    }

    /** What OCR reads for the и of {@code йил} (a Latin u, i or l, a bar, ц, п, л). */
    private static final String YEAR_WORD_I = OcrLetters.YEAR_WORD_I_MISREADS;
    /** The letters of {@code йил}. */
    private static final char YEAR_Y = OcrLetters.UZBEK_YEAR_WORD.charAt(0);
    private static final char YEAR_Y_UPPER = Character.toUpperCase(YEAR_Y);
    private static final char YEAR_I = OcrLetters.UZBEK_YEAR_WORD.charAt(1);
    private static final char YEAR_L = OcrLetters.UZBEK_YEAR_WORD.charAt(2);

    /**
     * {@code 2020 йцл}, {@code 2020 йuл}, {@code 202l йпл}, {@code 2020 йлlл}, {@code 2022йцлдан}: the Uzbek year word
     * after a year, its и misread, is read as the {@code йил} it was printed as (the rest of the word kept), so the year
     * is a date; a fourth letter OCR added becomes a space.
     */
    private static void restoreYearWords(char[] v) {
        int n = v.length;
        for (int i = 4; i + 2 < n; i++) {
            if (v[i] != YEAR_Y && v[i] != YEAR_Y_UPPER) {
                continue;
            }
            int y = v[i - 1] == ' ' ? i - 1 : i;
            if (y < 4 || !isDigit(v[y - 1]) || !isDigit(v[y - 2]) || !isDigit(v[y - 3]) || !isDigit(v[y - 4])
                    || y >= 5 && isDigit(v[y - 5])) {
                continue;
            }
            if (i + 3 < n && misreadI(v[i + 1]) && misreadI(v[i + 2]) && isL(v[i + 3])
                    && (i + 4 == n || !Character.isLetter(v[i + 4]))) {
                v[i + 1] = YEAR_I;
                v[i + 2] = YEAR_L;
                v[i + 3] = ' ';
            } else if (misreadI(v[i + 1]) && isL(v[i + 2])) {
                v[i + 1] = YEAR_I;
                v[i + 2] = YEAR_L;
            }
        }
    }

    private static boolean misreadI(char c) {
        return YEAR_WORD_I.indexOf(c) >= 0;
    }

    private static boolean isL(char c) {
        return c == YEAR_L || c == 'l';
    }

    /** Letters OCR reads for a digit (з for 3, б for 6, l and I for 1, О for 0): alone, a damaged figure. */
    private static final String DIGIT_LOOKALIKES = OcrLetters.DIGIT_LOOKALIKES;
    /** Characters trimmed from a token's ends before it is judged: punctuation, quotes and a table's rules. */
    private static final String TOKEN_PUNCTUATION = ".,;:()\"'«»“”„!?-–—|";

    /**
     * A line of a scanned table that OCR could not read ({@code Бухоро l з l ll l31}, {@code 648 2],6 l]789 l 296 l 440}):
     * when damaged tokens (digits mixed with letters or junk, digit look-alikes standing alone, junk without letters)
     * make up a large share of it, the clean-looking figures between them are as likely misread, so none of its digits
     * is read (precision first). Lines of words with a few damaged figures keep their clean ones.
     */
    private static void maskDamagedLines(char[] v) {
        int n = v.length;
        int lineStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i < n && v[i] != '\n') {
                continue;
            }
            int tokens = 0;
            int damaged = 0;
            boolean digits = false;
            int k = lineStart;
            while (k < i) {
                if (v[k] == ' ' || v[k] == '\t') {
                    k++;
                    continue;
                }
                int start = k;
                while (k < i && v[k] != ' ' && v[k] != '\t') {
                    digits |= isDigit(v[k]);
                    k++;
                }
                tokens++;
                damaged += damagedToken(v, start, k) ? 1 : 0;
            }
            if (digits && (damaged >= 3 && 10 * damaged >= 3 * tokens || damaged >= 2 && 10 * damaged >= 4 * tokens)) {
                for (int m = lineStart; m < i; m++) {
                    if (isDigit(v[m])) {
                        v[m] = MASK;
                    }
                }
            }
            lineStart = i + 1;
        }
    }

    /**
     * A token OCR damaged: a figure with a letter or junk in it ({@code l296}, {@code 2],6}, {@code 596,з}), a digit
     * look-alike standing alone ({@code з}, {@code l}) or junk without a letter ({@code |}, {@code *)}). A clean figure,
     * a word, and a figure with its suffix ({@code 617-сон}, {@code 5та}) are not.
     */
    private static boolean damagedToken(char[] v, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && TOKEN_PUNCTUATION.indexOf(v[s]) >= 0) {
            s++;
        }
        while (e > s && TOKEN_PUNCTUATION.indexOf(v[e - 1]) >= 0) {
            e--;
        }
        if (s == e) {
            return false;
        }
        if (e - s == 1 && DIGIT_LOOKALIKES.indexOf(v[s]) >= 0) {
            return true;
        }
        int i = s;
        while (i < e && (isDigit(v[i]) || (v[i] == ',' || v[i] == '.') && i > s && isDigit(v[i - 1]))) {
            i++;
        }
        if (i > s) {
            if (i == e) {
                return false;
            }
            if (v[i] == '-') {
                i++;
            }
            int letters = i;
            while (i < e && Character.isLetter(v[i])) {
                i++;
            }
            return !(i == e && i - letters >= 2);
        }
        for (int k = s; k < e; k++) {
            char c = v[k];
            if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'' && c != '/') {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code жорий этиш 14 Ресгryблимда}, {@code |7 Сувни}, {@code 8 "Парча юз" каналини}: a number of a scanned
     * table's row, read into the line of the row before, stands alone before a capitalised Cyrillic word or a quoted
     * name. In running text a figure goes before a word in lower case; a row number is no fact.
     */
    private static void maskRowNumbers(char[] v) {
        int n = v.length;
        for (int i = 0; i < n; i++) {
            int s = i < n && v[i] == '|' && i + 1 < n && isDigit(v[i + 1]) ? i + 1 : i;
            if (!isDigit(v[s]) || i > 0 && !Character.isWhitespace(v[i - 1])) {
                continue;
            }
            int e = s;
            while (e < n && isDigit(v[e])) {
                e++;
            }
            if (e - s > 2 || e + 1 >= n || v[e] != ' ' || !rowFollows(v[e + 1])) {
                continue;
            }
            boolean afterWord = i >= 2 && v[i - 1] == ' ' && Character.isLowerCase(v[i - 2]);
            boolean lineStart = i == 0 || v[i - 1] == '\n' || v[i - 1] == '\t';
            if (afterWord || lineStart && (v[e + 1] == '"' || v[e + 1] == '«' || v[e + 1] == '“')) {
                java.util.Arrays.fill(v, i, e, MASK);
            }
            i = e;
        }
    }

    private static boolean rowFollows(char c) {
        return c == '"' || c == '«' || c == '“' || Character.isUpperCase(c) && c >= 0x400 && c < 0x530;
    }

    /**
     * Where a decimal that OCR split after its mark ends: {@code 0, 1} is 0.1 (a figure never starts with 0, so a
     * {@code 0} before the mark is a whole part), or {@code end} when the zero at {@code start..end} is not one or
     * begins a list ({@code 0, 1, 2}).
     */
    public static int splitDecimalEnd(String view, int start, int end, char decimalMark) {
        int n = view.length();
        if (end != start + 1 || view.charAt(start) != '0' || end + 2 >= n || view.charAt(end) != decimalMark
                || view.charAt(end + 1) != ' ' || !isDigit(view.charAt(end + 2))) {
            return end;
        }
        int e = end + 2;
        while (e < n && isDigit(view.charAt(e))) {
            e++;
        }
        boolean listGoesOn = e + 1 < n && (view.charAt(e) == ',' || view.charAt(e) == ';')
                && (isDigit(view.charAt(e + 1)) || view.charAt(e + 1) == ' ' && e + 2 < n && isDigit(view.charAt(e + 2)));
        return e - end - 2 <= 3 && !listGoesOn && (e == n || !Character.isLetterOrDigit(view.charAt(e))) ? e : end;
    }

    /**
     * Digits glued to OCR's misreadings. A bar for a 1 ({@code 20|9}, {@code 202|}), between digits or after two, is
     * read as the 1 it was printed as. A figure with a letter for a digit ({@code 202l}, {@code з000,0},
     * {@code 22з8,0}, {@code 2O19}) is no figure: its digits are masked. A suffix glued after a figure
     * ({@code 5та}, {@code 30gacha}) is a word of two letters or more and keeps it.
     */
    private static void maskGluedDigits(char[] v) {
        int n = v.length;
        for (int i = 1; i < n; i++) {
            if (v[i] == '|' && isDigit(v[i - 1]) && (i + 1 < n && isDigit(v[i + 1]) || i >= 2 && isDigit(v[i - 2]))) {
                v[i] = '1';
            }
        }
        int i = 0;
        while (i < n) {
            if (!isDigit(v[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (isDigit(v[i]) || (v[i] == ',' || v[i] == '.') && i + 1 < n && isDigit(v[i + 1]))) {
                i++;
            }
            boolean letterBefore = start > 0 && Character.isLetter(v[start - 1]);
            boolean oneLetterAfter = i < n && Character.isLetter(v[i]) && (i + 1 == n || !Character.isLetter(v[i + 1]));
            if (letterBefore || oneLetterAfter) {
                java.util.Arrays.fill(v, start, i, MASK);
            }
        }
    }

    /**
     * {@code 20 1 8}, {@code 1 1,}: short digit groups split by single spaces, one of them a single digit, at most
     * four digits in all; or a row of column numbers counting from 1. A grouped figure ({@code 1 500 000}) has
     * groups of three after the first; a row of figures in a table has longer ones.
     */
    private static void maskSplitDigits(char[] v) {
        int n = v.length;
        int i = 0;
        while (i < n) {
            if (!isDigit(v[i]) || i > 0 && (isDigit(v[i - 1]) || Character.isLetter(v[i - 1]) || v[i - 1] == '.'
                    || v[i - 1] == ',')) {
                i++;
                continue;
            }
            int start = i;
            int groups = 0;
            int digits = 0;
            boolean single = false;
            boolean longGroup = false;
            int end = i;
            while (true) {
                int g = i;
                while (i < n && isDigit(v[i])) {
                    i++;
                }
                int len = i - g;
                groups++;
                digits += len;
                single |= len == 1;
                longGroup |= len > 2;
                end = i;
                if (i + 1 < n && v[i] == ' ' && isDigit(v[i + 1])) {
                    i++;
                    continue;
                }
                break;
            }
            boolean glued = end < n && (Character.isLetter(v[end]) || isDigit(v[end]));
            boolean fragments = single && !longGroup && digits <= 4;
            if (groups >= 2 && !glued && (fragments || groups >= 3 && countsFromOne(v, start, end))) {
                java.util.Arrays.fill(v, start, end, MASK);
            }
            i = Math.max(i, start + 1);
        }
    }

    /** {@code 1 2 3 4 5}: the column numbers under a scanned table's heading, labels rather than figures. */
    private static boolean countsFromOne(char[] v, int start, int end) {
        int expected = 1;
        int i = start;
        while (i < end) {
            int value = 0;
            while (i < end && isDigit(v[i])) {
                value = value * 10 + (v[i] - '0');
                i++;
            }
            if (value != expected++) {
                return false;
            }
            i++; // the space
        }
        return true;
    }

    /** {@code 2024 йил l январга}: a lone {@code l} between spaces stands for an unreadable digit (a day's 1). */
    private static void blankLoneLookalikes(char[] v) {
        for (int i = 1; i + 1 < v.length; i++) {
            if (v[i] == 'l' && v[i - 1] == ' ' && v[i + 1] == ' ') {
                v[i] = ' ';
            }
        }
    }

    /** {@code ПЩ-3672}: in a capitalised Cyrillic prefix before a dash and a number, OCR's Щ is the Қ of ПҚ. */
    private static void restoreActPrefixes(char[] v) {
        for (int i = 1; i + 2 < v.length; i++) {
            if (v[i] == OcrLetters.ACT_PREFIX_MISREAD && v[i - 1] == OcrLetters.ACT_PREFIX.charAt(0) && (v[i + 1] == '-' || v[i + 1] == '–') && isDigit(v[i + 2])
                    && (i < 2 || !Character.isLetter(v[i - 2]))) {
                v[i] = OcrLetters.ACT_PREFIX.charAt(1);
            }
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
