package org.policylens.annotate;

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
        maskGluedDigits(v);
        maskSplitDigits(v);
        blankLoneLookalikes(v);
        restoreActPrefixes(v);
        return new String(v);
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
            if (v[i] == 'Щ' && v[i - 1] == 'П' && (v[i + 1] == '-' || v[i + 1] == '–') && isDigit(v[i + 2])
                    && (i < 2 || !Character.isLetter(v[i - 2]))) {
                v[i] = 'Қ';
            }
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
