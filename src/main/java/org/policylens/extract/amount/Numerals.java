package org.policylens.extract.amount;

import java.math.BigDecimal;

/**
 * Reads a run of digits with grouping and decimal separators into a number. English uses {@code ,} to group
 * and {@code .} as decimal point; Russian and Uzbek (and other Cyrillic-script languages) group with space or
 * {@code .} and use a decimal comma. A single separator followed by exactly three digits is a grouping
 * separator unless a scale word follows ({@code 1,170 млн} is 1.17 million).
 */
public final class Numerals {
    /** Longer digit strings are identifiers or noise, and parsing them would cost quadratic time. */
    static final int MAX_DIGITS = 24;

    private Numerals() {
    }

    /**
     * @param raw          digits and separators as matched (space, {@code ,} and {@code .} only)
     * @param decimalComma whether the language writes a decimal comma
     * @param scaled       whether a scale word (million, млн, ...) follows
     * @return the value, or {@code null} when {@code raw} is not a well-formed number
     */
    public static BigDecimal parse(CharSequence raw, boolean decimalComma, boolean scaled) {
        int n = raw.length();
        int digits = 0;
        int commas = 0;
        int dots = 0;
        int spaces = 0;
        int lastComma = -1;
        int lastDot = -1;
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == ',') {
                commas++;
                lastComma = i;
            } else if (c == '.') {
                dots++;
                lastDot = i;
            } else if (c == ' ') {
                spaces++;
            } else {
                return null;
            }
        }
        if (digits == 0 || digits > MAX_DIGITS) {
            return null;
        }
        int decimalAt;
        if (commas > 0 && dots > 0) {
            decimalAt = Math.max(lastComma, lastDot);
            char dec = raw.charAt(decimalAt);
            if ((dec == ',' ? commas : dots) > 1) {
                return null;
            }
        } else if (commas + dots == 0) {
            decimalAt = -1;
        } else {
            int count = commas + dots;
            int last = commas > 0 ? lastComma : lastDot;
            boolean comma = commas > 0;
            boolean threeAfter = n - last - 1 == 3;
            if (count > 1) {
                decimalAt = -1;             // 2,503,060 or 2.503.060: grouping only
            } else if (!threeAfter) {
                decimalAt = last;           // 6,5 / 2.5 / 1.17
            } else if (comma && !decimalComma) {
                decimalAt = -1;             // English 161,295
            } else if (!decimalComma) {
                decimalAt = last;           // English 1.170
            } else {
                decimalAt = scaled ? last : -1; // Russian/Uzbek 161,295 people but 1,170 млн
            }
        }
        if (!groupsOfThree(raw, decimalAt)) {
            return null;
        }
        StringBuilder sb = new StringBuilder(digits + 1);
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            } else if (i == decimalAt) {
                sb.append('.');
            }
        }
        try {
            return new BigDecimal(sb.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Every grouping separator (any separator but the decimal mark) is followed by exactly three digits. */
    private static boolean groupsOfThree(CharSequence raw, int decimalAt) {
        int end = decimalAt < 0 ? raw.length() : decimalAt;
        int run = -1; // digits since the last grouping separator; -1 before the first one
        for (int i = 0; i < end; i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                if (run >= 0) {
                    run++;
                }
            } else {
                if (run >= 0 && run != 3 || i == 0) {
                    return false;
                }
                run = 0;
            }
        }
        return run < 0 || run == 3;
    }
}
