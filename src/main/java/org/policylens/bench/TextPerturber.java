package org.policylens.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Perturbs the dates and figures of a paragraph so that sampled documents do not repeat the sources'
 * facts verbatim: every year moves by {@code yearShift}, every other number is multiplied by
 * {@code scale} keeping its shape (grouping, decimals). Numbers that are part of identifiers
 * (after {@code -}, {@code №} or {@code No.}) stay as they are, so act references keep resolving.
 */
public record TextPerturber(int yearShift, double scale) {

    private static final Pattern FIGURE = Pattern.compile(
            "(?<dmy>\\b(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<dy>(?:19|20)\\d\\d)\\b)"
                    + "|(?<iso>\\b(?<iy>(?:19|20)\\d\\d)-(?<im>\\d\\d)-(?<id>\\d\\d)\\b)"
                    + "|(?<year>\\b(?:19[5-9]\\d|20[0-4]\\d)\\b)"
                    + "|(?<grouped>\\b\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?\\b)"
                    + "|(?<decimal>\\b\\d+[.,]\\d+\\b)"
                    + "|(?<integer>\\b[1-9]\\d+\\b)");

    public TextPerturber {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be positive: " + scale);
        }
    }

    /** The paragraph with its figures perturbed. */
    public String apply(String text) {
        Matcher m = FIGURE.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (m.find()) {
            String replacement;
            if (isIdentifier(text, m.start())) {
                replacement = m.group();
            } else if (m.group("dmy") != null) {
                replacement = m.group("d") + "." + m.group("m") + "." + shiftYear(m.group("dy"));
            } else if (m.group("iso") != null) {
                replacement = shiftYear(m.group("iy")) + "-" + m.group("im") + "-" + m.group("id");
            } else if (m.group("year") != null) {
                replacement = shiftYear(m.group("year"));
            } else if (m.group("grouped") != null) {
                replacement = scaleGrouped(m.group("grouped"));
            } else if (m.group("decimal") != null) {
                replacement = scaleDecimal(m.group("decimal"));
            } else {
                replacement = scaled(new BigDecimal(m.group("integer")), 0).toPlainString();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean isIdentifier(String text, int start) {
        if (start == 0) {
            return false;
        }
        char before = text.charAt(start - 1);
        if (before == '-' || before == '№' || before == '/') {
            return true;
        }
        String head = text.substring(Math.max(0, start - 4), start);
        return head.endsWith("No. ") || head.endsWith("№ ") || head.endsWith("No ");
    }

    private String shiftYear(String year) {
        return Integer.toString(Integer.parseInt(year) + yearShift);
    }

    private String scaleGrouped(String grouped) {
        int dot = grouped.indexOf('.');
        int decimals = dot < 0 ? 0 : grouped.length() - dot - 1;
        BigDecimal value = scaled(new BigDecimal(grouped.replace(",", "")), decimals);
        return String.format(java.util.Locale.ROOT, "%,." + decimals + "f", value);
    }

    private String scaleDecimal(String decimal) {
        char separator = decimal.indexOf(',') >= 0 ? ',' : '.';
        int decimals = decimal.length() - decimal.indexOf(separator) - 1;
        String value = scaled(new BigDecimal(decimal.replace(',', '.')), decimals).toPlainString();
        return separator == ',' ? value.replace('.', ',') : value;
    }

    private BigDecimal scaled(BigDecimal value, int decimals) {
        BigDecimal result = value.multiply(BigDecimal.valueOf(scale)).setScale(decimals, RoundingMode.HALF_UP);
        return result.signum() == 0 ? BigDecimal.ONE.setScale(decimals) : result;
    }
}
