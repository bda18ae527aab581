package org.policylens.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
    private static final Map<Character, String> CYRILLIC = cyrillic();
    private static final Set<String> STOP_WORDS = Stream.of(
            // English
            "a an the of in on at to for from by with and or but is are was were be been being as that this these "
                    + "those its their they than more less over under about around nearly approximately almost "
                    + "least most up which who whom has have had will would may might can could such also into per "
                    + "each not no there between through within among during since until while both other some "
                    + "thousand million billion trillion mln bn percent number total some over our we he she his her "
                    + "including including already only",
            // Russian
            "и в во на с со к ко по за из от до о об а но или что это как для при не же то бы более менее около "
                    + "почти свыше также его ее её их был была были было является году года г тыс тысяч тысячи "
                    + "млн миллион миллиона миллионов млрд миллиард миллиарда миллиардов трлн триллион процент "
                    + "процента процентов свыше около который которая которые этом этого",
            // Uzbek Latin and Cyrillic
            "va bilan uchun bo‘yicha bo'yicha boʻyicha ming mln mlrd trln million milliard trillion foiz ortiq kam "
                    + "taxminan qadar gacha ham esa bu u yil yili yilda ва билан учун бўйича минг млрд трлн фоиз "
                    + "ортиқ кам тахминан қадар гача ҳам эса бу у йил йили "
                    // Uzbek function words (folding makes the Cyrillic spellings match): "according to", "if",
                    // "being", "by", "within", "this", "all" say nothing about what two sentences are about
                    + "ko'ra bo'lsa bo'lgan bo'ladi bo'lib bo'lishi etib qilib qilish etish etilgan qilingan "
                    + "hisoblanadi kerak orqali hamda yoki agar ushbu mazkur shu barcha har emas keyin so'ng tomonidan "
                    + "doirasida asosida holatiga amalga oshirish oshirishga oshirilsin oshirildi oshiriladi",
            // English and Russian function words of the same kind
            "if all any according following such as well согласно если случае всех все всего также")
            .flatMap(s -> Stream.of(s.split(" ")))
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

    /** Transliterates, drops apostrophes and merges spelling variants; no stemming. */
    static String fold(String lower) {
        StringBuilder latin = new StringBuilder(lower.length() + 4);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String t = CYRILLIC.get(c);
            if (t != null) {
                latin.append(t);
            } else if (Character.isLetter(c) && "'’‘ʻʼ`".indexOf(c) < 0) {
                latin.append(c);
            }
        }
        // English x before a consonant or at the end is /ks/ (export, index = экспорт, индекс); Uzbek x before a
        // vowel is /kh/ (xizmat = хизмат). Uzbek x before a consonant (texnologiya) is the price of the rule.
        String s = X_AS_KS.matcher(latin).replaceAll("ks")
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
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            String raw = m.group();
            if (Character.isDigit(raw.charAt(0))) {
                out.add(new Token(number(raw), 2.0, m.start(), m.end()));
                continue;
            }
            String folded = fold(raw.toLowerCase(Locale.ROOT));
            if (folded.isEmpty() || STOP_WORDS.contains(folded)) {
                continue;
            }
            out.add(new Token(stem(folded), folded.length() < 3 ? 0.5 : 1.0, m.start(), m.end()));
        }
        return out;
    }

    static String stem(String folded) {
        String s = folded;
        if (s.length() > 4 && s.endsWith("s") && !s.endsWith("ss")) {
            s = s.substring(0, s.length() - 1);
        }
        s = s.length() > 6 ? s.substring(0, 6) : s;
        return UNIT_SPELLINGS.getOrDefault(s, s);
    }

    /** Abbreviated units stem like the written-out word: km / км / kilometre / километр, ga / гектар / hectare. */
    private static final Map<String, String> UNIT_SPELLINGS = Map.of("km", "kilome", "gektar", "hektar");

    private static Map<Character, String> cyrillic() {
        String[] pairs = {"а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ё", "e", "ж", "zh", "з", "z",
                "и", "i", "й", "i", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r", "с", "s",
                "т", "t", "у", "u", "ф", "f", "х", "kh", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "sh", "ъ", "", "ы", "i",
                "ь", "", "э", "e", "ю", "iu", "я", "ia", "ў", "o", "қ", "q", "ғ", "g", "ҳ", "h", "ә", "a", "і", "i",
                "ң", "n", "ө", "o", "ұ", "u", "ү", "u", "һ", "h"};
        Map<Character, String> m = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i].charAt(0), pairs[i + 1]);
        }
        return Map.copyOf(m);
    }
}
