package org.policylens.extract.act;

import org.policylens.lang.NumberSigns;
import org.policylens.annotate.MatchingView;
import org.policylens.lang.Vocabularies;
import org.policylens.lang.Vocabulary;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Canonical act ids, the same in every language and script (see {@code models/README.md}):
 * {@code PF-<n>} presidential decree, {@code PQ-<n>} presidential resolution, {@code VMQ-<n>} Cabinet of
 * Ministers resolution, {@code ORQ-<n>} law of Uzbekistan (pre-2017 laws keep their convocation:
 * {@code ORQ-279-I}); {@code KZ-UKAZ-<n>}, {@code KZ-LAW-<n>},
 * {@code KZ-PP-<n>} (government postanovlenie) for Kazakhstan; {@code EO-<n>}, {@code PL-<congress>-<n>}, {@code HR-<n>},
 * {@code S-<n>} for the United States.
 */
public final class ActIds {
    /** Uzbek series prefixes in every script and transliteration, uppercased, apostrophes removed (vocabularies' act series). */
    static final Map<String, String> UZ_PREFIXES = Vocabularies.ALL.stream().flatMap(v -> v.actSeries().stream())
            .collect(Collectors.toMap(s -> s.type().replace("'", ""), Vocabulary.ActType::series, (a, b) -> a));

    /** The prefix alternation for regexes over the matching view (apostrophe already unified to '). */
    static final String UZ_PREFIX_REGEX = Vocabularies.ALL.stream().flatMap(v -> v.actSeries().stream())
            .map(Vocabulary.ActType::type).collect(Collectors.joining("|"));
    /** The word glued to an act's number that says "numbered" ({@code -son}, {@code -сон}), any language. */
    static final String NUMBERED = Vocabularies.union(Vocabulary::actNumberSuffixes);

    private static final Pattern BARE = Pattern.compile(
            "(?:" + NumberSigns.ANY + ")?\\s*(" + UZ_PREFIX_REGEX + ")\\s?[-–—]\\s?(\\d{1,5})(?:\\s?-?\\s?(?:" + NUMBERED + ")\\p{L}*)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CANONICAL_OTHER = Pattern.compile(
            "(KZ-(?:UKAZ|LAW|PP)-\\d{1,6}|ORQ-\\d{1,5}-[IVX]{1,4}|EO-\\d{3,6}|PL-\\d{1,3}-\\d{1,4}|HR-\\d{1,5}|S-\\d{1,5})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EXECUTIVE_ORDER = Pattern.compile(
            "(?:" + Vocabularies.ENGLISH.actKinds().get("executiveOrder") + ")\\s*(?:" + NumberSigns.ABBREVIATION
                    + "\\.?\\s*)?(\\d{3,6})", Pattern.CASE_INSENSITIVE);
    private static final Pattern PUBLIC_LAW = Pattern.compile(
            "(?:" + Vocabularies.ENGLISH.actKinds().get("publicLaw") + ")\\s*(?:" + NumberSigns.ABBREVIATION
                    + "[.:]?\\s*)?(\\d{1,3})\\s?[-–—]\\s{0,2}(\\d{1,4})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BILL = Pattern.compile("(H\\.\\s?R\\.|S\\.)\\s?(\\d{1,5})");

    private ActIds() {
    }

    /**
     * The canonical id of a bare act reference ({@code УП-6079}, {@code ПҚ-357-сон}, {@code O‘RQ-404},
     * {@code Executive Order 13658}, {@code Pub. L. 113-67}, or an already canonical id), or empty.
     */
    public static Optional<String> canonical(String surface) {
        if (surface == null || surface.isBlank() || surface.length() > 200) {
            return Optional.empty();
        }
        String s = MatchingView.of(surface.strip());
        Matcher m = BARE.matcher(s);
        if (m.matches()) {
            return uzbek(m.group(1), m.group(2));
        }
        m = CANONICAL_OTHER.matcher(s);
        if (m.matches()) {
            return Optional.of(s.toUpperCase(Locale.ROOT));
        }
        m = EXECUTIVE_ORDER.matcher(s);
        if (m.matches()) {
            return Optional.of("EO-" + number(m.group(1)));
        }
        m = PUBLIC_LAW.matcher(s);
        if (m.matches()) {
            return Optional.of("PL-" + number(m.group(1)) + "-" + number(m.group(2)));
        }
        m = BILL.matcher(s);
        if (m.matches()) {
            return Optional.of((m.group(1).startsWith("H") ? "HR-" : "S-") + number(m.group(2)));
        }
        return Optional.empty();
    }

    /** {@code PF-6079} from a prefix in any script and a number (leading zeros dropped). */
    static Optional<String> uzbek(String prefix, String digits) {
        String key = prefix.replace("'", "").toUpperCase(Locale.ROOT);
        String series = UZ_PREFIXES.get(key);
        if (series == null) {
            return Optional.empty();
        }
        String n = number(digits);
        return n.equals("0") ? Optional.empty() : Optional.of(series + "-" + n);
    }

    /** Digits without leading zeros ("0617" → "617"). */
    static String number(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }
}
