package org.policylens.lang;

import org.policylens.model.Language;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The vocabularies of every language and script policylens reads, and the unions finders compile. */
public final class Vocabularies {
    public static final Vocabulary ENGLISH = English.VOCABULARY;
    public static final Vocabulary RUSSIAN = Russian.VOCABULARY;
    public static final Vocabulary UZBEK_LATIN = UzbekLatin.VOCABULARY;
    public static final Vocabulary UZBEK_CYRILLIC = UzbekCyrillic.VOCABULARY;
    public static final Vocabulary KAZAKH_CYRILLIC = KazakhCyrillic.VOCABULARY;
    public static final Vocabulary KAZAKH_LATIN = KazakhLatin.VOCABULARY;
    /** All of them, in the order their alternatives are joined. */
    public static final List<Vocabulary> ALL = List.of(ENGLISH, RUSSIAN, UZBEK_LATIN, UZBEK_CYRILLIC, KAZAKH_CYRILLIC,
            KAZAKH_LATIN);
    /** The Uzbek ones (both scripts). */
    public static final List<Vocabulary> UZBEK = List.of(UZBEK_LATIN, UZBEK_CYRILLIC);
    /** The Kazakh ones (both scripts). */
    public static final List<Vocabulary> KAZAKH = List.of(KAZAKH_CYRILLIC, KAZAKH_LATIN);
    /** The order currencies are tried in, by ISO code. */
    public static final List<String> CURRENCIES = List.of("usd", "uzs", "kzt", "rub", "eur");
    /** A regex that never matches: the union of nothing. */
    public static final String NOTHING = "(?!)";

    private Vocabularies() {
    }

    /** The vocabulary of {@code language}; English for an unknown language. */
    public static Vocabulary of(Language language) {
        return ALL.stream().filter(v -> v.language() == language).findFirst().orElse(ENGLISH);
    }

    /** The non-empty fragments {@code field} gives in {@code vocabularies}, as one alternation; {@link #NOTHING} if none. */
    public static String union(List<Vocabulary> vocabularies, Function<Vocabulary, String> field) {
        String joined = vocabularies.stream().map(field).filter(s -> s != null && !s.isEmpty())
                .collect(Collectors.joining("|"));
        return joined.isEmpty() ? NOTHING : joined;
    }

    /**
     * {@link #union} as one non-capturing group, {@code (?:…)}: the form a pattern compiled from every language
     * embeds (the field names the words; the vocabularies, not the finder, say which they are).
     */
    public static String alternatives(List<Vocabulary> vocabularies, Function<Vocabulary, String> field) {
        return "(?:" + union(vocabularies, field) + ")";
    }

    /** {@link #alternatives} over {@link #ALL}. */
    public static String alternatives(Function<Vocabulary, String> field) {
        return alternatives(ALL, field);
    }

    /** {@link #union} over {@link #ALL}. */
    public static String union(Function<Vocabulary, String> field) {
        return union(ALL, field);
    }

    /** The words a list field of the vocabularies names, of every language, as one set. */
    public static Set<String> words(Function<Vocabulary, List<String>> field) {
        return ALL.stream().flatMap(v -> field.apply(v).stream()).collect(Collectors.toUnmodifiableSet());
    }

    /** The words a list field names, of every language in {@link #ALL}'s order, repeats kept: where order decides. */
    public static List<String> wordsInOrder(Function<Vocabulary, List<String>> field) {
        return ALL.stream().flatMap(v -> field.apply(v).stream()).toList();
    }

    /** The month words of {@code vocabularies} with their own suffixes: {@code (?:names)(?:suffixes)?|…}. */
    public static String monthWords(List<Vocabulary> vocabularies) {
        return union(vocabularies, v -> v.monthNames().isEmpty() ? ""
                : "(?:" + v.monthNames() + ")" + (v.monthSuffixes().isEmpty() ? "" : "(?:" + v.monthSuffixes() + ")?"));
    }

    /**
     * The month (1-12) a month word names by the longest month prefix of any language, or 0: {@code маусым} is June
     * ({@code маус}) although {@code ма} begins May in Russian.
     */
    public static int monthOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 3) {
            return 0;
        }
        int month = 0;
        int longest = 0;
        for (Vocabulary v : ALL) {
            List<String> stems = v.monthStems();
            for (int m = 0; m < stems.size(); m++) {
                for (String stem : stems.get(m).split("\\|")) {
                    if (stem.length() > longest && w.startsWith(stem)) {
                        month = m + 1;
                        longest = stem.length();
                    }
                }
            }
        }
        return month;
    }
}
