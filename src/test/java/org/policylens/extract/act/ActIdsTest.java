package org.policylens.extract.act;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ActIdsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "УП-6079|PF-6079", "ПФ-6079|PF-6079", "UP-6079|PF-6079", "PF-6079|PF-6079", "pf-6079|PF-6079",
            "ПП-357|PQ-357", "ПҚ-357|PQ-357", "PP-357|PQ-357", "PR-357|PQ-357", "RP-357|PQ-357", "PQ-357|PQ-357",
            "ЗРУ-404|ORQ-404", "ЎРҚ-404|ORQ-404", "O'RQ-404|ORQ-404", "OʻRQ-404|ORQ-404", "O‘RQ-404|ORQ-404",
            "ZRU-404|ORQ-404", "ВМҚ-17|VMQ-17", "ПКМ-17|VMQ-17", "ПKМ-17|VMQ-17", "№ УП-6079|PF-6079",
            "ПҚ-282-сон|PQ-282", "PF-6079-son|PF-6079", "УП–6079|PF-6079", "PF\u20116079|PF-6079", "PQ-0357|PQ-357",
            "Executive Order 13658|EO-13658", "Executive Order No. 13658|EO-13658", "E.O. 13658|EO-13658",
            "EO 13658|EO-13658", "Public Law 113-67|PL-113-67", "Pub. L. 113–67|PL-113-67", "P.L. 113-67|PL-113-67", "Public Law No: 104-106|PL-104-106",
            "H.R. 2740|HR-2740", "S. 1900|S-1900", "KZ-UKAZ-2367|KZ-UKAZ-2367", "kz-law-1468|KZ-LAW-1468",
            "ORQ-279-I|ORQ-279-I", " VMQ-617 |VMQ-617"})
    void canonicalizesEveryScriptAndTransliteration(String surface, String id) {
        assertEquals(Optional.of(id), ActIds.canonical(surface));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "6079", "PF", "XX-6079", "PF-", "Decree No. 17", "PF-6079 and PQ-357", "PQ-0"})
    void rejectsWhatIsNotABareId(String surface) {
        assertEquals(Optional.empty(), ActIds.canonical(surface));
    }

    @org.junit.jupiter.api.Test
    void nullIsEmpty() {
        assertEquals(Optional.empty(), ActIds.canonical(null));
    }
}
