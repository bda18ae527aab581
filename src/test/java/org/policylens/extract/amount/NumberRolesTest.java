package org.policylens.extract.amount;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policylens.extract.Candidate;
import org.policylens.extract.Texts;
import org.policylens.model.Language;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Digits that are codes, links, labels, headings or markers give no figure; the figures beside them still do. */
class NumberRolesTest {
    private final AmountFinder finder = new AmountFinder();

    private String figures(String text, String language) {
        List<Candidate> found = finder.find(Texts.annotated(text.replace("\\n", "\n"), Language.fromCode(language)));
        return found.stream().map(c -> c.type() + " " + c.value().normalized()).collect(Collectors.joining(", "));
    }

    /** text ({@code \n} a line break) | language | the figures found. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "See GAO-13-524 and M-21-07; 40 agencies replied." | en | NUMBER 40
            "См. GAO-13-524 и M-21-07; ответили 40 ведомств." | ru | NUMBER 40
            "GAO-13-524 va M-21-07 ga qarang; 40 ta idora javob berdi." | uz-Latn | NUMBER 40
            "GAO-13-524 ва M-21-07 га қаранг; 40 та идора жавоб берди." | uz-Cyrl | NUMBER 40
            "https://lex.uz/docs/-6257288 and 12 regions" | en | NUMBER 12
            "files/FY%202020%20FISMA.pdf names 3 metrics" | en | NUMBER 3
            "filed at 2019-04-10T08:21:14-0400 for 12 states" | en | NUMBER 12
            "Step 1: Identify 30 needs" | en | NUMBER 30
            "Question 2: What do 15 vendors sell?" | en | NUMBER 15
            "Вопрос 2: сколько стоит 15 услуг?" | ru | NUMBER 15
            "Soat 22-00 dan 6-00 gacha 7 soat ishlanadi" | uz-Latn | NUMBER 7
            "Соат 22-00 дан 6-00 гача 7 соат ишланади" | uz-Cyrl | NUMBER 7
            "Chief Financial Officers Act (1990)181 The CFO Act gave 24 agencies" | en | NUMBER 24
            "Intro.\\n1.1 Determine Scope\\nThe 12 agencies" | en | NUMBER 12
            "Intro.\\n2.3 Закон о бюджете\\nВсего 12 ведомств" | ru | NUMBER 12
            "Intro.\\n3 Rost, P. et al.\\nsome 12 agencies" | en | NUMBER 12
            "text\\n12853\\nthe 4 agencies" | en | NUMBER 4
            "mazkur Nizomning 8 va 9-bandlarida 5 nafar kadr" | uz-Latn | NUMBER 5
            "Kodeks 396, 417-moddalari bo'yicha 5 nafar xodim" | uz-Latn | NUMBER 5
            "мазкур Низомнинг 8 ва 9-бандларида 5 нафар кадр" | uz-Cyrl | NUMBER 5
            "implement zero trust in 3 agencies" | en | NUMBER 3
            "2-§. Ish vaqti 40 soat" | uz-Latn | NUMBER 40
            "ranged from 24 to 66 percent" | en | PERCENT 24, PERCENT 66
            "от 24 до 66 процентов" | ru | PERCENT 24, PERCENT 66
            "24 dan 66 foizgacha" | uz-Latn | PERCENT 24, PERCENT 66
            "24 дан 66 фоизгача" | uz-Cyrl | PERCENT 24, PERCENT 66
            "the 12 regions and 5 agencies" | en | NUMBER 12, NUMBER 5
            "12 regions joined" | en | NUMBER 12
            "Call (202) 395-3000 or 202-395-3000 or 202.395.3000 about 12 grants" | en | NUMBER 12
            "US GPO, Washington, DC 20401; 7 copies" | en | NUMBER 7
            "Office of Management and Budget, Washington, DC 20503-0001, for 7 agencies" | en | NUMBER 7
            "In remarks on April 12, the President named 5 priorities" | en | NUMBER 5
            "On May 3 and June 14th the 9 agencies met" | en | NUMBER 9
            "In May 30 agencies reported" | en | NUMBER 30
            "Under FAR 11.002 (g), agencies sign 14 contracts" | en | NUMBER 14
            "FIPS 140-2 applies to 3 to 5 modules" | en | NUMBER 3, NUMBER 5
            "NIST SP 800-53 Rev. 4 lists 20 control families" | en | NUMBER 20
            "Goal 3 and Objective 2.1 and Recommendation 4 cover 6 agencies" | en | NUMBER 6
            "Цель 4 ЦУР охватывает 6 регионов" | ru | NUMBER 6
            "44 U.S.C. § 3506 names 6 duties" | en | NUMBER 6
            """)
    void onlyTheFiguresAreFound(String text, String language, String expected) {
        assertEquals(expected, figures(text, language));
    }
}
