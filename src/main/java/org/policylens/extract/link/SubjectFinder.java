package org.policylens.extract.link;

import org.policylens.lang.Vocabularies;
import org.policylens.lang.Vocabulary;
import org.policylens.model.FactType;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * Best-effort noun phrase a figure counts or measures: for counts the words after the number
 * ({@code 161,295 users registered} → {@code users}); for money and percent the words before the connecting
 * verb ({@code doubled service volumes to 5 trillion UZS} → {@code service volumes}); each falls back to the
 * other side. At most three words; stop words, prepositions, verbs and punctuation end the phrase.
 */
public final class SubjectFinder {
    private static final int MAX_WORDS = 3;
    private static final int MAX_SKIPPED = 6;

    /** Words that end a subject phrase (articles, prepositions, conjunctions, auxiliaries, adverbs). */
    private static final Set<String> STOP = Vocabularies.words(Vocabulary::subjectStops);

    /** Words skipped between a figure and its subject: connectors, change verbs, qualifiers, measure nouns. */
    private static final Set<String> SKIP_LEFT = Vocabularies.words(Vocabulary::subjectSkips);

    /** Counters between an Uzbek number and its noun (161 295 nafar foydalanuvchi). */
    private static final Set<String> COUNTERS = Vocabularies.words(Vocabulary::counters);

    private static final Set<String> COPULAS = Vocabularies.words(Vocabulary::copulas);

    private SubjectFinder() {
    }

    /** The subject of the figure at [start, end) inside the clause [clauseStart, clauseEnd). */
    public static String of(String view, FactType type, int start, int end, int clauseStart, int clauseEnd) {
        if (type == FactType.NUMBER) {
            String after = following(view, end, clauseEnd, false);
            return after.isEmpty() ? preceding(view, start, clauseStart) : after;
        }
        String before = preceding(view, start, clauseStart);
        return before.isEmpty() ? following(view, end, clauseEnd, true) : before;
    }

    private static String following(String view, int from, int limit, boolean skipCopula) {
        StringBuilder out = new StringBuilder();
        int words = 0;
        int i = from;
        boolean first = true;
        while (words < MAX_WORDS) {
            int ws = skipSpaces(view, i, limit);
            if (ws >= limit || !Character.isLetter(view.charAt(ws))) {
                // "370 of 715 government services": a count of a count shares its noun
                if (first && ws < limit && Character.isDigit(view.charAt(ws))) {
                    break;
                }
                break;
            }
            int we = wordEnd(view, ws, limit);
            String w = view.substring(ws, we);
            String lw = w.toLowerCase(Locale.ROOT);
            if (first && (COUNTERS.contains(lw) || skipCopula && COPULAS.contains(lw))) {
                i = we;
                continue;
            }
            if (first && lw.equals("of") && nextIsNumber(view, we, limit)) {
                i = skipNumber(view, skipSpaces(view, we, limit), limit);
                continue;
            }
            if (STOP.contains(lw) || isAdverb(lw) || !first && (isPastVerb(lw) || isInflectedVerbOrCase(lw))) {
                break;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(w);
            words++;
            first = false;
            i = we;
        }
        return out.toString();
    }

    private static String preceding(String view, int to, int limit) {
        Deque<String> words = new ArrayDeque<>();
        int i = to;
        int skipped = 0;
        while (words.size() < MAX_WORDS) {
            int we = i;
            while (we > limit && i - we < 40 && view.charAt(we - 1) == ' ') {
                we--;
            }
            if (we <= limit) {
                break;
            }
            char c = view.charAt(we - 1);
            if (words.isEmpty() && (Character.isDigit(c) || c == ',' && we - 2 >= limit && Character.isDigit(view.charAt(we - 2)))
                    && skipped < MAX_SKIPPED) {
                int ns = we;
                while (ns > limit && we - ns < 40 && (Character.isDigit(view.charAt(ns - 1)) || view.charAt(ns - 1) == ','
                        || view.charAt(ns - 1) == '.')) {
                    ns--;
                }
                i = ns;
                skipped++;
                continue;
            }
            if (!Character.isLetter(c)) {
                break;
            }
            int ws = we;
            while (ws > limit && we - ws < 60 && isWordChar(view.charAt(ws - 1))) {
                ws--;
            }
            String w = view.substring(ws, we);
            String lw = w.toLowerCase(Locale.ROOT);
            if (words.isEmpty() && SKIP_LEFT.contains(lw) && skipped < MAX_SKIPPED) {
                skipped++;
                i = ws;
                continue;
            }
            if (STOP.contains(lw) || isPastVerb(lw) || isAdverb(lw)) {
                break;
            }
            words.addFirst(w);
            i = ws;
        }
        return String.join(" ", words);
    }

    private static boolean nextIsNumber(String view, int from, int limit) {
        int ws = skipSpaces(view, from, limit);
        return ws < limit && Character.isDigit(view.charAt(ws));
    }

    private static int skipNumber(String view, int from, int limit) {
        int i = from;
        limit = Math.min(limit, from + 40);
        while (i < limit && (Character.isDigit(view.charAt(i)) || (view.charAt(i) == ',' || view.charAt(i) == '.')
                && i + 1 < limit && Character.isDigit(view.charAt(i + 1)))) {
            i++;
        }
        return i;
    }

    private static int skipSpaces(String view, int i, int limit) {
        int max = Math.min(limit, i + 40);
        while (i < max && view.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static int wordEnd(String view, int ws, int limit) {
        int we = ws;
        limit = Math.min(limit, ws + 60);
        while (we < limit && isWordChar(view.charAt(we))) {
            we++;
        }
        while (we > ws && !Character.isLetterOrDigit(view.charAt(we - 1))) {
            we--;
        }
        return we;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'';
    }

    /**
     * Russian verb endings and Uzbek case or verb suffixes: after the first word they end the phrase
     * ({@code foydalanuvchi ro'yxatdan o'tdi} → {@code foydalanuvchi}).
     */
    private static boolean isInflectedVerbOrCase(String w) {
        if (w.length() <= 4) {
            return false;
        }
        for (String e : INFLECTIONS) {
            if (w.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] INFLECTIONS = Vocabularies.wordsInOrder(Vocabulary::inflections)
            .toArray(String[]::new);

    private static boolean isPastVerb(String w) {
        return w.length() > 4 && w.endsWith("ed") && isAscii(w);
    }

    private static boolean isAdverb(String w) {
        return w.length() > 4 && w.endsWith("ly") && isAscii(w);
    }

    private static boolean isAscii(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
