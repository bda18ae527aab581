package org.policylens.verify;

import org.policylens.index.FactHit;
import org.policylens.model.DocumentId;
import org.policylens.model.Fact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds copies of an article that its near-duplicate signature misses: a PDF whose text layer puts some letters out
 * of their words (a Cyrillic қ or ҳ moved to the line's end) shares few word shingles with the article, yet restates
 * its sentences letter for letter. A retrieved document restating at least half of the article's long sentences
 * that hold facts (and at least {@value #MIN_RESTATED} of them) is a copy; a sentence is restated when the longest
 * common subsequence of the two sentences' letters and digits covers {@value #ALIKE} of the longer (a moved letter
 * costs one; two different sentences of one language share about half). A source act that an article quotes sentence by sentence is left out too: a NOT_FOUND, never
 * a wrong SUPPORTED.
 */
final class RestatedSentences {
    /** Share of the longer sentence's letters the common subsequence must cover for a restatement. */
    static final double ALIKE = 0.9;
    /** A cheap first test: letter pairs in common (Dice) below this rule a restatement out. */
    private static final double PAIRS_ALIKE = 0.7;
    /** Letters and digits a sentence needs to count: short list items ("50%: 1 January") are alike by chance. */
    static final int MIN_LETTERS = 40;
    static final int MIN_RESTATED = 2;

    private RestatedSentences() {
    }

    /**
     * The documents among the hits that restate the article: the first hit of each, with the share of the article's
     * long fact sentences it restates.
     */
    static List<ExcludedCopy> copies(List<Fact> articleFacts, List<FactHit> hits) {
        return restating(articleFacts, hits, true);
    }

    /**
     * The content hashes of the hit documents restating at least {@value #MIN_RESTATED} long fact sentences of another
     * article of the run: a copy of that article (whose signature missed it), found among the hits of this one, where
     * only the sentences retrieved for this article's claims show, so half of the other's cannot be asked.
     */
    static Set<String> restatingOther(List<Fact> otherArticleFacts, List<FactHit> hits) {
        Set<String> out = new HashSet<>();
        restating(otherArticleFacts, hits, false).forEach(c -> out.add(c.contentHash()));
        return out;
    }

    private static List<ExcludedCopy> restating(List<Fact> articleFacts, List<FactHit> hits, boolean half) {
        Set<String> sentences = new LinkedHashSet<>();
        for (Fact f : articleFacts) {
            if (letters(f.sentenceText()).length() >= MIN_LETTERS) {
                sentences.add(f.sentenceText());
            }
        }
        if (sentences.size() < MIN_RESTATED) {
            return List.of();
        }
        List<String> mine = sentences.stream().map(RestatedSentences::letters).toList();
        List<Set<String>> minePairs = mine.stream().map(RestatedSentences::pairs).toList();
        Map<String, Set<Integer>> restated = new HashMap<>();
        Map<String, DocumentId> ids = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (FactHit h : hits) {
            String text = h.fact().sentenceText();
            if (!seen.add(h.contentHash() + '\u0000' + text) || letters(text).length() < MIN_LETTERS) {
                continue;
            }
            String theirs = letters(text);
            Set<String> theirPairs = pairs(theirs);
            for (int i = 0; i < mine.size(); i++) {
                if (restates(mine.get(i), minePairs.get(i), theirs, theirPairs)) {
                    restated.computeIfAbsent(h.contentHash(), k -> new HashSet<>()).add(i);
                    ids.putIfAbsent(h.contentHash(), h.fact().document());
                }
            }
        }
        List<ExcludedCopy> out = new ArrayList<>();
        restated.forEach((hash, which) -> {
            if (which.size() >= MIN_RESTATED && (!half || 2 * which.size() >= mine.size())) {
                out.add(new ExcludedCopy(ids.get(hash), hash, which.size() / (double) mine.size()));
            }
        });
        return out;
    }

    private static boolean restates(String a, Set<String> aPairs, String b, Set<String> bPairs) {
        int longer = Math.max(a.length(), b.length());
        if (Math.min(a.length(), b.length()) < ALIKE * longer || dice(aPairs, bPairs) < PAIRS_ALIKE) {
            return false;
        }
        return commonSubsequence(a, b) >= ALIKE * longer;
    }

    /** Length of the longest common subsequence (two rows of the usual table). */
    static int commonSubsequence(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = a.charAt(i - 1) == b.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** The letters and digits of a text, lower case: spaces, punctuation and line breaks of a format do not count. */
    static String letters(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static Set<String> pairs(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }

    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        long common = a.stream().filter(b::contains).count();
        return 2.0 * common / (a.size() + b.size());
    }
}
