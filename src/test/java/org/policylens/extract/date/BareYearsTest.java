package org.policylens.extract.date;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BareYearsTest {
    /** text with the year marked by the first 4-digit run | english | is it a date. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            From our 2000 survey we also know | true | true
            the World Development Report 2018 framework | true | true
            the report was published in March, 2019. | true | true
            the census counted 2020 households | true | false
            a total of 2020 people attended | true | false
            Section 2019 of the Act | true | false
            see No. 2014 of the register | true | false
            see № 2014 of the register | true | false
            see # 2014 of the register | true | false
            as printed at 1994 FR 7629 | true | false
            codified at 2001 U.S.C. 552 | true | false
            codified at 2001 U.S.C 552 | true | false
            codified at 2001 USC 552 | true | false
            enacted at 2011 Stat. 13 | true | false
            exports grew in 2019 U.S. dollar terms | true | true
            2000 3000 4000 | true | false
            15. A 2013 Report by the GAO summarized | true | true
            12. The 2020 households surveyed | true | false
            12 2020 4 | true | false
            отчёт опубликован в марте, 2019. | false | true
            опрошено 2020 человек | false | false
            """)
    void decides(String text, boolean english, boolean date) {
        int s = firstYear(text);
        assertEquals(date, BareYears.isDate(text, s, s + 4, english));
    }

    private static int firstYear(String text) {
        var m = java.util.regex.Pattern.compile("\\d{4}").matcher(text);
        return m.find() ? m.start() : -1;
    }
}
