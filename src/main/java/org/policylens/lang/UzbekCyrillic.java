package org.policylens.lang;

import org.policylens.model.Language;

/** Uzbek in the Cyrillic alphabet; its month names are the Russian ones, with Uzbek suffixes. */
final class UzbekCyrillic {
    static final Vocabulary VOCABULARY = Vocabulary.of(Language.UZ_CYRL)
            .stopWords("ва билан учун бўйича минг млрд трлн фоиз ортиқ кам тахминан қадар гача ҳам эса бу у йил йили")
            .months("январ|феврал|март|апрел|май|июн|июл|август|сентябр|октябр|ноябр|декабр",
                    "даги|да|дан|гача|га|нинг|ни",
                    "янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")
            .yearWords("йил", "йил(?:нинг|и)?")
            .scale(3, "минг\\p{L}*+")
            .currency("usd", "АҚШ\\s++доллар\\p{L}*+")
            .currency("uzs", "сўм\\p{L}*+")
            .percentWords("фоиз\\p{L}*+")
            .qualifierBefore("atLeast", "камида|энг\\s++камида")
            .qualifierBefore("atMost", "кўпи\\s++билан")
            .qualifierBefore("approx", "тахминан|қарийб|деярли|салкам")
            .build();

    private UzbekCyrillic() {
    }
}
