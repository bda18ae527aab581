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
            "Agencies run Windows 10 on 40 desktops and Internet Explorer 11 on 12" | en | NUMBER 40, NUMBER 12
            "Agencies moved to Office 365 and Web 2.0 tools for 40 users" | en | NUMBER 40
            "SQL Server 2016 hosts 40 databases; Java 8 runs 12 apps" | en | NUMBER 40, NUMBER 12
            "The agencies bought 40 Windows laptops" | en | NUMBER 40
            "The Office 2 staff" | en | ""
            "staff in the 2210 series and the 0343 job series number 40 of 12 agencies" | en | NUMBER 12
            "the 2210 occupational series grew by 40 staff" | en | NUMBER 40
            "agencies ran 120 series of tests" | en | NUMBER 120
            "Increment 2 and Wave 3 delivered 40 apps in Sprint 4" | en | NUMBER 40
            "44 USC 3554 requires 40 plans from 12 agencies" | en | NUMBER 40, NUMBER 12
            "Contractors follow DFARS 252.204-7012 in 44 contracts" | en | NUMBER 44
            "The NIST Cybersecurity Framework 2.0 guides 52 agencies; the FITARA Scorecard 15.0, for 59" | en | NUMBER 52, NUMBER 59
            "Nearly 2.5 thousand staff and some 12 agencies" | en | NUMBER 2500, NUMBER 12
            "a Notice titled Spectrum Between 3.7 and 24 GHz for 12 agencies" | en | NUMBER 3.7, NUMBER 24, NUMBER 12
            "Agency Total 2.5 3.1\\nthe 12 agencies" | en | NUMBER 2.5, NUMBER 3.1, NUMBER 12
            "FIPS 140-2 applies to 3 to 5 modules" | en | NUMBER 3, NUMBER 5
            "NIST SP 800-53 Rev. 4 lists 20 control families" | en | NUMBER 20
            "Goal 3 and Objective 2.1 and Recommendation 4 cover 6 agencies" | en | NUMBER 6
            "Цель 4 ЦУР охватывает 6 регионов" | ru | NUMBER 6
            "44 U.S.C. § 3506 names 6 duties" | en | NUMBER 6
            "DHS Directive 142-02 covers 12 components" | en | NUMBER 12
            "Instruction 2210-01 and Bulletin 7 name 4 roles" | en | NUMBER 4
            "a Tier 3 N+1 design for 2 sites" | en | NUMBER 2
            "FIPS 199 categories and TIC 3.0 guidance, ISO 27001, for 5 systems" | en | NUMBER 5
            "DHS\n12 14 9" | en | NUMBER 12, NUMBER 14, NUMBER 9
            "USDA 14\nDOE 12" | en | NUMBER 14, NUMBER 12
            "Goal 2: Improve hiring of 300 staff" | en | NUMBER 300
            "Strategy 3.1: Recruit 40 specialists" | en | NUMBER 40
            "Principle 3 – Focus on 5 outcomes" | en | NUMBER 5
            "Шаг 2: Определите 15 услуг" | ru | NUMBER 15
            "In 2019: 60 agencies" | en | NUMBER 60
            "text\nPage 3 of 15\nthe 4 agencies" | en | NUMBER 4
            "text\nСтраница 3 из 15\nвсего 4 ведомства" | ru | NUMBER 4
            "text\nCIO Council | 5\nthe 4 agencies" | en | NUMBER 4
            "text\n8 | Federal CIO Council\nthe 4 agencies" | en | NUMBER 4
            "text\n- 7 -\nthe 4 agencies" | en | NUMBER 4
            "| 2020 | 145 |\n| 2021 | 150 |" | ru | NUMBER 145, NUMBER 150
            "See tables 3 and 4 and figures 2, 5, and 7 for 12 agencies" | en | NUMBER 12
            "In step 1, 30 agencies replied" | en | NUMBER 30
            "Savings.\n1 https://www.cio.gov/assets/workforce.pdf\nthe 4 agencies" | en | NUMBER 4
            "Purpose ........ 3 Background and Need ........ 4 Related Hearings ........ 12\nThe 6 hearings" | en | NUMBER 6
            "Jkt 059006 PO 00000 Frm 00009 Fmt 6659 Sfmt 6611 E:\\HR\\OC\\HR728.XXX; 3 votes" | en | NUMBER 3
            "the bill (S. 342) and H. Res. 12 passed with 22 votes" | en | NUMBER 22
            "The steps are: 1. Identify processes 2. Assess them 3. Scale 40 bots." | en | NUMBER 40
            "Agencies should: 1) plan; 2) build; 3) run 12 pilots." | en | NUMBER 12
            "Шаги: 1) план; 2) запуск 12 пилотов." | ru | NUMBER 12
            "The total was 12. The next 3. Then" | en | NUMBER 12, NUMBER 3
            "the 2019 RPA Community of Practice and 2000 agencies" | en | NUMBER 2000
            "Exhibit 53 and 300B list 7 items" | en | NUMBER 7
            """)
    void onlyTheFiguresAreFound(String text, String language, String expected) {
        assertEquals(expected, figures(text, language));
    }
}
