package org.policylens.lang;

import org.policylens.model.Language;

/** Kazakh in the Latin alphabet. */
final class KazakhLatin {
    static final Vocabulary VOCABULARY = Vocabulary.of(Language.KK_LATN)
            .monthStems("qań|qañ", "aqp", "naur|naýr", "sáý|säu", "mamyr", "maus|maýs", "shild|şild", "tamyz", "qyrk",
                    "qazan", "qarash|qaraş", "jelt")
            .build();

    private KazakhLatin() {
    }
}
