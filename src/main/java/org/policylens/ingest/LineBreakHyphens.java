package org.policylens.ingest;

import org.policylens.lang.Letters;
import org.policylens.model.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides, for a whole document, each hyphen that ended a wrapped line before a word going on in lower case: a
 * soft hyphen of a split word ({@code Implemen-tation}, {@code рес-публики}) is dropped, a compound's hyphen
 * ({@code IT-park}, {@code well-known}) is kept. Line unwrapping marks such a hyphen with {@link #MARK} (U+00AD, which
 * line cleaning drops from the source, so every one left is ours); the decision needs the document's words.
 *
 * <p>Rule: the hyphen goes when the joined word occurs elsewhere in the document and the hyphenated form does not;
 * otherwise it stays, as a visible hyphen is the safer reading of a word seen only once.
 */
final class LineBreakHyphens {

    /** Stands for a hyphen that ended a line before a lower-case continuation, until the document decides it. */
    static final char MARK = '\u00AD';

    /** The text with every mark resolved, and spans moved to the shortened text. */
    record Result(String text, List<Span> paragraphs, List<Span> pages) {
    }

    private LineBreakHyphens() {
    }

    static Result resolve(String text, List<Span> paragraphs, List<Span> pages) {
        if (text.indexOf(MARK) < 0) {
            return new Result(text, paragraphs, pages); // nearly every document: nothing to do, no copy
        }
        Set<String> words = new HashSet<>();
        Set<String> hyphenated = new HashSet<>();
        collectWords(text, words, hyphenated);
        StringBuilder out = new StringBuilder(text.length());
        int[] removed = new int[16];
        int removedCount = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != MARK) {
                out.append(c);
                continue;
            }
            String left = wordBefore(text, i);
            String right = wordAfter(text, i + 1);
            String joined = (left + right).toLowerCase(Locale.ROOT);
            String compound = (left + "-" + right).toLowerCase(Locale.ROOT);
            if (!left.isEmpty() && !right.isEmpty() && words.contains(joined) && !hyphenated.contains(compound)) {
                if (removedCount == removed.length) {
                    removed = Arrays.copyOf(removed, removedCount * 2);
                }
                removed[removedCount++] = i;
            } else {
                out.append('-');
            }
        }
        int[] gone = Arrays.copyOf(removed, removedCount);
        return new Result(out.toString(), shift(paragraphs, gone), shift(pages, gone));
    }

    /**
     * Words of the text outside marked joins (lower case): plain words into {@code words}, hyphen-joined forms
     * ({@code it-park}) into {@code hyphenated}. A marked join is not evidence for itself.
     */
    private static void collectWords(String text, Set<String> words, Set<String> hyphenated) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean marked = false;
            boolean hasHyphen = false;
            int partStart = i;
            List<String> parts = new ArrayList<>();
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isLetter(c) || isApostrophe(c) && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                    i++;
                } else if ((c == '-' || c == MARK) && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                        && i > start) {
                    parts.add(text.substring(partStart, i));
                    marked |= c == MARK;
                    hasHyphen |= c == '-';
                    i++;
                    partStart = i;
                } else {
                    break;
                }
            }
            parts.add(text.substring(partStart, i));
            if (marked) {
                continue;
            }
            for (String part : parts) {
                words.add(part.toLowerCase(Locale.ROOT));
            }
            if (hasHyphen) {
                hyphenated.add(text.substring(start, i).toLowerCase(Locale.ROOT));
            }
        }
    }

    private static String wordBefore(String text, int at) {
        int i = at;
        while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || isApostrophe(text.charAt(i - 1)))) {
            i--;
        }
        return text.substring(i, at);
    }

    private static String wordAfter(String text, int from) {
        int i = from;
        while (i < text.length() && (Character.isLetter(text.charAt(i)) || isApostrophe(text.charAt(i)))) {
            i++;
        }
        return text.substring(from, i);
    }

    /** Uzbek Latin writes oʻ / gʻ and the tutuq belgisi with one of these inside a word. */
    private static boolean isApostrophe(char c) {
        return Letters.APOSTROPHES.indexOf(c) >= 0;
    }

    /** Each span moved left by the removed characters before its ends. */
    private static List<Span> shift(List<Span> spans, int[] gone) {
        if (gone.length == 0) {
            return spans;
        }
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            out.add(new Span(s.start() - before(gone, s.start()), s.end() - before(gone, s.end())));
        }
        return out;
    }

    /** How many removed offsets lie before {@code offset}. */
    private static int before(int[] gone, int offset) {
        int k = Arrays.binarySearch(gone, offset);
        return k >= 0 ? k : -k - 1;
    }
}
