package org.policylens.lang;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumberSignsTest {
    /** text | does a number sign open it: SIGN_OR_N (Russian, Kazakh acts) and ANY (any language). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            № 269 | true | true
            №269 | true | true
            N 1468 | true | true
            N1468 | true | true
            N A | false | true
            No. 17 | false | true
            no 17 | false | true
            # 5 | false | false
            """)
    void signsBeforeANumber(String text, boolean signOrN, boolean any) {
        assertEquals(signOrN, Pattern.compile("(?:" + NumberSigns.SIGN_OR_N + ")\\s*\\d").matcher(text).lookingAt());
        assertEquals(any, Pattern.compile("(?:" + NumberSigns.ANY + ")", Pattern.CASE_INSENSITIVE).matcher(text)
                .lookingAt());
    }

    @Test
    void theRussianVocabularyComposesItsSignsFromThem() {
        Pattern signs = Pattern.compile(Vocabularies.RUSSIAN.numberSigns());
        assertEquals(true, signs.matcher("№ 5").lookingAt());
        assertEquals(true, signs.matcher("N 5").lookingAt());
        assertEquals(false, signs.matcher("N A").lookingAt());
    }
}
