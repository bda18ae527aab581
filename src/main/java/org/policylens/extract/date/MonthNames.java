package org.policylens.extract.date;

import java.util.Locale;

/** Month names in English, Russian (all cases) and Uzbek (Latin and Cyrillic, with case suffixes). */
public final class MonthNames {
    /** English month names and dotted/short abbreviations. */
    static final String EN = "(?:january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan\\.|feb\\.|mar\\.|apr\\.|jun\\.|jul\\.|aug\\.|sept?\\.|sept|oct\\.|nov\\.|dec\\.)";

    /** Russian month names in every case, and Uzbek Cyrillic names with their suffixes (январдаги, мартда). */
    static final String CYRL = "(?:(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ю|ём|ем)?"
            + "|(?:март|август)(?:а|е|у|ом)?|ма(?:й|я|е|ю|ем))"
            + "(?:даги|да|дан|гача|га|нинг|ни)?";

    /** Uzbek Latin month names with their suffixes (yanvar, apreldagi, sentyabrda). */
    static final String UZ_LATN = "(?:yanvar|fevral|mart|aprel|may|iyun|iyul|avgust|sentabr|sentyabr|oktabr|oktyabr"
            + "|noyabr|dekabr)(?:dagi|da|dan|gacha|ga|ning|ni)?";

    /** Russian case forms and bare Uzbek Cyrillic names, without Uzbek suffixes (the month of {@code 10 январь 2019}). */
    static final String CYRL_BARE = "(?:(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ю|ём|ем)?"
            + "|(?:март|август)(?:а|е|у|ом)?|ма(?:й|я|е|ю|ем))";

    /** Uzbek Cyrillic month stems that suffixes attach to ({@code январ-дан}, {@code декабр-га}). */
    static final String CYRL_STEM = "(?:январ|феврал|март|апрел|май|июн|июл|август|сентябр|октябр|ноябр|декабр)";

    /** Uzbek Latin month names without suffixes. */
    static final String UZ_LATN_BARE = "(?:yanvar|fevral|mart|aprel|may|iyun|iyul|avgust|sentabr|sentyabr|oktabr|oktyabr"
            + "|noyabr|dekabr)";

    /** Any month name, longest alternatives first. */
    public static final String ANY = "(?:" + UZ_LATN + "|" + CYRL + "|" + EN + ")";

    private MonthNames() {
    }

    /** The month number (1-12) a matched month word names, or 0 when it is not a month. */
    public static int monthOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 3) {
            return 0;
        }
        // Order matters: "мар" before "ма", "iyun"/"iyul" before the generic prefixes.
        if (w.startsWith("iyun") || w.startsWith("июн") || w.startsWith("jun")) {
            return 6;
        }
        if (w.startsWith("iyul") || w.startsWith("июл") || w.startsWith("jul")) {
            return 7;
        }
        if (w.startsWith("jan") || w.startsWith("yan") || w.startsWith("янв")) {
            return 1;
        }
        if (w.startsWith("feb") || w.startsWith("fev") || w.startsWith("фев")) {
            return 2;
        }
        if (w.startsWith("mar") || w.startsWith("мар")) {
            return 3;
        }
        if (w.startsWith("apr") || w.startsWith("апр")) {
            return 4;
        }
        if (w.startsWith("may") || w.startsWith("ма")) {
            return 5;
        }
        if (w.startsWith("aug") || w.startsWith("avg") || w.startsWith("авг")) {
            return 8;
        }
        if (w.startsWith("sep") || w.startsWith("sen") || w.startsWith("сен")) {
            return 9;
        }
        if (w.startsWith("oct") || w.startsWith("okt") || w.startsWith("окт")) {
            return 10;
        }
        if (w.startsWith("nov") || w.startsWith("noy") || w.startsWith("ноя")) {
            return 11;
        }
        if (w.startsWith("dec") || w.startsWith("dek") || w.startsWith("дек")) {
            return 12;
        }
        return 0;
    }
}
