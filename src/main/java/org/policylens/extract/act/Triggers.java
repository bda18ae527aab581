package org.policylens.extract.act;

import org.policylens.budget.Budget;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tries a pattern only where one of its first words occurs, instead of letting the regex engine try every position
 * of a megabyte-long text: one anchored, bounded attempt per occurrence, so the cost is linear even when keywords
 * repeat thousands of times. Lowercase keywords are searched in a lowercased copy of the view (same length). The
 * finder's {@link Keywords}, known in advance, are all found in one pass over the text (a finder asks for twenty
 * keyword lists, many alike, and each search was a pass of its own); another keyword is searched with
 * {@link String#indexOf}.
 */
final class Triggers {
    private final String view;
    private final Keywords keywords;
    private String lower;
    /** Occurrences of each of the keywords, by its index in {@link Keywords}, found on first use. */
    private int[][] found;

    Triggers(String view, Keywords keywords) {
        this.view = view;
        this.keywords = keywords;
    }

    String lower() {
        if (lower == null) {
            char[] c = view.toCharArray();
            for (int i = 0; i < c.length; i++) {
                c[i] = Character.toLowerCase(c[i]);
            }
            lower = new String(c);
        }
        return lower;
    }

    /**
     * Non-overlapping matches in text order, each starting at a keyword occurrence (anchored: one bounded
     * attempt per occurrence, never a scan). A keyword written in lowercase is matched case-insensitively
     * (when {@code caseInsensitive}); one with capitals always literally. With {@code digitsBefore} the
     * attempt starts before the digits that precede the keyword ({@code 279} in {@code 279-I-sonli}).
     */
    List<MatchResult> matches(Pattern p, int ahead, String[] keywords, boolean caseInsensitive,
                              boolean digitsBefore) {
        List<Integer> hits = new ArrayList<>();
        for (String k : keywords) {
            boolean folded = caseInsensitive && k.equals(k.toLowerCase(Locale.ROOT));
            for (int at : occurrences(k, folded)) {
                int start = at;
                if (digitsBefore) {
                    while (start > 0 && Character.isDigit(view.charAt(start - 1)) && at - start < 6) {
                        start--;
                    }
                }
                hits.add(start);
            }
        }
        hits.sort(null);
        List<MatchResult> out = new ArrayList<>();
        Matcher m = p.matcher(view);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int lastEnd = 0;
        int previous = -1;
        int n = view.length();
        for (int hit : hits) {
            if (hit < lastEnd || hit == previous) {
                continue;
            }
            Budget.check();
            previous = hit;
            m.region(hit, Math.min(n, hit + ahead));
            if (m.lookingAt()) {
                out.add(m.toMatchResult());
                lastEnd = m.end();
            }
        }
        return out;
    }

    /** Every start of {@code keyword} in the view ({@code folded}: in the lowercased view), in text order. */
    int[] occurrences(String keyword, boolean folded) {
        int index = keywords.indexOf(keyword, folded);
        if (index >= 0) {
            if (found == null) {
                found = keywords.find(view, keywords.anyFolded() ? lower() : null);
            }
            return found[index];
        }
        String hay = folded ? lower() : view;
        int[] at = new int[4];
        int count = 0;
        for (int i = hay.indexOf(keyword); i >= 0; i = hay.indexOf(keyword, i + 1)) {
            if (count == at.length) {
                at = Arrays.copyOf(at, count * 2);
            }
            at[count++] = i;
        }
        return Arrays.copyOf(at, count);
    }

    /**
     * The keywords a finder searches for, each literal (searched in the view) or folded (lowercase, searched in the
     * lowercased view), indexed by first character so that one pass over a text finds them all.
     */
    static final class Keywords {
        private final List<String> words = new ArrayList<>();
        private final Map<String, Integer> literal = new HashMap<>();
        private final Map<String, Integer> folded = new HashMap<>();
        /** Per first character, the indexes of the keywords starting with it (literal and folded apart). */
        private final Map<Character, int[]> literalByFirst = new HashMap<>();
        private final Map<Character, int[]> foldedByFirst = new HashMap<>();
        private final long[] literalFirsts = new long[1 << 10];
        private final long[] foldedFirsts = new long[1 << 10];

        /** Adds {@code keywords} as {@link #matches} searches them with {@code caseInsensitive}. */
        Keywords add(String[] keywords, boolean caseInsensitive) {
            for (String k : keywords) {
                boolean fold = caseInsensitive && k.equals(k.toLowerCase(Locale.ROOT));
                Map<String, Integer> own = fold ? folded : literal;
                if (k.isEmpty() || own.containsKey(k)) {
                    continue; // an empty keyword is searched apart (it occurs everywhere)
                }
                own.put(k, words.size());
                words.add(k);
                char first = k.charAt(0);
                (fold ? foldedFirsts : literalFirsts)[first >>> 6] |= 1L << first;
                (fold ? foldedByFirst : literalByFirst).merge(first, new int[]{words.size() - 1}, Keywords::concat);
            }
            return this;
        }

        private static int[] concat(int[] a, int[] b) {
            int[] c = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, c, a.length, b.length);
            return c;
        }

        int indexOf(String keyword, boolean fold) {
            return (fold ? folded : literal).getOrDefault(keyword, -1);
        }

        boolean anyFolded() {
            return !folded.isEmpty();
        }

        /** Every keyword's starts in {@code view} (a folded one's in {@code lower}), in text order. */
        int[][] find(String view, String lower) {
            int[][] at = new int[words.size()][4];
            int[] count = new int[words.size()];
            scan(view, literalFirsts, literalByFirst, at, count);
            if (lower != null) {
                scan(lower, foldedFirsts, foldedByFirst, at, count);
            }
            for (int k = 0; k < at.length; k++) {
                at[k] = Arrays.copyOf(at[k], count[k]);
            }
            return at;
        }

        private void scan(String hay, long[] firsts, Map<Character, int[]> byFirst, int[][] at, int[] count) {
            char[] c = hay.toCharArray(); // one copy: charAt's bounds checks cost more than the scan itself
            for (int i = 0; i < c.length; i++) {
                char ch = c[i];
                if ((firsts[ch >>> 6] & 1L << ch) == 0) {
                    continue;
                }
                for (int k : byFirst.get(ch)) {
                    String w = words.get(k);
                    if (hay.startsWith(w, i)) {
                        if (count[k] == at[k].length) {
                            at[k] = Arrays.copyOf(at[k], count[k] * 2);
                        }
                        at[k][count[k]++] = i;
                    }
                }
            }
        }
    }
}
