package org.policylens.extract.act;

import org.policylens.budget.Budget;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tries a pattern only where one of its first words occurs, found with {@link String#indexOf} (vectorized),
 * instead of letting the regex engine try every position of a megabyte-long text: one anchored, bounded
 * attempt per occurrence, so the cost is linear even when keywords repeat thousands of times. Lowercase
 * keywords are searched in a lowercased copy of the view (same length).
 */
final class Triggers {
    private final String view;
    private String lower;

    Triggers(String view) {
        this.view = view;
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
            boolean folded = caseInsensitive && k.equals(k.toLowerCase(java.util.Locale.ROOT));
            String hay = folded ? lower() : view;
            int from = 0;
            int at;
            while ((at = hay.indexOf(k, from)) >= 0) {
                int start = at;
                if (digitsBefore) {
                    while (start > 0 && Character.isDigit(view.charAt(start - 1)) && at - start < 6) {
                        start--;
                    }
                }
                hits.add(start);
                from = at + 1;
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
}
