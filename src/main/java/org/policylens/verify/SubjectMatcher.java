package org.policylens.verify;

import org.policylens.model.Fact;
import org.policylens.model.FactType;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;


/**
 * Decides whether two facts speak about the same subject, so that a different value is a contradiction and
 * not merely another figure. It compares folded stems ({@link KeyTerms}) of the subjects and of the sentences
 * with the values themselves removed; shared numbers (years, act numbers), names and transliterated words let
 * an English claim meet a Russian or Uzbek source. Symmetric in its two arguments.
 *
 * <pre>
 * both subjects given:  sim = 0.4 * dice(subject stems) + 0.6 * overlap(context stems without subject stems)
 *                       and the subjects must share a significant stem (≥ 4 letters or a number)
 * otherwise:            sim = overlap(context stems with subject stems)
 * overlap(A, B)       = Σ min(wA, wB) over shared stems / max(4, min(ΣwA, ΣwB))
 * same subject        ⇔ sim ≥ {@value #SAME_SUBJECT}
 * </pre>
 * The floor of 4 keeps one shared word in a two-word sentence from looking like a match.
 * Acts and programmes are their own subject: the same id or name is the same subject.
 */
public final class SubjectMatcher {
    public static final double SAME_SUBJECT = 0.45;
    private static final double SUBJECT_WEIGHT = 0.4;
    private static final double OVERLAP_FLOOR = 4.0;
    static final int LOCAL_WORDS = 4;
    static final double YEAR_WEIGHT = 0.5;
    static final double SENTENCE_WORD_WEIGHT = 0.5;
    private static final Pattern CLAUSE_STOP = Pattern.compile("[;:\\n]");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    public boolean sameSubject(Fact a, Fact b) {
        return similarity(a, b) >= SAME_SUBJECT;
    }

    /** Similarity of subjects in [0, 1]. */
    public double similarity(Fact a, Fact b) {
        if (isNamed(a.type()) && a.type() == b.type()) {
            return a.value().normalized().equalsIgnoreCase(b.value().normalized()) ? 1.0 : 0.0;
        }
        Map<String, Double> ctxA = KeyTerms.weightedStems(context(a));
        Map<String, Double> ctxB = KeyTerms.weightedStems(context(b));
        Map<String, Double> subjA = KeyTerms.weightedStems(a.subject());
        Map<String, Double> subjB = KeyTerms.weightedStems(b.subject());
        if (!subjA.isEmpty() && !subjB.isEmpty()) {
            boolean shareSignificant = subjA.keySet().stream()
                    .anyMatch(s -> subjB.containsKey(s) && KeyTerms.significant(s));
            if (!shareSignificant) {
                return 0.0;
            }
            double subject = KeyTerms.dice(subjA.keySet(), subjB.keySet());
            ctxA.keySet().removeAll(subjA.keySet());
            ctxA.keySet().removeAll(subjB.keySet());
            ctxB.keySet().removeAll(subjA.keySet());
            ctxB.keySet().removeAll(subjB.keySet());
            return SUBJECT_WEIGHT * subject + (1 - SUBJECT_WEIGHT) * overlap(ctxA, ctxB);
        }
        Map<String, Double> bagA = new HashMap<>(ctxA);
        subjA.forEach(bagA::putIfAbsent);
        Map<String, Double> bagB = new HashMap<>(ctxB);
        subjB.forEach(bagB::putIfAbsent);
        return overlap(bagA, bagB);
    }

