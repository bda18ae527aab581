package org.policylens.extract.program;

import org.policylens.lang.Vocabularies;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Words and their matching keys for programme names. A word is a run of letters and digits (an inner
 * apostrophe stays: {@code O'zbekiston}); everything else (spaces, dashes, quotes, dots) separates words, so
 * {@code Uzbekistan-2030}, {@code Uzbekistan – 2030} and {@code Uzbekistan — 2030} have the same keys. A key
 * is the word lowercased, without apostrophes, with one singular case/possessive ending cut off
 * ({@code Казахстана} → {@code казахстан}, {@code Parkda} → {@code park}). Plural endings are kept, so
 * {@code IT parks} (a kind of place) does not match {@code IT Park} (the programme).
 */
final class NameKeys {
    /** Uzbek endings before Russian ones ({@code Фарғонада}: {@code -да}, not {@code -а}), then English, then Kazakh. */
    private static final String[] ENDINGS = Stream.of(Vocabularies.UZBEK_LATIN, Vocabularies.UZBEK_CYRILLIC,
                    Vocabularies.RUSSIAN, Vocabularies.ENGLISH, Vocabularies.KAZAKH_CYRILLIC, Vocabularies.KAZAKH_LATIN)
            .flatMap(v -> v.nameEndings().stream()).toArray(String[]::new);
    private static final int MIN_STEM = 4;
    private static final String ENDING_LAST_CHARS = lastChars(ENDINGS);

    private static String lastChars(String[] endings) {
        StringBuilder out = new StringBuilder();
        for (String e : endings) {
            char last = e.charAt(e.length() - 1);
            if (out.indexOf(String.valueOf(last)) < 0) {
                out.append(last);
            }
        }
        return out.toString();
    }

    /** A word of a view, {@code view[start, end)}; its key is made only when asked for. */
    record Word(int start, int end) {
        String key(String view) {
            return NameKeys.key(view, start, end);
        }

        /** The first character of its key: the word's first, lowercased (a word starts with a letter or digit). */
        char keyInitial(String view) {
            return Character.toLowerCase(view.charAt(start));
        }
    }

    private NameKeys() {
    }

    /** The words of {@code view[from, to)}. */
    static List<Word> words(String view, int from, int to) {
        List<Word> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!Character.isLetterOrDigit(view.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < to && (Character.isLetterOrDigit(view.charAt(i))
                    || (view.charAt(i) == '\'' && i + 1 < to && Character.isLetter(view.charAt(i + 1))
                    && Character.isLetter(view.charAt(i - 1))))) {
                i++;
            }
            out.add(new Word(s, i));
        }
        return out;
    }

    /** Keys of a whole name, for gazetteer entries and statistical mentions. */
    static List<String> keys(String name) {
        List<String> keys = new ArrayList<>();
        for (Word w : words(name, 0, name.length())) {
            keys.add(w.key(name));
        }
        return keys;
    }

    static String key(String s, int from, int to) {
        char[] b = new char[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != '\'') {
                b[n++] = Character.toLowerCase(c);
            }
        }
        String w = new String(b, 0, n); // lowercased letter by letter above, for text and gazetteer alike
        if (w.isEmpty() || ENDING_LAST_CHARS.indexOf(w.charAt(w.length() - 1)) < 0) {
            return w; // every word of the text gets a key: most end in no ending's last letter
        }
        for (String e : ENDINGS) {
            if (w.length() - e.length() >= MIN_STEM && w.endsWith(e)) {
                return w.substring(0, w.length() - e.length());
            }
        }
        return w;
    }
}
