package org.policylens.extract.program;

import org.policylens.annotate.AnnotatedText;
import org.policylens.budget.Budget;
import org.policylens.lang.Vocabularies;
import org.policylens.lang.Vocabulary;
import org.policylens.model.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Unquoted names whose every word is capitalised, ending in a head word: {@code the Employment Roadmap},
 * {@code Grant Accountability Project}, {@code USGv6 Test Program}, {@code Perkins III Career and Technical
 * Education Program}, and a capitalised tail after a connector ({@code Comprehensive Plan of Economic Recovery},
 * {@code 25-Point Implementation Plan to Reform Federal IT Management}). Only in languages that capitalise every
 * word of a name (the vocabulary's {@code nameHeads}): elsewhere a capital marks a sentence's first word, not a
 * name. A capitalised head needs one name word before it; a lowercase head only counts when it is a generic word
 * after two name words ({@code IPv6 Ready Logo program}, not {@code the USGv6 program} nor {@code Presidential
 * Decree project}, a draft); a head in capitals is a heading, not a name. A counted set of programmes after an article
 * is one name too ({@code the Five Initiatives}). Function words ({@code The Program},
 * {@code Each Strategy}), generic words alone ({@code State Programme}) and a lone first word of a sentence are not
 * names; a year ends a tail ({@code Strategy … for 2022-2026}: a DATE). Linear in the
 * text: heads are found with indexOf, and each looks a bounded number of words either way.
 */
final class CapitalisedProgramNames {
    /** A found name: its span (head included) and its value (a generic head dropped). */
    record Name(Span span, Span value) {
    }

    /** Most words a name may have either side of its head. */
    private static final int MAX_WORDS = 12;
    /** Characters either side of a head within which its name's words are looked for: twelve long words. */
    private static final int WINDOW = 240;

    private final Set<String> heads;
    private final Set<String> generic;
    private final Set<String> connectors;
    private final Set<String> functionWords;
    private final Set<String> edgeWords;
    private final Set<String> numberWords;
    /**
     * The forms of a programme word a counted set's name ends in: the name edge words starting with a programme cue
     * ({@code initiatives}, {@code projects}, {@code strategies}).
     */
    private final Set<String> setWords;

    private CapitalisedProgramNames(Vocabulary vocabulary) {
        heads = new HashSet<>(vocabulary.nameHeads());
        generic = new HashSet<>(vocabulary.genericNameWords());
        heads.addAll(generic);
        connectors = new HashSet<>(vocabulary.nameConnectors());
        functionWords = new HashSet<>(vocabulary.stopWords());
        edgeWords = new HashSet<>(vocabulary.nameEdgeWords());
        setWords = new HashSet<>();
        edgeWords.stream().filter(w -> vocabulary.programCues().stream().anyMatch(w::startsWith)).forEach(setWords::add);
        numberWords = new HashSet<>();
        // zero counts nothing: Federal Zero Trust Strategy keeps its word
        vocabulary.numberWords().forEach((value, words) -> {
            if (value != 0) {
                numberWords.addAll(words);
            }
        });
    }

    /** The names of a text; none in a language whose vocabulary has no name heads. */
    static List<Name> find(AnnotatedText text) {
        Vocabulary vocabulary = Vocabularies.of(text.language());
        if (vocabulary.nameHeads().isEmpty()) {
            return List.of();
        }
        return new CapitalisedProgramNames(vocabulary).names(text);
    }

    private List<Name> names(AnnotatedText text) {
        String v = text.view();
        List<Name> out = new ArrayList<>();
        int doneUpTo = 0;
        for (int at : positions(v, heads)) {
            if (at < doneUpTo) {
                continue;
            }
            Budget.check();
            // the words around the head, within the reach of a name (a name never crosses its sentence)
            Span sentence = text.sentenceAt(at);
            int from = Math.max(sentence.start(), Math.max(doneUpTo, at - WINDOW));
            int to = Math.min(sentence.end(), at + WINDOW);
            while (from > sentence.start() && Character.isLetterOrDigit(v.charAt(from - 1))) {
                from++; // the window starts with a whole word
            }
            while (to < sentence.end() && Character.isLetterOrDigit(v.charAt(to))) {
                to++;
            }
            List<NameKeys.Word> words = NameKeys.words(v, from, to);
            int h = 0;
            while (h < words.size() && words.get(h).start() < at) {
                h++;
            }
            if (h == words.size() || words.get(h).start() != at) {
                continue;
            }
            NameKeys.Word head = words.get(h);
            int first = h;
            int nameWords = 0;
            for (int k = h - 1; k >= 0 && h - k <= MAX_WORDS; k--) {
                NameKeys.Word w = words.get(k);
                if (!joined(v, w.end(), words.get(k + 1).start()) && !aroundAcronym(v, w, words.get(k + 1))
                        || possessive(v, w)) {
                    break; // the owner's possessive (OMB's Federal Zero Trust Strategy) precedes the name
                }
                if (nameWord(v, w)) {
                    first = k;
                    nameWords++;
                } else if (!connectors.contains(lower(v, w)) || k == 0 || !nameWord(v, words.get(k - 1))) {
                    break;
                }
            }
            // a bare number before the name is a note or list marker ("6 Accenture Strategy"), not a word of it
            while (first < h && digits(v, words.get(first)) && v.charAt(words.get(first).end()) != '-') {
                first++;
                nameWords--;
            }
            boolean capitalHead = Character.isUpperCase(v.charAt(head.start()));
            if (nameWords < (capitalHead ? 1 : 2) || !capitalHead && !generic.contains(lower(v, head))
                    || nameWords == 1 && firstWordOf(v, sentence, words.get(first))
                    || onlyEdgeWords(v, words, first, h)) {
                continue;
            }
            int last = h;
            if (capitalHead) {
                last = tail(v, words, h, sentence);
                if (last < 0) {
                    continue;
                }
            }
            Span span = new Span(words.get(first).start(), words.get(last).end());
            boolean dropHead = last == h && generic.contains(lower(v, head));
            Span value = dropHead ? new Span(span.start(), words.get(h - 1).end()) : span;
            out.add(new Name(span, value));
            doneUpTo = span.end();
        }
        return withCountedSets(v, text, out);
    }

    /**
     * Adds the names of a counted set of programmes, {@code the Five Initiatives}: after an article, a capitalised
     * number word and a capitalised programme word ({@code programCues}) in one of the forms a name may carry ({@code
     * nameEdgeWords}: initiatives, projects, strategies). Elsewhere a number word is never a name word ({@code Strategy
     * on Five Priority Areas}: a NUMBER); the article keeps a headline's {@code Launches Two Projects} out, and a
     * capitalised word after the set makes it part of a longer name ({@code the Five Initiatives Fund}), left alone.
     */
    private List<Name> withCountedSets(String v, AnnotatedText text, List<Name> found) {
        List<Name> out = new ArrayList<>(found);
        // start -> end of the names taken: an overlap test is two lookups (a scan made thousands of sets quadratic)
        java.util.TreeMap<Integer, Integer> taken = new java.util.TreeMap<>();
        found.forEach(n -> taken.put(n.span().start(), n.span().end()));
        for (int at : positions(v, setWords)) {
            Budget.check();
            // the article and the count: the two words right before the programme word, in its sentence
            Span sentence = text.sentenceAt(at);
            int from = Math.max(sentence.start(), at - WINDOW / 4);
            while (from > sentence.start() && Character.isLetterOrDigit(v.charAt(from - 1))) {
                from++;
            }
            int to = Math.min(sentence.end(), at + WINDOW / 4);
            List<NameKeys.Word> words = NameKeys.words(v, from, to);
            int k = 0;
            while (k < words.size() && words.get(k).start() < at) {
                k++;
            }
            if (k < 2 || k == words.size() || words.get(k).start() != at) {
                continue;
            }
            NameKeys.Word before = words.get(k - 2);
            NameKeys.Word count = words.get(k - 1);
            NameKeys.Word set = words.get(k);
            if (!Character.isUpperCase(v.charAt(count.start())) || !numberWords.contains(lower(v, count))
                    || !Character.isUpperCase(v.charAt(set.start())) || !article(v, before)
                    || !spaced(v, before.end(), count.start()) || !spaced(v, count.end(), set.start())
                    || k + 1 < words.size() && spaced(v, set.end(), words.get(k + 1).start())
                    && nameWord(v, words.get(k + 1))) {
                continue;
            }
            Span span = new Span(count.start(), set.end());
            var left = taken.floorEntry(span.end() - 1);
            if (left == null || left.getValue() <= span.start()) {
                out.add(new Name(span, span));
                taken.put(span.start(), span.end());
            }
        }
        out.sort(java.util.Comparator.comparingInt(n -> n.span().start()));
        return out;
    }

    /** A lowercase article: a function word that is also a name's edge word ({@code the}, {@code a}). */
    private boolean article(String v, NameKeys.Word w) {
        String word = lower(v, w);
        return Character.isLowerCase(v.charAt(w.start())) && functionWords.contains(word) && edgeWords.contains(word);
    }

    /** One space between two words of a set's name. */
    private static boolean spaced(String v, int from, int to) {
        return to == from + 1 && v.charAt(from) == ' ';
    }

    /**
     * Where one of these words (heads, a set's programme words) starts, in text order: each, capitalised or lowercase,
     * is found with indexOf (a scan of every word of a long text costs more than the rest of the finder), and kept when
     * it is a whole word.
     */
    private static int[] positions(String v, Set<String> words) {
        java.util.TreeSet<Integer> at = new java.util.TreeSet<>();
        for (String head : words) {
            for (String form : List.of(head, Character.toUpperCase(head.charAt(0)) + head.substring(1))) {
                int i = -1;
                while ((i = v.indexOf(form, i + 1)) >= 0) {
                    int end = i + form.length();
                    if ((i == 0 || !Character.isLetterOrDigit(v.charAt(i - 1)))
                            && (end == v.length() || !Character.isLetterOrDigit(v.charAt(end)))) {
                        at.add(i);
                    }
                }
            }
        }
        return at.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The last word of a capitalised tail after the head ({@code Plan of Economic Recovery}), else the head; -1 when
     * the title goes on through a counted phrase ({@code Action Strategy on Five Priority Development Areas}): its
     * head alone is a truncated title, not the name, and the whole is descriptive (its number a NUMBER fact).
     */
    private int tail(String v, List<NameKeys.Word> words, int h, Span sentence) {
        int last = h;
        for (int k = h + 1; k < words.size() && k - h <= MAX_WORDS; k++) {
            NameKeys.Word w = words.get(k);
            if (w.end() > sentence.end() || !joined(v, words.get(k - 1).end(), w.start())
                    && !(last > h && listOfNames(v, words, k - 1))) {
                break;
            }
            if (digits(v, w)) {
                break; // a year after the head dates a descriptive title (for 2022-2026): a DATE, not the name
            }
            if (connectors.contains(lower(v, w)) && countsNameWords(v, words, k + 1)) {
                return -1;
            }
            if (nameWord(v, w)) {
                if (k == h + 1) {
                    // the head inside a longer proper name: an act (American Rescue Plan Act), an office (TMF Program
                    // Management Office), a board: no programme's name ends there
                    return -1;
                }
                last = k;
            } else if (!connectors.contains(lower(v, w)) || k + 1 >= words.size() || !nameWord(v, words.get(k + 1))) {
                break;
            }
        }
        return last;
    }

    /**
     * Whether a comma after word {@code k} goes on with a list of name words closed by a connector and a name word:
     * {@code Program for Women, Infants and Children}.
     */
    private boolean listOfNames(String v, List<NameKeys.Word> words, int k) {
        for (int i = k + 1; i < words.size() && i - k <= MAX_WORDS; i++) {
            String gap = v.substring(words.get(i - 1).end(), words.get(i).start());
            NameKeys.Word w = words.get(i);
            if ((gap.equals(", ") || gap.equals(",\n")) && nameWord(v, w)) {
                continue;
            }
            return joined(v, words.get(i - 1).end(), w.start()) && "and".equals(lower(v, w))
                    && connectors.contains("and") && i + 1 < words.size() && nameWord(v, words.get(i + 1))
                    && joined(v, w.end(), words.get(i + 1).start()) && i - k > 1;
        }
        return false;
    }

    /**
     * A word of a name: starts with a capital or a digit ({@code USGv6}, {@code 25}); not a function word, nor a
     * number word ({@code Strategy on Five Priority Areas}: the five is a NUMBER fact).
     */
    private boolean nameWord(String v, NameKeys.Word w) {
        char c = v.charAt(w.start());
        if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
            return false;
        }
        String word = lower(v, w);
        return !functionWords.contains(word) && !numberWords.contains(word);
    }

    /**
     * Whether word {@code k} is a count (a number word or a short number, not a year) followed by a capitalised word
     * of the same title ({@code Five Priority}, {@code 10 Key Sectors}).
     */
    private boolean countsNameWords(String v, List<NameKeys.Word> words, int k) {
        if (k + 1 >= words.size() || !joined(v, words.get(k).end(), words.get(k + 1).start())
                || !nameWord(v, words.get(k + 1))) {
            return false;
        }
        NameKeys.Word w = words.get(k);
        boolean count = digits(v, w) ? w.end() - w.start() < 4 : Character.isUpperCase(v.charAt(w.start()))
                && numberWords.contains(lower(v, w));
        return count;
    }

    /** Whether the words before the head are all generic ({@code State Programme}, {@code National Strategy}). */
    private boolean onlyEdgeWords(String v, List<NameKeys.Word> words, int first, int h) {
        for (int k = first; k < h; k++) {
            if (!edgeWords.contains(lower(v, words.get(k)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean digits(String v, NameKeys.Word w) {
        for (int k = w.start(); k < w.end(); k++) {
            if (!Character.isDigit(v.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean firstWordOf(String v, Span sentence, NameKeys.Word w) {
        for (int k = sentence.start(); k < w.start(); k++) {
            if (Character.isLetterOrDigit(v.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean possessive(String v, NameKeys.Word w) {
        return w.end() - w.start() > 2 && v.charAt(w.end() - 2) == '\'' && Character.toLowerCase(v.charAt(w.end() - 1)) == 's';
    }

    /**
     * An acronym in brackets inside a name, after the words it abbreviates: {@code Information Technology (IT)
     * Operating Plan}. Either word pair around the brackets: {@code Technology (IT} or {@code IT) Operating}.
     */
    private static boolean aroundAcronym(String v, NameKeys.Word left, NameKeys.Word right) {
        return bracketedAcronym(v, right) && joined(v, left.end(), right.start() - 1)
                || bracketedAcronym(v, left) && joined(v, left.end() + 1, right.start());
    }

    private static boolean bracketedAcronym(String v, NameKeys.Word w) {
        if (w.start() < 1 || w.end() >= v.length() || v.charAt(w.start() - 1) != '(' || v.charAt(w.end()) != ')'
                || w.end() - w.start() < 2) {
            return false;
        }
        for (int k = w.start(); k < w.end(); k++) {
            if (!Character.isUpperCase(v.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Words of one name are separated by spaces, one line break or a hyphen ({@code 25-Point}), nothing else. */
    private static boolean joined(String v, int from, int to) {
        if (to - from > 2) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = v.charAt(k);
            if (c != ' ' && c != '\n' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static String lower(String v, NameKeys.Word w) {
        return v.substring(w.start(), w.end()).toLowerCase(Locale.ROOT);
    }
}
