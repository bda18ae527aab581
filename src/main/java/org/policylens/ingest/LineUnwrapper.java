package org.policylens.ingest;

import org.policylens.lang.Letters;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rejoins hard-wrapped lines (text extracted from PDF, pre-formatted HTML, plain text) into running text.
 * Blank lines always separate paragraphs. Between two non-blank lines the break is kept unless the
 * evidence for a wrap is clear, so headings, list items and sentence ends stay paragraphs of their own.
 */
final class LineUnwrapper {

    /** One output paragraph; {@code afterBlankLine} tells a hard break (blank line) from a kept line break. */
    record Para(String text, boolean afterBlankLine) {
    }

    private static final Pattern LIST_START = Pattern.compile(
            "^(?:[-–—•*·▪>|#]|\\(?[0-9]{1,3}[.)](?:\\s|$)|\\(?[a-zA-Z" + Letters.CYRILLIC_LOWER_RANGE + Letters.CYRILLIC_UPPER_RANGE + "][.)]\\s|\\([ivxIVX]{1,4}\\)\\s).*");
    private static final double SHORT_LINE = 0.6;
    private static final int MIN_WRAPPED_LINE = 30;

    private LineUnwrapper() {
    }

    static List<Para> unwrap(CharSequence block) {
        return unwrap(block, false);
    }

    /**
     * As {@link #unwrap(CharSequence)}; with {@code blankLinesMayWrap} (OCR text, whose paragraph breaks are
     * Tesseract's guesses from line gaps) a blank line after a line that does not end a sentence is read as a line
     * wrap like any other.
     */
    static List<Para> unwrap(CharSequence block, boolean blankLinesMayWrap) {
        List<String> lines = new ArrayList<>();
        for (String raw : lines(block.toString())) {
            lines.add(cleanLine(raw));
        }
        int width = wrapWidth(lines);
        List<Para> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean currentAfterBlank = false;
        String previous = null;
        boolean blankSeen = false;
        for (String line : lines) {
            if (line.isEmpty()) {
                blankSeen = true;
                continue;
            }
            boolean hardBlank = blankSeen && !(blankLinesMayWrap && !endsSentence(previous));
            Join join = previous == null || hardBlank ? Join.BREAK : decide(previous, line, width);
            blankSeen = hardBlank;
            switch (join) {
                case NO_SPACE -> current.append(line);
                case LINE_END_HYPHEN -> {
                    current.setCharAt(current.length() - 1, LineBreakHyphens.MARK);
                    current.append(line);
                }
                case SPACE -> current.append(' ').append(line);
                case BREAK -> {
                    if (!current.isEmpty()) {
                        out.add(new Para(current.toString(), currentAfterBlank));
                    }
                    current.setLength(0);
                    current.append(line);
                    currentAfterBlank = blankSeen && previous != null;
                }
            }
            previous = line;
            blankSeen = false;
        }
        if (!current.isEmpty()) {
            out.add(new Para(current.toString(), currentAfterBlank));
        }
        return out;
    }

    /** {@code LINE_END_HYPHEN}: glued, the hyphen marked for {@link LineBreakHyphens} to keep or drop. */
    private enum Join { SPACE, NO_SPACE, LINE_END_HYPHEN, BREAK }