    /**
     * How much two facts' sentences say they are about the same thing, counted from anchors that survive
     * translation as well as words that do not:
     * <pre>
     *   local   = significant stems shared by the two facts' local windows (subject plus up to
     *             {@value #LOCAL_WORDS} content words either side of the value, not across ; or :)
     *   numbers = other numbers shared by the two sentences (a year counts {@value #YEAR_WEIGHT})
     *   words   = other significant stems shared by the two sentences
     *   score   = local + numbers + {@value #SENTENCE_WORD_WEIGHT} * words
     * </pre>
     * Stems match across languages by {@link KeyTerms#stemsMatch}. Symmetric in its two arguments.
     */
    public SubjectEvidence evidence(Fact a, Fact b) {
        Set<String> localA = local(a);
        Set<String> localB = local(b);
        List<String> localShared = shared(localA, localB);
        int local = localShared.size();
        List<KeyTerms.Token> ctxA = KeyTerms.tokens(context(a));
        List<KeyTerms.Token> ctxB = KeyTerms.tokens(context(b));
        Set<String> numbersA = numbers(ctxA);
        Set<String> numbersB = numbers(ctxB);
        double numbers = 0;
        int figures = 0;
        List<String> numbersShared = new java.util.ArrayList<>();
        for (String n : numbersA) {
            if (numbersB.contains(n)) {
                numbersShared.add(n);
                numbers += isYear(n) ? YEAR_WEIGHT : 1.0;
                figures += isYear(n) ? 0 : 1;
            }
        }
        Set<String> wordsA = words(ctxA);
        Set<String> wordsB = words(ctxB);
        wordsA.removeIf(w -> localA.stream().anyMatch(l -> KeyTerms.stemsMatch(l, w))
                && localB.stream().anyMatch(l -> KeyTerms.stemsMatch(l, w)));
        int words = countShared(wordsA, wordsB);
        return new SubjectEvidence(local, numbers, figures, words, local + numbers + SENTENCE_WORD_WEIGHT * words,
                localShared, numbersShared);
    }

    /**
     * Whether two figures count the same kind of thing as far as their subjects tell: true when either subject is
     * unknown, else when the subjects' first words (the counted unit right after the figure) are the same word
     * ("5220 maktabga optik" and "12 ming km optik" count schools and kilometres).
     */
    static boolean countedAlike(Fact a, Fact b) {
        String ha = head(a.subject());
        String hb = head(b.subject());
        return ha.isEmpty() || hb.isEmpty() || KeyTerms.stemsMatch(ha, hb) || ha.startsWith(hb) || hb.startsWith(ha);
    }

    /**
     * Whether two figures count the same thing as far as their subjects tell: when both are known, their first words
     * (the counted unit) alike ({@link #countedAlike}) and two words in common, or the one word of a one-word subject
     * ("kilometers of fiber-optic lines" / "km optik tolali", "kilometers" / "km optik tolali"). A contradiction asks
     * this much: a first word alike says little when it is
     * a modifier ("digital transformation projects" / "digital training centres"), and a shared word says little
     * when it is generic ("universitetda masofaviy ta'lim" / "oliy ta'lim": universities, institutions).
     */
    static boolean countedSame(Fact a, Fact b) {
        List<String> sa = subjectWords(a.subject());
        List<String> sb = subjectWords(b.subject());
        if (sa.isEmpty() || sb.isEmpty()) {
            return countedAlike(a, b); // nothing to compare: the words near both values decide
        }
        List<String> shorter = sa.size() <= sb.size() ? sa : sb;
        List<String> longer = shorter == sa ? sb : sa;
        long shared = shorter.stream().filter(x -> longer.stream().anyMatch(y -> KeyTerms.stemsMatch(x, y))).count();
        return countedAlike(a, b) && shared >= Math.min(2, shorter.size());
    }

    private static List<String> subjectWords(String subject) {
        return KeyTerms.tokens(subject).stream().filter(t -> !t.isNumber() && KeyTerms.significant(t.stem()))
                .map(KeyTerms.Token::stem).distinct().toList();
    }

    private static String head(String subject) {
        for (KeyTerms.Token t : KeyTerms.tokens(subject)) {
            if (!t.isNumber()) {
                return t.stem();
            }
        }
        return "";
    }

