package org.policylens.extract.program;

import org.policylens.model.Span;

import java.util.Locale;
import java.util.Set;

/**
 * Cleans a statistical programme mention the same way the training data are annotated: enclosing quotes,
 * punctuation, a leading article and generic cue words at either end (program, strategy, project, initiative,
 * concept and their Russian and Uzbek forms) are not part of the name.
 */
final class ProgramNames {
    private static final Set<String> CUE_STEMS = Set.of(
            "program", "programme", "programmes", "programs", "strategy", "strategies", "project", "projects",
            "initiative", "initiatives", "concept", "platform", "the", "a", "an", "state", "national",
            "программ", "стратеги", "проект", "концепци", "инициатив", "платформ",
            "dastur", "strategiya", "loyiha", "konsepsiya", "tashabbus", "platforma",
            "дастур", "стратегия", "лойиҳа", "концепция", "ташаббус", "платформа", "davlat", "давлат",
            "государственн");

    private ProgramNames() {
    }

    /** The cleaned span inside {@code span}, or null when nothing name-like is left. */
    static Span clean(String view, Span span) {
        int s = span.start();
        int e = span.end();
        boolean changed = true;
        while (changed && s < e) {
            changed = false;
            while (s < e && !Character.isLetterOrDigit(view.charAt(s))) {
                s++;
                changed = true;
            }
            while (e > s && !Character.isLetterOrDigit(view.charAt(e - 1))) {
                e--;
                changed = true;
            }
            int firstEnd = s;
            while (firstEnd < e && isWordChar(view.charAt(firstEnd))) {
                firstEnd++;
            }
            if (firstEnd < e && isCue(view.substring(s, firstEnd))) {
                s = firstEnd;
                changed = true;
                continue;
            }
            int lastStart = e;
            while (lastStart > s && isWordChar(view.charAt(lastStart - 1))) {
                lastStart--;
            }
            if (lastStart > s && isCue(view.substring(lastStart, e))) {
                e = lastStart;
                changed = true;
            }
        }
        if (e <= s) {
            return null;
        }
        boolean nameLike = false;
        for (int k = s; k < e; k++) {
            char c = view.charAt(k);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                nameLike = true;
                break;
            }
        }
        return nameLike ? new Span(s, e) : null;
    }

    /** The surface form of a cleaned name: single spaces, original characters. */
    static String surface(String text, Span span) {
        return text.substring(span.start(), span.end()).replaceAll("\\s+", " ").strip();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'';
    }

    private static boolean isCue(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (CUE_STEMS.contains(w)) {
            return true;
        }
        for (String stem : CUE_STEMS) {
            if (stem.length() >= 5 && w.startsWith(stem) && w.length() - stem.length() <= 4) {
                return true;
            }
        }
        return false;
    }
}
