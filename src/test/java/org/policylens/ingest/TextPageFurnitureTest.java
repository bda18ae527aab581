package org.policylens.ingest;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Running headers, footers and page numbers of plain text, in each language; numbered headings and repeated prose stay. */
class TextPageFurnitureTest {

    /** Three pages, the first body line on page 1, the second on page 2, …, each page closed by {@code footer(page)}. */
    private static List<String> pages(List<String> body, java.util.function.IntFunction<List<String>> footer) {
        List<String> lines = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            lines.add(body.get(page - 1));
            lines.addAll(footer.apply(page));
        }
        return lines;
    }

    private static List<String> furniture(List<String> lines) {
        boolean[] marked = TextPageFurniture.mark(lines);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (marked[i]) {
                out.add(lines.get(i));
            }
        }
        return out;
    }

    @Test
    void browserPrintHeaderAndCounterAreFurnitureInEveryLanguage() {
        List<List<String>> bodies = List.of(
                List.of("The agency shall report 2 times a year", "on the 40 programmes it funds", "in 12 regions."),
                List.of("Агентство представляет отчёт 2 раза в год", "о 40 программах", "в 12 регионах."),
                List.of("Agentlik yiliga 2 marta hisobot beradi", "va 40 ta dasturni", "12 ta viloyatda moliyalashtiradi."),
                List.of("Агентлик йилига 2 марта ҳисобот беради", "ва 40 та дастурни", "12 та вилоятда молиялаштиради."));
        for (List<String> body : bodies) {
            List<String> lines = pages(body, p -> List.of("7/11/26, 4:12 PM 28.10.2022. Oʻzbekiston Respublikasining Mehnat kodeksi",
                    "https://lex.uz/docs/-6257288 " + (67 + p) + "/189"));
            List<String> found = furniture(lines);
            assertEquals(6, found.size(), found.toString());
            assertFalse(found.stream().anyMatch(l -> l.contains("40")), found.toString());
        }
    }

    @Test
    void pageNumberLinesThatRiseAreFurniture() {
        List<String> lines = pages(List.of("Статья 1. Налог уплачивается до 25 числа", "месяца, следующего за отчётным,",
                        "в размере 12 процентов."),
                p -> List.of("- " + (p + 1) + " -"));
        assertEquals(List.of("- 2 -", "- 3 -", "- 4 -"), furniture(lines));
    }

    @Test
    void numberedHeadingsAndRepeatedProseStay() {
        List<String> lines = new ArrayList<>();
        for (int article = 182; article <= 186; article++) {
            lines.add(article + "-modda.");
            lines.add("Ish vaqti haftasiga 40 soatdan oshmasligi kerak.");
            lines.add("Ushbu modda rasmiy e'lon qilingan kundan kuchga kiradi.");
        }
        assertEquals(List.of(), furniture(lines));
        List<String> table = List.of("1", "250", "3", "250", "2", "250", "4", "12");
        assertEquals(List.of(), furniture(table)); // figures alone on lines that do not rise are a table, not page numbers
    }
}
