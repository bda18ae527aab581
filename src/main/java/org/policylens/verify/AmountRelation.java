package org.policylens.verify;

import org.policylens.lang.Vocabularies;
import org.policylens.lang.Vocabulary.FigureCues;
import org.policylens.model.Fact;

import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What a stated figure is, read from the words around it: a {@link #CHANGE} ("a 60 percent increase", "increase by
 * 60%", "увеличить на 60%", "60 foizga oshirish", "2 baravarga", "в 2 раза") or a {@link #LEVEL} ("to 60%", "up to
 * 60%", "довести до 60%", "60 foizgacha", "60 foizga yetkazish"). A change and a level with the same number are
 * different facts (raising a share <em>by</em> 60 % is not raising it <em>to</em> 60 %): neither supports nor
 * contradicts the other. {@link #UNKNOWN} when the words say neither, which agrees with both.
 */
enum AmountRelation {
    CHANGE, LEVEL, UNKNOWN;

    private static final int REACH = 40;
    private static final String CHANGE_VERB = cues(FigureCues::changeStems);
    /** "increase(d) by", "cut by", "rise of" right before the figure; "на" after a Russian change verb. */
    private static final Pattern CHANGE_BEFORE = Pattern.compile(CHANGE_VERB + "\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}"
            + cues(FigureCues::changeBy) + "\\s*$", Pattern.UNICODE_CHARACTER_CLASS);
    /** "60 percent increase", "2-fold", "в 2 раза", "2 baravar", "60 foizga oshirish". */
    private static final Pattern CHANGE_AFTER = Pattern.compile("^[\\s\\-]*(?:%|"
            + Vocabularies.union(v -> v.figureCues().percentWords()) + ")?[\\s\\-]*(?:"
            + Vocabularies.union(v -> v.figureCues().changeAfter()) + "|" + cues(FigureCues::changeEndings) + "\\s+"
            + CHANGE_VERB + ")", Pattern.UNICODE_CHARACTER_CLASS);
    /** "to 60%", "up to", "до 60%", "достичь 60%". */
    private static final Pattern LEVEL_BEFORE = Pattern.compile("(?:^|[\\s(])" + cues(FigureCues::levelBefore)
            + "\\s*$", Pattern.UNICODE_CHARACTER_CLASS);
    /** "60 foizgacha", "60 фоизгача", "60 foizga yetkazish", "60 фоизга етказиш". */
    private static final Pattern LEVEL_AFTER = Pattern.compile("^[\\s\\-]*(?:%|"
            + Vocabularies.union(v -> v.figureCues().levelUnits()) + ")?\\s*" + cues(FigureCues::levelEndings),
            Pattern.UNICODE_CHARACTER_CLASS);

    /** The words {@code field} gives in every language, as one group. */
    private static String cues(Function<FigureCues, String> field) {
        return Vocabularies.alternatives(v -> field.apply(v.figureCues()));
    }

    static AmountRelation of(Fact f) {
        String sentence = f.sentenceText().toLowerCase(Locale.ROOT).replace('ʻ', '\'').replace('’', '\'')
                .replace('‘', '\'');
        int from = f.span().start() - f.sentence().start();
        int to = f.span().end() - f.sentence().start();
        if (from < 0 || to > sentence.length() || from > to) {
            from = f.text().isEmpty() ? -1 : sentence.indexOf(f.text().toLowerCase(Locale.ROOT));
            if (from < 0) {
                return UNKNOWN;
            }
            to = from + f.text().length();
        }
        // the value's own text may carry its suffix ("60 foizgacha", "2 baravarga"): read past its number, a
        // numeral or a number word ("ikki baravarga")
        String value = sentence.substring(from, to);
        int cut = 0;
        while (cut < value.length() && !Character.isLetter(value.charAt(cut))) {
            cut++;
        }
        if (cut == 0) {
            while (cut < value.length() && !Character.isWhitespace(value.charAt(cut))) {
                cut++;
            }
        }
        String before = sentence.substring(Math.max(0, from - REACH), from);
        String after = value.substring(cut) + sentence.substring(to, Math.min(sentence.length(), to + REACH));
        boolean change = CHANGE_BEFORE.matcher(before).find() || CHANGE_AFTER.matcher(after).find();
        boolean level = LEVEL_BEFORE.matcher(before).find() || LEVEL_AFTER.matcher(after).find();
        return change == level ? UNKNOWN : change ? CHANGE : LEVEL;
    }

    /** A change against a level: two different facts, whatever their numbers. */
    static boolean differ(Fact a, Fact b) {
        AmountRelation ra = of(a);
        AmountRelation rb = of(b);
        return ra != UNKNOWN && rb != UNKNOWN && ra != rb;
    }
}
