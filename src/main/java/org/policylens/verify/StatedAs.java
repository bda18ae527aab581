package org.policylens.verify;

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
    private static final Pattern PLAN_WORDS = Pattern.compile("\\b(?:will|shall|plan\\p{L}*|target\\p{L}*|"
            + "is to|are to|expected|aims?|envisag\\p{L}*|provides? for|будет|будут|планир\\p{L}*|предусм\\p{L}*|"
            + "намеч\\p{L}*|должн\\p{L}*|rejalashtir\\p{L}*|режалаштир\\p{L}*|ko'zda tut\\p{L}*|кўзда тут\\p{L}*|"
            + "nazarda tut\\p{L}*|назарда тут\\p{L}*|\\p{L}+(?:il|l|in|n)sin|\\p{L}+(?:ил|л|ин|н)син|"
            // a decision setting a target is a plan, though its verb is past ("belgilandi", "was approved")
            + "set|approv\\p{L}*|decid\\p{L}*|утвержд\\p{L}*|решен\\p{L}*|belgila\\p{L}*|белгила\\p{L}*|"
            + "tasdiqla\\p{L}*|тасдиқла\\p{L}*)\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern RESULT_WORDS = Pattern.compile("\\b(?:was|were|has been|have been|had been|"
            + "было|были|был|была|\\p{L}+(?:il|in|l|n)di|\\p{L}+(?:ил|ин|л|н)ди|"
            // an Uzbek perfect participle ending the sentence is its finite verb: what has been done ("boshlangan")
            + "\\p{L}+(?:gan|ган)(?=\\s*[.!]?\\s*$))\\b", Pattern.UNICODE_CHARACTER_CLASS);

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
