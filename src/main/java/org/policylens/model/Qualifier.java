package org.policylens.model;

import java.util.Locale;

/** How a stated value relates to the true one; {@link #code()} is the CSV spelling. */
public enum Qualifier {
    EXACT, APPROX, MORE_THAN, AT_LEAST, LESS_THAN, AT_MOST, BEFORE, UNTIL, AFTER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Qualifier fromCode(String code) {
        return code == null || code.isBlank() ? EXACT : valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
