package org.policylens.verify;

import org.policylens.model.ActRef;
import org.policylens.model.Fact;

/** The value of a fact as reports print it: the normalized value, and for an act {@code <id>@<ISO date>} when dated. */
public final class ClaimedValues {
    private ClaimedValues() {
    }

    public static String format(Fact fact) {
        if (fact.value() instanceof ActRef act && fact.when().isPresent()) {
            return act.id() + "@" + fact.when().get().iso();
        }
        return fact.value().normalized();
    }
}
