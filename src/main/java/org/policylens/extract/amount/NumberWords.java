package org.policylens.extract.amount;

import org.policylens.lang.Vocabularies;
import org.policylens.lang.Vocabulary;
import org.policylens.model.Language;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Cardinal number words of every {@link Vocabularies vocabulary} (0-20, tens, hundreds), with the
 * simple compounds {@code twenty-five}, {@code o'n ikki}, {@code two hundred}, {@code сто двадцать}, and
 * Russian multiplicative compounds ({@code четырехкратного} → 4). {@code one/один/bir/бир} alone are not
 * numbers (they are mostly articles); callers drop a bare value of 1.
 */
public final class NumberWords {
    private static final Map<String, Integer> VALUES = new HashMap<>();
    /** Number words of one language only ({@link Vocabulary#ownNumberWords}), by language. */
    private static final Map<Language, Map<String, Integer>> OWN = new EnumMap<>(Language.class);
    /** Words that multiply what precedes them by 100 (hundred, yuz, юз). */
    private static final Map<String, Boolean> HUNDRED = new HashMap<>();
    /** The stems that make multiplicative compounds ({@code кратн}), of every vocabulary. */
    static final List<String> MULTIPLIER_WORDS = Vocabularies.ALL.stream().map(Vocabulary::multiplierWord)
            .filter(w -> !w.isEmpty()).toList();
    /** Genitive stems used in Russian "-кратный" compounds, longest first when matching. */
    private static final Map<String, Integer> RU_STEMS = new HashMap<>();
    private static final String[] RU_STEM_ORDER;

    static {
        // number words of every language; a word for 100 multiplies what precedes it except in Russian (двести)
        for (Vocabulary v : Vocabularies.ALL) {
            v.numberWords().forEach((value, words) -> {
                put(value, words.toArray(String[]::new));
                if (value == 100 && v.language() != Language.RU) {
                    words.forEach(w -> HUNDRED.put(w, Boolean.TRUE));
                }
            });
            v.ownNumberWords().forEach((value, words) ->
                    words.forEach(w -> OWN.computeIfAbsent(v.language(), l -> new HashMap<>()).put(w, value)));
        }
        for (Vocabulary v : Vocabularies.ALL) {
            v.multiplierStems().forEach((value, stems) -> stems.forEach(s -> RU_STEMS.put(s, value)));
        }
        RU_STEM_ORDER = RU_STEMS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .toArray(String[]::new);
    }

    /** Counting suffixes of number words of every vocabulary ({@code ikkita}, {@code uchtadan}). */
    private static final List<String> COUNTING_SUFFIXES = Vocabularies.wordsInOrder(Vocabulary::countingSuffixes);

    /** Case endings of number words of every vocabulary before a qualifying postposition ({@code yuzga}, {@code оннан}). */
    private static final List<String> CASE_ENDINGS = Vocabularies.ALL.stream()
            .flatMap(v -> v.numberCaseEndings().stream()).distinct()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    /** The same by language, longest first: a word is read with the endings of its text's language only. */
    private static final Map<Language, List<String>> CASE_ENDINGS_BY_LANGUAGE = new EnumMap<>(Language.class);

    static {
        for (Vocabulary v : Vocabularies.ALL) {
            CASE_ENDINGS_BY_LANGUAGE.put(v.language(), v.numberCaseEndings().stream()
                    .sorted(Comparator.comparingInt(String::length).reversed()).toList());
        }
    }

    /** One number word, with an optional counting suffix ({@code ikkita}, {@code uchtadan}) or case ending ({@code yuzga}). */
    static final String WORD;

    static {
        String alternation = Stream.concat(VALUES.keySet().stream(),
                        OWN.values().stream().flatMap(m -> m.keySet().stream())).distinct().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();
        WORD = "(?:" + alternation + ")(?:" + Stream.concat(COUNTING_SUFFIXES.stream(), CASE_ENDINGS.stream())
                .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|")) + ")?";
    }

    /** The value of a number word carrying a case ending ({@code yuzga} → 100, {@code оннан} → 10), or -1. */
    static int inflectedValue(String word, Language language) {
        List<String> endings = CASE_ENDINGS_BY_LANGUAGE.getOrDefault(language, List.of());
        if (endings.isEmpty()) {
            return -1; // English and Russian: no word of the scan pays for a lowercase copy
        }
        String w = word.toLowerCase(Locale.ROOT);
        for (String ending : endings) {
            if (w.length() > ending.length() && w.endsWith(ending)) {
                int v = valueOf(w.substring(0, w.length() - ending.length()), language);
                if (v >= 0) {
                    return v;
                }
            }
        }
        return -1;
    }

    /** The number word without its case ending ({@code yuzdan} → {@code yuz}), or the word itself. */
    static String stem(String word, Language language) {
        String w = word.toLowerCase(Locale.ROOT);
        if (valueOf(w, language) >= 0) {
            return w;
        }
        for (String ending : CASE_ENDINGS_BY_LANGUAGE.getOrDefault(language, List.of())) {
            if (w.length() > ending.length() && w.endsWith(ending)
                    && valueOf(w.substring(0, w.length() - ending.length()), language) >= 0) {
                return w.substring(0, w.length() - ending.length());
            }
        }
        return w;
    }

    private NumberWords() {
    }

    private static void put(int value, String... words) {
        for (String w : words) {
            VALUES.put(w, value);
        }
    }

    /** Value of one number word (suffixes allowed) in text of {@code language}, or -1. */
    public static int valueOf(String word, Language language) {
        String w = word.toLowerCase(Locale.ROOT);
        Integer v = VALUES.get(w);
        if (v == null) {
            v = OWN.getOrDefault(language, Map.of()).get(w);
        }
        if (v != null) {
            return v;
        }
        for (String suffix : COUNTING_SUFFIXES) {
            if (w.endsWith(suffix)) {
                v = VALUES.get(w.substring(0, w.length() - suffix.length()));
                if (v != null) {
                    return v;
                }
            }
        }
        return -1;
    }

    static boolean isHundred(String word) {
        return HUNDRED.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** Value of the number stem before "кратн" ({@code тридцатипяти} → 35), or -1. */
    public static int multiplicativeStem(String stem) {
        String s = stem.toLowerCase(Locale.ROOT);
        int total = 0;
        int i = 0;
        int parts = 0;
        while (i < s.length() && parts < 3) {
            boolean matched = false;
            for (String k : RU_STEM_ORDER) {
                if (s.startsWith(k, i)) {
                    total += RU_STEMS.get(k);
                    i += k.length();
                    matched = true;
                    parts++;
                    break;
                }
            }
            if (!matched) {
                return -1;
            }
        }
        return i == s.length() && total > 0 ? total : -1;
    }
}
