package org.policylens.verify;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.policylens.lang.Letters;
import org.policylens.lang.Transliteration;
import org.policylens.lang.Vocabularies;
import org.policylens.lang.Vocabulary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The key terms of a sentence, in two forms: surface words for the index query (the index runs its own
 * analyzers on them), and folded stems for comparing texts across English, Russian and Uzbek (Latin and
 * Cyrillic). Folding is deliberately crude but symmetric: Cyrillic is transliterated, apostrophes dropped,
 * a few spelling variants merged ({@code c/k/q}, {@code kh/x/h}, {@code ts/c}), doubled letters collapsed,
 * an English plural {@code s} removed and long words cut to six letters. So "IT companies" and
 * "IT-компаний" share {@code kompan}, "Казахстан" and "Kazakhstan" share {@code kazaha}.
 */
public final class KeyTerms {
    /** A word (letters, marks, inner apostrophes/hyphens are split) or a number with optional grouping. */
    private static final Pattern TOKEN = Pattern.compile(
            "\\d{1,3}(?:[,.\\u00A0\\u202F ]\\d{3}(?!\\d))+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?|[\\p{L}\\p{M}'’‘ʻʼ`]+");
    private static final Pattern X_AS_KS = Pattern.compile("x(?![aeiouy])");
    /** Shortest stem that may match a longer one by prefix ("kasah" ~ "kasahs": Kazakh ~ Казахстана). */
    private static final int MIN_PREFIX_MATCH = 5;
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘ʻʼ`]");
    private static final Set<String> STOP_WORDS = Vocabularies.words(Vocabulary::stopWords).stream()
            .filter(s -> !s.isEmpty())
            .map(KeyTerms::fold)
            .collect(Collectors.toUnmodifiableSet());

    private KeyTerms() {
    }

    /** Lowercased surface words and numbers of {@code text} that are not stop words, in order, no repeats. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            String raw = m.group();
            if (Character.isDigit(raw.charAt(0))) {
                String n = number(raw);
                if (!out.contains(n)) {
                    out.add(n);
                }
                continue;
            }
            String lower = raw.toLowerCase(Locale.ROOT);
            String folded = fold(lower);
            if (folded.isEmpty() || STOP_WORDS.contains(folded)) {
                continue;
            }
            String word = APOSTROPHES.matcher(lower).replaceAll("");
            if (!word.isEmpty() && !out.contains(word)) {
                out.add(word);
            }
        }
        return out;
    }

    /**
     * Folded stems of the key terms with their weights: numbers weigh 2 (they anchor across languages),
     * words of fewer than three letters 0.5 (IT, AI: real but common), other words 1.
     */
    public static Map<String, Double> weightedStems(String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            String raw = m.group();
            if (Character.isDigit(raw.charAt(0))) {
                out.put(number(raw), 2.0);
                continue;
            }
            String folded = fold(raw.toLowerCase(Locale.ROOT));
            if (folded.isEmpty() || STOP_WORDS.contains(folded)) {
                continue;
            }
            out.put(stem(folded), folded.length() < 3 ? 0.5 : 1.0);
        }
        return out;
    }

    /**
     * The words of {@code text} followed by their equivalents in the other languages ({@code equivalents.tsv}): a query
     * that ranks an Uzbek passage for an English sentence ("schools" adds "maktab", "мактаб", "школа").
     */
    public static List<String> wordsWithEquivalents(String text) {
        List<String> out = new ArrayList<>(words(text));
        for (Token t : tokens(text)) {
            for (String w : Equivalents.INSTANCE.wordsOf(t.stem())) {
                if (!out.contains(w)) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** True for stems that say something on their own: numbers and words of four letters or more. */
    public static boolean significant(String stem) {
        return stem.length() >= 4 || Character.isDigit(stem.charAt(0));
    }

    /** Dice coefficient of two stem sets: 2|A∩B| / (|A| + |B|), 0 when both are empty. */
    public static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0.0;
        }
        long common = a.stream().filter(b::contains).count();
        return 2.0 * common / (a.size() + b.size());
    }

    /** A number token without grouping separators: {@code 2,503,060} and {@code 2 503 060} give {@code 2503060}. */
    static String number(String raw) {
        String s = raw.replaceAll("[\\u00A0\\u202F ]", "");
        Matcher decimal = Pattern.compile("[.,](\\d{1,2}|\\d{4,})$").matcher(s);
        String fraction = "";
        if (decimal.find()) {
            fraction = "." + decimal.group(1);
            s = s.substring(0, decimal.start());
        }
        return s.replaceAll("[.,]", "") + fraction;
    }

    /**
     * Transliterates ({@link Transliteration#searchKey}, accents folded), drops apostrophes and merges spelling
     * variants; no stemming. The transliteration is the one table every part uses; the merges after it are KeyTerms'
     * own because they join English spellings to transliterated ones ({@code c/k/q}, {@code z/s}, {@code ph/f}), which
     * the index must keep apart to search precisely but a comparison of stems across languages must not.
     */
    static String fold(String lower) {
        // English x before a consonant or at the end is /ks/ (export, index = экспорт, индекс); Uzbek x before a
        // vowel is /kh/ (xizmat = хизмат). Uzbek x before a consonant (texnologiya) is the price of the rule. Only
        // Latin input: a transliterated Cyrillic х is /kh/.
        String word = Transliteration.searchKey(X_AS_KS.matcher(lower).replaceAll("ks"));
        char[] ascii = new char[word.length() * 4];
        int n = ASCIIFoldingFilter.foldToASCII(word.toCharArray(), 0, ascii, 0, word.length());
        StringBuilder latin = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = ascii[i];
            if (Character.isLetter(c) && Letters.APOSTROPHES.indexOf(c) < 0) {
                latin.append(c);
            }
        }
        // zh and j (Жанаозен, Zhanaozen, Janaozen), ye and e (Uzbek Latin spells е at a word start "ye")
        String s = latin.toString().replace("zh", "j").replace("ye", "e")
                .replace("ch", "\u0001")
                .replace("sh", "\u0002")
                .replace("kh", "h")
                .replace("ph", "f")
                .replace("ts", "s")
                .replace('x', 'h')
                .replace('q', 'k')
                .replace('w', 'v')
                .replace('z', 's') // licence/litsenziya/лицензия, organisation/organization
                .replace('y', 'i');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'c') {
                char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
                c = next == 'e' || next == 'i' ? 's' : 'k';
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) == c) {
                continue;
            }
            out.append(c);
        }
        return out.toString().replace("\u0001", "ch").replace("\u0002", "sh");
    }

    /**
     * Two folded stems name the same word: equal, or the shorter (at least {@value #MIN_PREFIX_MATCH} letters) begins
     * the longer, which absorbs inflection across languages (Kazakh / Казахстана). Numbers must be equal.
     */
    public static boolean stemsMatch(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.isEmpty() || b.isEmpty() || Character.isDigit(a.charAt(0)) || Character.isDigit(b.charAt(0))) {
            return false;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= MIN_PREFIX_MATCH && longer.startsWith(shorter);
    }

    /** The stems of {@code text} with their weights, in order, as a list of tokens (numbers as {@link #number}). */
    record Token(String stem, double weight, int start, int end) {
        boolean isNumber() {
            return Character.isDigit(stem.charAt(0));
        }
    }

    /** Key-term tokens of {@code text} with their offsets; stop words dropped. */
    static List<Token> tokens(String text) {
        return tokens(text, true);
    }

    /**
     * Every word and number of {@code text} with its offsets, stop words kept, words as their folded form (not cut
     * to a stem): the words of a name, where "One" and "Bir" count ("One Million Programmers").
     */
    static List<Token> foldedWords(String text) {
        return tokens(text, false);
    }

    private static List<Token> tokens(String text, boolean keyTerms) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            String raw = m.group();
            if (Character.isDigit(raw.charAt(0))) {
                out.add(new Token(number(raw), 2.0, m.start(), m.end()));
                continue;
            }
            String folded = fold(raw.toLowerCase(Locale.ROOT));
            if (folded.isEmpty() || keyTerms && STOP_WORDS.contains(folded)) {
                continue;
            }
            out.add(new Token(keyTerms ? stem(folded) : folded, folded.length() < 3 ? 0.5 : 1.0, m.start(), m.end()));
        }
        return out;
    }

    static String stem(String folded) {
        return Equivalents.INSTANCE.canonical(rawStem(folded));
    }

    /** The folded word with an English plural s removed, cut to six letters; unit spellings merged. */
    static String rawStem(String folded) {
        String s = folded;
        if (s.length() > 4 && s.endsWith("s") && !s.endsWith("ss")) {
            s = s.substring(0, s.length() - 1);
        }
        s = s.length() > 6 ? s.substring(0, 6) : s;
        return UNIT_SPELLINGS.getOrDefault(s, s);
    }

    /**
     * Words naming the same thing in English, Russian and Uzbek ({@code equivalents.tsv}), folded to one stem: the
     * stem of the line's first word. A word's stem matches an entry's when equal, or when the entry has five letters
     * and begins the word's six ({@code loyiha} ~ {@code loyihalarni}), as {@link #stemsMatch} lets inflection pass.
     */
    static final class Equivalents {
        static final String RESOURCE = "/org/policylens/verify/equivalents.tsv";
        static final Equivalents INSTANCE = load();
        private final Map<String, String> canonical;
        /** The words of each line, by the line's stem. */
        private final Map<String, List<String>> words;

        Equivalents(Map<String, String> canonical, Map<String, List<String>> words) {
            this.canonical = Map.copyOf(canonical);
            this.words = Map.copyOf(words);
        }

        /** The words of the line {@code stem} (a {@link #canonical} stem) stands for, in every language; none if no line. */
        List<String> wordsOf(String stem) {
            return words.getOrDefault(stem, List.of());
        }

        String canonical(String stem) {
            String c = canonical.get(stem);
            if (c == null && stem.length() == 6 && !Character.isDigit(stem.charAt(0))) {
                c = canonical.get(stem.substring(0, 5) + '\u0000');
            }
            return c == null ? stem : c;
        }

        /** Parses the lines; a stem claimed by two concepts is an error in the file, not a silent choice. */
        static Equivalents parse(List<String> lines) {
            Map<String, String> out = new java.util.HashMap<>();
            Map<String, List<String>> words = new java.util.HashMap<>();
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t");
                String first = rawStem(fold(row[0].strip().toLowerCase(Locale.ROOT)));
                words.put(first, java.util.Arrays.stream(row).map(w -> w.strip().toLowerCase(Locale.ROOT))
                        .filter(w -> !w.isEmpty()).toList());
                for (String w : row) {
                    String st = rawStem(fold(w.strip().toLowerCase(Locale.ROOT)));
                    // five-letter stems also stand for their six-letter inflections: keyed apart from exact ones
                    String key = st.length() == 5 ? st + '\u0000' : st;
                    for (String k : st.length() == 5 ? List.of(st, key) : List.of(st)) {
                        String was = out.putIfAbsent(k, first);
                        if (was != null && !was.equals(first)) {
                            throw new IllegalStateException(RESOURCE + ": '" + w + "' folds to '" + st
                                    + "', already a word of '" + was + "'");
                        }
                    }
                }
            }
            return new Equivalents(out, words);
        }

        private static Equivalents load() {
            return load(RESOURCE);
        }

        /** The lines of a resource in the format of {@code equivalents.tsv}. */
        static Equivalents load(String resource) {
            try (java.io.InputStream in = KeyTerms.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read " + resource, e);
            }
        }
    }

    /** Abbreviated units stem like the written-out word: km / км / kilometre / километр, ga / гектар / hectare. */
    private static final Map<String, String> UNIT_SPELLINGS = Map.of("km", "kilome", "gektar", "hektar");
}