    /** Significant stems near the fact's value, and of its subject. */
    static Set<String> local(Fact f) {
        Set<String> out = new LinkedHashSet<>();
        for (KeyTerms.Token t : KeyTerms.tokens(f.subject())) {
            if (!t.isNumber() && KeyTerms.significant(t.stem())) {
                out.add(t.stem());
            }
        }
        String sentence = f.sentenceText();
        int from = f.span().start() - f.sentence().start();
        int to = f.span().end() - f.sentence().start();
        if (from < 0 || to > sentence.length() || from > to || !sentence.substring(from, to).equals(f.text())) {
            from = f.text().isEmpty() ? -1 : sentence.indexOf(f.text());
            if (from < 0) {
                return out;
            }
            to = from + f.text().length();
        }
        List<KeyTerms.Token> tokens = KeyTerms.tokens(sentence);
        int left = -1;
        int right = tokens.size();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() <= from) {
                left = i;
            } else if (tokens.get(i).start() >= to && right == tokens.size()) {
                right = i;
            }
        }
        collect(tokens, sentence, left, -1, from, out);
        collect(tokens, sentence, right, 1, to, out);
        return out;
    }

    /** Up to LOCAL_WORDS content stems from index {@code i} in direction {@code step}, stopping at ; or :. */
    private static void collect(List<KeyTerms.Token> tokens, String sentence, int i, int step, int edge,
                                Set<String> out) {
        int taken = 0;
        int boundary = edge;
        for (; i >= 0 && i < tokens.size() && taken < LOCAL_WORDS; i += step) {
            KeyTerms.Token t = tokens.get(i);
            String gap = step < 0 ? sentence.substring(Math.min(t.end(), boundary), boundary)
                    : sentence.substring(boundary, Math.max(boundary, t.start()));
            if (CLAUSE_STOP.matcher(gap).find()) {
                return;
            }
            boundary = step < 0 ? t.start() : t.end();
            if (t.isNumber()) {
                continue;
            }
            taken++;
            if (KeyTerms.significant(t.stem())) {
                out.add(t.stem());
            }
        }
    }

    /**
     * Significant words (not numbers) that the two facts' own clauses ({@link Verifier#clauseText}: the sentence
     * between semicolons or list bullets) both state, the facts' own text left out. Counted once per word of
     * {@code a}'s clause.
     */
    static int clauseWords(Fact a, Fact b) {
        return countShared(clauseStems(a), clauseStems(b));
    }

    private static Set<String> clauseStems(Fact f) {
        String clause = Verifier.clauseText(f);
        int at = f.text().isEmpty() ? -1 : clause.indexOf(f.text());
        if (at >= 0) {
            clause = clause.substring(0, at) + " " + clause.substring(at + f.text().length());
        }
        return words(KeyTerms.tokens(clause));
    }

    private static List<String> shared(Set<String> a, Set<String> b) {
        List<String> out = new java.util.ArrayList<>();
        for (String x : a) {
            if (b.stream().anyMatch(y -> KeyTerms.stemsMatch(x, y))) {
                out.add(x);
            }
        }
        return out;
    }

    private static int countShared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String x : a) {
            if (b.stream().anyMatch(y -> KeyTerms.stemsMatch(x, y))) {
                n++;
            }
        }
        return n;
    }

    private static Set<String> numbers(List<KeyTerms.Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        tokens.stream().filter(KeyTerms.Token::isNumber).forEach(t -> out.add(t.stem()));
        return out;
    }

    private static Set<String> words(List<KeyTerms.Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        tokens.stream().filter(t -> !t.isNumber() && KeyTerms.significant(t.stem())).forEach(t -> out.add(t.stem()));
        return out;
    }

    private static boolean isYear(String n) {
        return YEAR.matcher(n).matches();
    }

    /** The fact's sentence with the fact's own surface text cut out, so that the value is not its own evidence. */
    static String context(Fact f) {
        String sentence = f.sentenceText();
        int from = f.span().start() - f.sentence().start();
        int to = f.span().end() - f.sentence().start();
        if (from >= 0 && to <= sentence.length() && from <= to && sentence.substring(from, to).equals(f.text())) {
            return sentence.substring(0, from) + " " + sentence.substring(to);
        }
        int at = f.text().isEmpty() ? -1 : sentence.indexOf(f.text());
        return at < 0 ? sentence : sentence.substring(0, at) + " " + sentence.substring(at + f.text().length());
    }

    private static double overlap(Map<String, Double> a, Map<String, Double> b) {
        double common = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) {
                common += Math.min(w, e.getValue());
            }
        }
        double denominator = Math.max(OVERLAP_FLOOR, Math.min(sum(a), sum(b)));
        return Math.min(1.0, common / denominator);
    }

    private static double sum(Map<String, Double> m) {
        return m.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static boolean isNamed(FactType t) {
        return t == FactType.ACT || t == FactType.PROGRAM;
    }

}
