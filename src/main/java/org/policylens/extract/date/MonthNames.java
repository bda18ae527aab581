package org.policylens.extract.date;

import org.policylens.lang.Vocabularies;

import static org.policylens.lang.Vocabularies.ENGLISH;
import static org.policylens.lang.Vocabularies.RUSSIAN;
import static org.policylens.lang.Vocabularies.UZBEK_CYRILLIC;
import static org.policylens.lang.Vocabularies.UZBEK_LATIN;

/**
 * The month-name patterns of the date forms, compiled from the {@link Vocabularies}: English, Russian (all cases),
 * Uzbek (Latin and Cyrillic, with case suffixes; Uzbek Cyrillic writes the Russian names) and Kazakh (both scripts,
 * with their suffixes).
 */
public final class MonthNames {
    /** English month names and dotted/short abbreviations. */
    static final String EN = "(?:" + ENGLISH.monthNames() + ")";

    /** Russian case forms and bare Uzbek Cyrillic names, without Uzbek suffixes (the month of {@code 10 январь 2019}). */
    static final String CYRL_BARE = "(?:" + RUSSIAN.monthNames() + ")";

    /** Russian month names in every case, and Uzbek Cyrillic names with their suffixes (январдаги, мартда). */
    static final String CYRL = CYRL_BARE + "(?:" + UZBEK_CYRILLIC.monthSuffixes() + ")?";

    /** Uzbek Cyrillic month stems that suffixes attach to ({@code январ-дан}, {@code декабр-га}). */
    static final String CYRL_STEM = "(?:" + UZBEK_CYRILLIC.monthNames() + ")";

    /** Uzbek Latin month names without suffixes. */
    static final String UZ_LATN_BARE = "(?:" + UZBEK_LATIN.monthNames() + ")";

    /** Uzbek Latin month names with their suffixes (yanvar, apreldagi, sentyabrda). */
    static final String UZ_LATN = UZ_LATN_BARE + "(?:" + UZBEK_LATIN.monthSuffixes() + ")?";

    /** Kazakh month names (Cyrillic and Latin) with their case suffixes (наурыздағы, qańtardaǵy). */
    static final String KK = "(?:" + Vocabularies.monthWords(Vocabularies.KAZAKH) + ")";

    /** Kazakh month names without suffixes (the dateline's {@code 17 Ақпан 2023}). */
    static final String KK_BARE = Vocabularies.alternatives(Vocabularies.KAZAKH,
            org.policylens.lang.Vocabulary::monthNames);

    /** Any month name, longest alternatives first. */
    public static final String ANY = "(?:" + UZ_LATN + "|" + CYRL + "|" + EN + "|" + KK + ")";

    private MonthNames() {
    }

    /** The month number (1-12) a matched month word names, or 0 when it is not a month. */
    public static int monthOf(String word) {
        return Vocabularies.monthOf(word);
    }
}
