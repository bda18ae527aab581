package org.policylens.eval;

import org.policylens.model.Fact;

/** A gold fact and the extracted fact counted as finding it (same type and normalized value). */
public record MatchedPair(GoldFact gold, Fact predicted) {
    public boolean qualifierAgrees() {
        return gold.qualifier() == predicted.qualifier();
    }

    public boolean dateAgrees() {
        return gold.date().equals(predicted.when());
    }
}