    static Join decide(String a, String b, int width) {
        char last = a.charAt(a.length() - 1);
        char first = b.charAt(0);
        // a word broken before its oʻ/gʻ apostrophe ("to" + "ʻgʻrisida") or right after it ("Oʻ" + "zbekiston")
        if (Letters.APOSTROPHES.indexOf(first) >= 0 && b.length() > 1 && Character.isLetter(b.charAt(1))
                && Character.isLetter(last) && first != '\'' && first != '’') {
            return Join.NO_SPACE;
        }
        if ((last == 'ʻ' || last == '‘') && a.length() >= 2 && "oOgG".indexOf(a.charAt(a.length() - 2)) >= 0
                && Character.isLowerCase(first)) {
            return Join.NO_SPACE;
        }
        if (LIST_START.matcher(b).matches()) {
            return Join.BREAK;
        }
        // "Implemen-" + "tation" or "IT-" + "park": glued; whether the hyphen stays the whole document decides
        // (Chromium prints a soft hyphen it breaks at as U+2010)
        if ((last == '-' || last == '\u2010') && a.length() >= 2 && Character.isLetter(a.charAt(a.length() - 2))
                && Character.isLowerCase(first)) {
            return Join.LINE_END_HYPHEN;
        }
        // "2013-" + "yil": the hyphen is part of the word, keep it and glue
        if (last == '-' && a.length() >= 2 && Character.isLetterOrDigit(a.charAt(a.length() - 2))
                && (Character.isLowerCase(first) || Character.isDigit(first))) {
            return Join.NO_SPACE;
        }
        if (endsSentence(a)) {
            return Join.BREAK;
        }
        if (a.length() < SHORT_LINE * width) {
            return Join.BREAK;   // short line: heading, signature, end of paragraph
        }
        if (Character.isLowerCase(first) || Character.isDigit(first) || "(«“\"`‘'[".indexOf(first) >= 0) {
            return Join.SPACE;
        }
        if (Character.isUpperCase(first)) {
            // an all-caps heading line followed by ordinary text is a heading, not a wrap
            if (isUpperCaseLine(a) && !isUpperCaseLine(b)) {
                return Join.BREAK;
            }
            return Character.isLetterOrDigit(last) || ",—–-".indexOf(last) >= 0 ? Join.SPACE : Join.BREAK;
        }
        return Join.BREAK;
    }

    private static boolean endsSentence(String line) {
        int i = line.length() - 1;
        while (i > 0 && "\"'”»)]’".indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return ".!?:;…".indexOf(line.charAt(i)) >= 0;
    }

    private static boolean isUpperCaseLine(String line) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper >= 3 && lower * 5 < upper;
    }

    /**
     * The width lines were wrapped at: a high percentile of the lengths of lines that are not short
     * themselves, so many table cells or headings (short lines) do not drag the estimate down.
     */
    private static int wrapWidth(List<String> lines) {
        int[] all = lines.stream().filter(l -> !l.isEmpty()).mapToInt(String::length).sorted().toArray();
        if (all.length == 0) {
            return 0;
        }
        int[] longer = java.util.Arrays.stream(all).filter(n -> n >= MIN_WRAPPED_LINE).toArray();
        int[] lengths = longer.length > 0 ? longer : all;
        return lengths[(int) Math.floor((lengths.length - 1) * 0.9)];
    }

    /** Collapses runs of spaces and drops control characters (NUL bytes appear in real files). */
    /**
     * The lines of a text, split at CR LF, CR, LF and the Unicode line and paragraph separators, as
     * {@code split("\\r\\n|\\r|\\n|\\u2028|\\u2029", -1)} splits it, without a regex.
     */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    static String cleanLine(String raw) {
        return isClean(raw) ? raw : squeeze(raw); // most lines have nothing to drop or squeeze: no copy
    }

    /** The line with control and invisible characters dropped and every run of spaces made one, trimmed. */
    static String squeeze(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else if (isDropped(c)) {
                continue;
            } else {
                if (space && !sb.isEmpty()) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whether {@link #cleanLine} would return the line unchanged: single spaces between words, nothing to drop. */
    private static boolean isClean(String line) {
        boolean afterSpace = true; // a leading space is dropped
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                if (afterSpace) {
                    return false;
                }
                afterSpace = true;
            } else if (c > ' ' && c < '\u007F' || !isSpace(c) && !isDropped(c)) { // printable ASCII first: no lookups
                afterSpace = false;
            } else {
                return false;
            }
        }
        return !afterSpace || line.isEmpty(); // a trailing space is dropped
    }

    /** Any kind of space: runs of them become one. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Control and invisible characters, dropped. */
    private static boolean isDropped(char c) {
        return Character.isISOControl(c) || c == '\uFEFF' || c == '\u00AD';
    }
}
