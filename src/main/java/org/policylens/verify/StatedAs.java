package org.policylens.verify;

import org.policylens.lang.Vocabularies;
import org.policylens.model.Fact;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a figure is stated as a {@link #PLAN} (a target, an order, a forecast: "will be laid", "shall be", "is
 * planned", "будет проложено", "yotqizilsin", "rejalashtirilgan") or as a {@link #RESULT} (what was done: "were
 * laid", "has been built", "было построено", "amalga oshirildi", "qurildi"), read from the clause that states it.
 * A result and a plan are different facts even with the same number: "more than 10 thousand km built in the first
 * half" neither confirms nor refutes "lay 12 thousand km in 2020". {@link #UNKNOWN} when the clause says neither or
 * both (a decision in the past tense setting a target, "belgilandi", "was approved", says both), which agrees with
 * either.
 */
enum StatedAs {
    PLAN, RESULT, UNKNOWN;

    private static final String CLAUSE_END = ";•·▪●➖";
    /** The words of a plan in every language (their vocabularies' figure cues). */
    private static final Pattern PLAN_WORDS = Pattern.compile("\\b"
            + Vocabularies.alternatives(v -> v.figureCues().planWords()) + "\\b", Pattern.UNICODE_CHARACTER_CLASS);
    /** The words of a result, and a perfect participle ending the sentence: its finite verb ("boshlangan"). */
    private static final Pattern RESULT_WORDS = Pattern.compile("\\b(?:"
            + Vocabularies.union(v -> v.figureCues().doneWords()) + "|\\p{L}+"
            + Vocabularies.alternatives(v -> v.figureCues().perfectEndings()) + "(?=\\s*[.!]?\\s*$))\\b",
            Pattern.UNICODE_CHARACTER_CLASS);

    static StatedAs of(Fact f) {
        String clause = clause(f).toLowerCase(Locale.ROOT).replace('ʻ', '\'').replace('’', '\'').replace('‘', '\'');
        boolean plan = PLAN_WORDS.matcher(clause).find();
        boolean result = RESULT_WORDS.matcher(clause).find();
        return plan == result ? UNKNOWN : plan ? PLAN : RESULT;
    }

    /** A plan against a result: two different facts, whatever their numbers. */
    static boolean differ(Fact a, Fact b) {
        StatedAs sa = of(a);
        StatedAs sb = of(b);
        return sa != UNKNOWN && sb != UNKNOWN && sa != sb;
    }

    /** The part of the fact's sentence between the clause ends (semicolons, list bullets) around it. */
    private static String clause(Fact f) {
        String sentence = f.sentenceText();
        int at = f.span().start() - f.sentence().start();
        if (at < 0 || at > sentence.length()) {
            at = Math.max(0, f.text().isEmpty() ? 0 : sentence.indexOf(f.text()));
        }
        int from = at;
        while (from > 0 && CLAUSE_END.indexOf(sentence.charAt(from - 1)) < 0) {
            from--;
        }
        int to = at;
        while (to < sentence.length() && CLAUSE_END.indexOf(sentence.charAt(to)) < 0) {
            to++;
        }
        return sentence.substring(from, to);
    }
}
