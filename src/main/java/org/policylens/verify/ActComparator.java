package org.policylens.verify;

import org.policylens.lang.LanguageIdentifier;
import org.policylens.model.ActRef;
import org.policylens.model.DateValue;
import org.policylens.model.Fact;
import org.policylens.model.Language;

import java.util.Set;

/**
 * Acts: another id is another act (incomparable). For the same id, a different adoption date contradicts,
 * and so does a clearly different title when both titles are given in the same language (titles in two
 * languages share too few words to judge, so they are not compared).
 */
final class ActComparator implements ValueComparator {
    static final ActComparator INSTANCE = new ActComparator();

    /** Below this Dice similarity of title stems two same-language titles name different acts. */
    static final double TITLE_MISMATCH = 0.2;
    private static final int MIN_TITLE_STEMS = 3;

    private ActComparator() {
    }

    @Override
    public Comparison compare(Fact a, Fact b) {
        if (!(a.value() instanceof ActRef ia) || !(b.value() instanceof ActRef ib)
                || !ia.id().equalsIgnoreCase(ib.id())) {
            return Comparison.incomparable("different acts");
        }
        if (a.when().isPresent() && b.when().isPresent()) {
            DateValue da = a.when().get();
            DateValue db = b.when().get();
            if (!da.overlaps(db)) {
                return Comparison.incompatible(0.0, ia.id() + " adoption date differs: " + da.iso() + " vs " + db.iso());
            }
        }
        String ta = a.subject().strip();
        String tb = b.subject().strip();
        if (!ta.isEmpty() && !tb.isEmpty()) {
            String la = language(ta);
            if (!la.isEmpty() && la.equals(language(tb))) {
                Set<String> sa = KeyTerms.weightedStems(ta).keySet();
                Set<String> sb = KeyTerms.weightedStems(tb).keySet();
                if (sa.size() >= MIN_TITLE_STEMS && sb.size() >= MIN_TITLE_STEMS) {
                    double dice = KeyTerms.dice(sa, sb);
                    if (dice < TITLE_MISMATCH) {
                        return Comparison.incompatible(dice, ia.id() + " title differs: \"" + ta + "\" vs \"" + tb + "\"");
                    }
                    return Comparison.compatible(0.5 + 0.5 * dice, "same act, similar title");
                }
            }
        }
        return Comparison.compatible(1.0, "same act");
    }

    /** The language of a title ({@link LanguageIdentifier#byScript}), or empty when unsure. */
    static String language(String title) {
        Language l = LanguageIdentifier.byScript(title);
        return l == Language.UNKNOWN ? "" : l.code();
    }
}
