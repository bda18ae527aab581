package org.policylens.lang;

import org.policylens.model.Language;

/** Kazakh in the Cyrillic alphabet. */
final class KazakhCyrillic {
    static final Vocabulary VOCABULARY = Vocabulary.of(Language.KK)
            // маусым is June, not the Russian ма- of May
            .monthStems("қаң", "ақп", "наур", "сәу", "мамыр", "маус", "шілд|шiлд", "тамыз", "қырк", "қазан", "қараш",
                    "желт")
            .build();

    private KazakhCyrillic() {
    }
}
