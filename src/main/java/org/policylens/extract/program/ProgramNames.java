package org.policylens.extract.program;

import org.policylens.lang.Vocabularies;
import org.policylens.lang.Vocabulary;

import org.policylens.model.Span;

import java.util.Locale;
import java.util.Set;

/**
 * Cleans a statistical programme mention the same way the training data are annotated: enclosing quotes,
 * punctuation, a leading article and generic cue words at either end (program, strategy, project, initiative,
 * concept and their Russian and Uzbek forms) are not part of the name.
 */
final class ProgramNames {
    private static final Set<String> CUE_STEMS = Vocabularies.words(Vocabulary::nameEdgeWords);

    private static final Set<String> GENERIC_STEMS = Vocabularies.words(Vocabulary::genericNameWords);

    private static final String[] DERIVATIONS = Vocabularies.wordsInOrder(Vocabulary::cueDerivations).stream()
            .distinct().toArray(String[]::new);

    private static final Set<String> MODIFIERS = Vocabularies.words(Vocabulary::cueModifiers);

    /** Case endings that tie a cue before a quoted name to the name before it ({@code «A» стратегиясини «B»}). */
    private static final String[] CUE_CASE_ENDINGS = Vocabularies.wordsInOrder(Vocabulary::cueCaseEndings)
            .toArray(String[]::new);
    /** Stems of the generic words that announce a programme name next to them. */
    static final String[] CONTEXT_CUES = Vocabularies.wordsInOrder(Vocabulary::programCues)
            .toArray(String[]::new);

    private ProgramNames() {
    }

    /**
     * Whether a cue word stands right next to the name (after it, past closing quotes: {@code “X” project},
     * {@code «X» лойиҳаси}; or, in a language whose cue precedes the name, before it: {@code программа «X»},
     * {@code the program X}). The statistical model proposes every quoted name; only those a cue calls a
     * programme are kept.
     */
    static boolean hasCueNextTo(String view, Span name, Span sentence, boolean cueFollowsName) {
        if (hasCueAfter(view, name, sentence)) {
            return true;
        }
        if (cueFollowsName) {
            return false; // "…strategiyalari, Tashqi iqtisodiy…": the cue before belongs to the words before it
        }
        int j = name.start();
        int floor = Math.max(sentence.start(), j - 4);
        while (j > floor && !Character.isLetterOrDigit(view.charAt(j - 1))) {
            j--;
        }
        int w = j;
        while (w > sentence.start() && Character.isLetter(view.charAt(w - 1))) {
            w--;
        }
        // a cue in the accusative or genitive before a quote (Uzbek) belongs to the previous name
        // ("«A» стратегиясини «B»") even in a text read as another language
        String before = view.substring(w, j).toLowerCase(java.util.Locale.ROOT);
        boolean caseOfName = false;
        for (String ending : CUE_CASE_ENDINGS) {
            caseOfName |= before.endsWith(ending);
        }
        return w < j && !caseOfName && startsWithCue(view, w, CONTEXT_CUES);
    }

    /**
     * Whether a cue word follows the name past closing quotes, with at most two modifier words between them
     * ({@code «X» жобасы}, {@code «X» жаңа ұлттық жобасына}, {@code “X” project}).
     */
    static boolean hasCueAfter(String view, Span name, Span sentence) {
        return hasCueAfter(view, name, sentence, CONTEXT_CUES);
    }

    /** {@link #hasCueAfter(String, Span, Span)} with these cue stems. */
    static boolean hasCueAfter(String view, Span name, Span sentence, String[] cues) {
        return hasCueAfter(view, name, sentence, cues, 2);
    }

    /** {@link #hasCueAfter(String, Span, Span)} with these cue stems and at most {@code modifiers} words between. */
    static boolean hasCueAfter(String view, Span name, Span sentence, String[] cues, int modifiers) {
        int i = name.end();
        int limit = Math.min(sentence.end(), i + 4);
        while (i < limit && !Character.isLetterOrDigit(view.charAt(i))) {
            i++;
        }
        for (int skipped = 0; ; skipped++) {
            if (startsWithCue(view, i, cues)) {
                return true;
            }
            int end = i;
            while (end < sentence.end() && Character.isLetter(view.charAt(end))) {
                end++;
            }
            if (skipped == modifiers || end == i || !MODIFIERS.contains(view.substring(i, end).toLowerCase(Locale.ROOT))) {
                return false;
            }
            i = end;
            while (i < sentence.end() && view.charAt(i) == ' ') {
                i++;
            }
        }
    }

    /** Whether a cue stem starts the word at {@code at}, not as the stem of another word ({@code dasturiy}). */
    static boolean startsWithCue(String view, int at, String[] cues) {
        for (String cue : cues) {
            if (view.regionMatches(true, at, cue, 0, cue.length()) && !derived(view, at + cue.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean derived(String view, int at) {
        for (String d : DERIVATIONS) {
            if (view.regionMatches(true, at, d, 0, d.length())) {
                return true;
            }
        }
        return false;
    }

    /** The cleaned span inside {@code span}, or null when nothing name-like is left. */
    static Span clean(String view, Span span) {
        return clean(view, span, CUE_STEMS, true);
    }

    /**
     * The name inside a quotation (quotes included in {@code span}): only a generic programme word at either end is
     * left out ({@code “Mahalla … dasturi”}), other cue words are part of the name ({@code “Besh tashabbus”});
     * {@code lowercase} admits a name without a capital or digit ({@code “raqamli markirovka va onlayn kassa”}).
     */
    static Span cleanQuoted(String view, Span span, boolean lowercase) {
        return clean(view, span, GENERIC_STEMS, !lowercase);
    }

    private static Span clean(String view, Span span, Set<String> edgeWords, boolean needsCapital) {
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
            if (firstEnd < e && isCue(view.substring(s, firstEnd), edgeWords)) {
                s = firstEnd;
                changed = true;
                continue;
            }
            int lastStart = e;
            while (lastStart > s && isWordChar(view.charAt(lastStart - 1))) {
                lastStart--;
            }
            if (lastStart > s && isCue(view.substring(lastStart, e), edgeWords)) {
                e = lastStart;
                changed = true;
            }
        }
        if (e <= s) {
            return null;
        }
        boolean nameLike = !needsCapital;
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

    private static boolean isCue(String word, Set<String> stems) {
        String w = word.toLowerCase(Locale.ROOT);
        if (stems.contains(w)) {
            return true;
        }
        for (String stem : stems) {
            if (stem.length() >= 5 && w.startsWith(stem) && w.length() - stem.length() <= 4) {
                return true;
            }
        }
        return false;
    }
}
