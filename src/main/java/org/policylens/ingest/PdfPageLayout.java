package org.policylens.ingest;

import org.policylens.lang.Letters;
import org.policylens.lang.Vocabularies;
import org.policylens.lang.Vocabulary;
import org.policylens.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rebuilds the running text of a PDF from the paragraphs its parser found on each page: page furniture is set
 * apart and paragraphs a page end or a layout line break cut in two are joined again.
 *
 * <p>Furniture is what the page frames rather than what the document says: runs of one- and two-letter line
 * fragments (text rotated along the margin comes out one character pair per line), page-number lines at a page's
 * top or bottom, and short lines at the top or bottom of two or more pages that read the same once their numbers
 * are masked (running headers and footers such as {@code 12854 Federal Register / Vol. 84, No. 63 / …}, print codes
 * such as {@code VerDate … Jkt 247001 PO 00000 Frm 00014}), but not a row of figures whose numbers mostly change (a
 * table's total row at each page's foot). It leaves the text, so that it yields no facts and no
 * search passages, and is kept in {@link Result#furniture()}.
 *
 * <p>Works on the parse output only (text, paragraph and page spans), so it does not depend on how or where the
 * PDF was parsed.
 */
final class PdfPageLayout {

    /** The rebuilt text with its paragraph and page spans, and the furniture lines taken out, in page order. */
    record Result(String text, List<Span> paragraphs, List<Span> pages, List<String> furniture) {
    }

    /** Lines at each end of a page that may be furniture. */
    private static final int EDGE = 3;
    /** Longer lines are content even at a page edge. */
    private static final int MAX_FURNITURE = 220;
    /** A run of at least this many tiny fragments is rotated text. */
    private static final int MIN_FRAGMENT_RUN = 4;
    private static final Pattern FRAGMENT = Pattern.compile("\\S{1,3}(?: \\S{1,3})*");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?iu)" + Vocabularies.alternatives(Vocabulary::pageWords) + "?\\s*[-–—]?\\s*\\d{1,4}\\s*[-–—]?"
                    + "(?:\\s*(?:" + Vocabularies.union(Vocabulary::pageOfWords) + "|/)\\s*\\d{1,4})?");
    /** A title of capitalised words, no sentence inside, then the page number: {@code Networks of the Future 2}. */
    private static final Pattern TITLED_PAGE_NUMBER = Pattern.compile(
            "\\p{Lu}[^.!?;]*?\\p{L}[:)]?\\s+[|•·–—-]?\\s*(\\d{1,3})");
    private static final int MAX_TITLED_PAGE_LINE = 120;
    /** How far a printed page number may be from the PDF's page index (an unnumbered cover, a preface). */
    private static final int PAGE_NUMBER_OFFSET = 2;
    /** A year alone on a line is a date (a report's year on its cover), not a page number. */
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern LIST_ITEM = Pattern.compile("(?:\\d{1,3}[.)]|[-–—•*·▪]|\\(?[a-z" + Letters.CYRILLIC_LOWER_RANGE + "]\\))\\s");
    /** A line at least this share of the page's line width is a full line, so its paragraph goes on. */
    private static final double FULL_LINE = 0.8;
    private static final int MIN_LINES_FOR_WIDTH = 6;
    /** Wider "lines" are paragraphs the parser already joined. */
    private static final int MAX_LINE_WIDTH = 110;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;…»”\"')\\]]$");
    /** A line ending in a word that joins what follows to what precedes ({@code Women, Infants and}): never a paragraph's end. */
    private static final Pattern ENDS_IN_CONNECTOR = Pattern.compile("(?<![\\p{L}])(?:"
            + Vocabularies.union(Vocabulary::listConnectors) + ")$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Tokens compared when a line with numbers is matched across pages (dates and counters vary after them). */
    private static final int KEY_TOKENS = 5;
    /** Numbers a line needs before it can be a row of figures rather than a counter. */
    private static final int MIN_ROW_FIGURES = 3;

    private PdfPageLayout() {
    }

    static Result rebuild(String text, List<Span> paragraphs, List<Span> pages) {
        List<Para> paras = new ArrayList<>();
        for (Span p : paragraphs) {
            paras.add(new Para(p.of(text), pageOf(p, pages)));
        }
        markRotatedFragments(paras);
        markEdges(paras, pages.size());
        return join(paras, pages.size());
    }

    private static final class Para {
        final String text;
        final int page;
        boolean furniture;

        Para(String text, int page) {
            this.text = text;
            this.page = page;
        }
    }

    private static int pageOf(Span paragraph, List<Span> pages) {
        for (int i = 0; i < pages.size(); i++) {
            if (paragraph.start() < pages.get(i).end()) {
                return i;
            }
        }
        return Math.max(0, pages.size() - 1);
    }

    private static void markRotatedFragments(List<Para> paras) {
        int runStart = 0;
        for (int i = 0; i <= paras.size(); i++) {
            boolean fragment = i < paras.size() && FRAGMENT.matcher(paras.get(i).text.strip()).matches()
                    && paras.get(i).text.strip().length() <= 7
                    && (i == runStart || paras.get(i).page == paras.get(i - 1).page);
            if (!fragment) {
                if (i - runStart >= MIN_FRAGMENT_RUN) {
                    for (int k = runStart; k < i; k++) {
                        paras.get(k).furniture = true;
                    }
                }
                runStart = i + 1;
            }
        }
    }

    /** Page-number lines and lines repeated (numbers masked) at the edges of two or more pages. */
    private static void markEdges(List<Para> paras, int pageCount) {
        List<List<Para>> edges = new ArrayList<>();
        for (int p = 0; p < Math.max(1, pageCount); p++) {
            edges.add(new ArrayList<>());
        }
        for (int p = 0; p < edges.size(); p++) {
            List<Para> onPage = new ArrayList<>();
            for (Para para : paras) {
                if (para.page == p && !para.furniture && !para.text.isBlank()) {
                    onPage.add(para);
                }
            }
            for (int i = 0; i < onPage.size(); i++) {
                if (i < EDGE || i >= onPage.size() - EDGE) {
                    edges.get(p).add(onPage.get(i));
                }
            }
        }
        Map<String, Set<Integer>> pagesByKey = new HashMap<>();
        Map<String, Set<String>> textsByKey = new HashMap<>();
        for (List<Para> edge : edges) {
            for (Para para : edge) {
                String line = para.text.strip();
                if (line.length() <= MAX_FURNITURE) {
                    pagesByKey.computeIfAbsent(key(line), k -> new HashSet<>()).add(para.page);
                    textsByKey.computeIfAbsent(key(line), k -> new HashSet<>()).add(line);
                }
            }
        }
        for (List<Para> edge : edges) {
            for (int i = 0; i < edge.size(); i++) {
                Para para = edge.get(i);
                String line = para.text.strip();
                if (line.length() > MAX_FURNITURE) {
                    continue;
                }
                String key = key(line);
                // a repeated line is a running header when it is a page's very first or last line, when its
                // numbers change from page to page (page numbers, dates, print counters) or when it is on most
                // pages; the same sentence printed on two of four pages just below the header is content
                boolean outermost = i == 0 || i == edge.size() - 1;
                int onPages = pagesByKey.getOrDefault(key, Set.of()).size();
                boolean varies = key.startsWith("#:") && textsByKey.get(key).size() >= 2;
                boolean onMostPages = 3 * onPages >= 2 * pageCount;
                boolean repeated = pageCount >= 2 && onPages >= 2 && (outermost || varies || onMostPages)
                        && !(varies && rowOfFigures(textsByKey.get(key)));
                if (repeated || PAGE_NUMBER.matcher(line).matches() && !YEAR.matcher(line).matches()
                        || outermost && titledPageNumber(line, para.page)) {
                    para.furniture = true;
                }
            }
        }
    }

    /**
     * Lines alike but for most of their numbers: a table's total row at the foot of each page ({@code Total: 14 508,4
     * 2 933,4} then {@code Total: 10 328,1 638,1}), whose figures are content. A running header or print code changes
     * one or two of its numbers from page to page (the page number, a frame counter) and keeps the rest.
     */
    private static boolean rowOfFigures(Set<String> texts) {
        List<List<String>> numbers = new ArrayList<>();
        for (String t : texts) {
            List<String> n = new ArrayList<>();
            DIGITS.matcher(t).results().forEach(m -> n.add(m.group()));
            numbers.add(n);
        }
        for (int a = 0; a < numbers.size(); a++) {
            for (int b = a + 1; b < numbers.size(); b++) {
                int common = Math.min(numbers.get(a).size(), numbers.get(b).size());
                int changed = 0;
                for (int i = 0; i < common; i++) {
                    changed += numbers.get(a).get(i).equals(numbers.get(b).get(i)) ? 0 : 1;
                }
                if (common >= MIN_ROW_FIGURES && 2 * changed > common) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A page's first or last line that is a short title ending in the page's own number ({@code Innovation Committee
     * White Paper: Networks of the Future 2} at the foot of page 2): a footer or header even on a page of its own.
     */
    private static boolean titledPageNumber(String line, int page) {
        Matcher m = TITLED_PAGE_NUMBER.matcher(line);
        if (line.length() > MAX_TITLED_PAGE_LINE || !m.matches()
                || Math.abs(Integer.parseInt(m.group(1)) - (page + 1)) > PAGE_NUMBER_OFFSET) {
            return false;
        }
        // title case, three words or more: a sentence cut at the page's foot ("the agency hired 2") is no title
        String[] words = line.substring(0, m.start(1)).trim().split("[\\s:|•·–—-]+");
        for (String w : words) {
            if (w.length() >= 4 && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return words.length >= 3;
    }

    /**
     * What a repeated line has in common across pages: its first words with numbers masked when it holds numbers
     * (page numbers, dates and print counters change from page to page), else the whole line.
     */
    static String key(String line) {
        String lower = line.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (!DIGITS.matcher(lower).find()) {
            return lower;
        }
        String[] tokens = DIGITS.matcher(lower).replaceAll("#").split(" ");
        int words = 0;
        StringBuilder key = new StringBuilder("#:");
        for (String t : tokens) {
            if (words++ == KEY_TOKENS) {
                break;
            }
            key.append(t).append(' ');
        }
        // a line of numbers only ("12 34") is not a running header by its shape alone
        return key.toString().replaceAll("[#\\s.,:;/()-]", "").isEmpty() ? lower : key.toString();
    }

    /** Drops the furniture and joins a paragraph with the next when it stops mid-sentence and the next goes on in lower case. */
    private static Result join(List<Para> paras, int pageCount) {
        StringBuilder out = new StringBuilder();
        List<Span> paragraphs = new ArrayList<>();
        List<String> furniture = new ArrayList<>();
        int[] pageStart = new int[pageCount];
        int[] pageEnd = new int[pageCount];
        java.util.Arrays.fill(pageStart, -1);
        int[] widths = new int[Math.max(1, pageCount)];
        for (int p = 0; p < widths.length; p++) {
            List<String> onPage = new ArrayList<>();
            for (Para para : paras) {
                if (para.page == p && !para.furniture) {
                    onPage.add(para.text);
                }
            }
            widths[p] = lineWidth(onPage);
        }
        int start = -1;
        String previous = null;
        for (Para para : paras) {
            String line = para.text;
            if (para.furniture) {
                furniture.add(line.strip());
                continue;
            }
            if (previous != null && continues(previous, line, widths[para.page])) {
                if (endsInLineBreakHyphen(out, line)) {
                    out.setCharAt(out.length() - 1, LineBreakHyphens.MARK);
                } else {
                    out.append(' ');
                }
                out.append(line);
            } else {
                if (start >= 0) {
                    paragraphs.add(new Span(start, out.length()));
                    out.append("\n\n");
                }
                start = out.length();
                out.append(line);
            }
            if (pageCount > 0) {
                if (pageStart[para.page] < 0) {
                    pageStart[para.page] = Math.max(start, out.length() - line.length());
                }
                pageEnd[para.page] = out.length();
            }
            previous = line;
        }
        if (start >= 0) {
            paragraphs.add(new Span(start, out.length()));
        }
        List<Span> pages = new ArrayList<>();
        int last = 0;
        for (int p = 0; p < pageCount; p++) {
            int s = pageStart[p] < 0 ? last : pageStart[p];
            int e = pageStart[p] < 0 ? last : Math.max(s, pageEnd[p]);
            pages.add(new Span(s, e));
            last = e;
        }
        return new Result(out.toString(), paragraphs, pages, furniture);
    }

    /**
     * A layout line ending in a word's hyphen (or U+2010, as Chromium prints a soft hyphen) before a line going on in
     * lower case: {@code Implemen-} / {@code tation}.
     */
    private static boolean endsInLineBreakHyphen(CharSequence out, String next) {
        int n = out.length();
        return n >= 2 && (out.charAt(n - 1) == '-' || out.charAt(n - 1) == '\u2010') && Character.isLetter(out.charAt(n - 2))
                && !next.isEmpty() && Character.isLowerCase(next.charAt(0));
    }

    /**
     * True when {@code next} continues the sentence {@code previous} left open: {@code previous} ends without closing
     * punctuation and {@code next} goes on in lower case or with a signed figure ({@code -5%}), or {@code previous}
     * ends in a connector ({@code and}, {@code и}, {@code va}) whatever {@code next} starts with ({@code Children}), or
     * {@code previous} is a full-width layout line of a page whose paragraphs are single lines (a justified Chromium
     * print).
     */
    static boolean continues(String previous, String next, int lineWidth) {
        String a = previous.strip();
        String b = next.strip();
        if (a.isEmpty() || b.isEmpty() || SENTENCE_END.matcher(a).matches() || LIST_ITEM.matcher(b).lookingAt()) {
            return false;
        }
        if (ENDS_IN_CONNECTOR.matcher(a).find()) {
            return true;
        }
        int first = b.codePointAt(0);
        // a line opening with a figure may be a table row or a numbered line: only the width rule joins it
        boolean goesOn = Character.isLowerCase(first)
                || (first == '-' || first == '\u2212') && b.length() > 1 && Character.isDigit(b.charAt(1));
        return goesOn || lineWidth > 0 && a.length() >= FULL_LINE * lineWidth;
    }

    /**
     * The width in characters of a page's layout lines when its parser gave one paragraph per line (most paragraphs
     * short and of similar length), else 0.
     */
    static int lineWidth(List<String> onPage) {
        List<Integer> lengths = new ArrayList<>();
        for (String p : onPage) {
            lengths.add(p.strip().length());
        }
        if (lengths.size() < MIN_LINES_FOR_WIDTH) {
            return 0;
        }
        lengths.sort(null);
        int p80 = lengths.get((int) (lengths.size() * 0.8));
        return p80 <= MAX_LINE_WIDTH ? p80 : 0;
    }
}
