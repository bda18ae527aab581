package org.policylens.verify;

import org.policylens.model.Fact;
import org.policylens.model.FactType;

import java.util.HashMap;
import java.util.Map;


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
