package org.policylens.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactsCsvWriterTest {
    private static List<CSVRecord> parse(String csv) throws Exception {
        try (CSVParser p = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
            return p.getRecords();
        }
    }

    @Test
    void headerIsExactAndCellsRoundTripThroughRfc4180() throws Exception {
        StringWriter out = new StringWriter();
        new FactsCsvWriter(false).write(List.of(ExportFixtures.money(), ExportFixtures.act()), out);
        String csv = out.toString();
        assertTrue(csv.startsWith("document,type,text,value,unit,qualifier,date,subject,start,end,sentence\r\n"), csv);
        List<CSVRecord> rows = parse(csv);
        assertEquals(3, rows.size());
        CSVRecord money = rows.get(1);
        assertEquals(List.of("corpus/a, b.txt", "MONEY", "USD 140 million", "140000000", "USD", "exact", "2022",
                "exports", "16", "31"), money.toList().subList(0, 10));
        // the sentence keeps its quotes and commas but loses its line break
        assertEquals("Exports reached USD 140 million, \"a record\". =SUM(A1) <script>alert(1)</script>", money.get(10));
        assertTrue(csv.contains("\"corpus/a, b.txt\""), "comma forces quoting");
        assertTrue(csv.contains("\"\"a record\"\""), "quotes are doubled");
        CSVRecord act = rows.get(2);
        assertEquals("PF-6079", act.get(3));
        assertEquals("2020-10-05", act.get(6));
        assertEquals("-negative title", act.get(7));
    }

    @Test
    void textWithALineBreakStaysInOneQuotedCell() throws Exception {
        var f = ExportFixtures.money();
        var multi = new org.policylens.model.Fact(f.document(), f.span(), "USD 140\nmillion", f.value(), f.qualifier(),
                f.when(), f.subject(), f.sentence(), f.sentenceText());
        StringWriter out = new StringWriter();
        new FactsCsvWriter(false).write(List.of(multi), out);
        assertEquals("USD 140\nmillion", parse(out.toString()).get(1).get(2));
    }

    @Test
    void excelModeWritesABomAndGuardsFormulaCells(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("facts.csv");
        new FactsCsvWriter(true).write(List.of(ExportFixtures.act()), file);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        CSVRecord row = parse(csv).get(1);
        assertEquals("'-negative title", row.get(7));
        assertEquals("article.txt", row.get(0));
        assertEquals("'=x", ExcelCells.guard("=x"));
        assertEquals("'+1", ExcelCells.guard("+1"));
        assertEquals("'@a", ExcelCells.guard("@a"));
        assertEquals("'\tx", ExcelCells.guard("\tx"));
        assertEquals("'\rx", ExcelCells.guard("\rx"));
        assertEquals("a=b", ExcelCells.guard("a=b"));
        assertEquals("", ExcelCells.guard(""));
    }

    @Test
    void withoutExcelThereIsNoBomAndNoGuard() throws Exception {
        StringWriter out = new StringWriter();
        new FactsCsvWriter(false).write(List.of(ExportFixtures.act()), out);
        assertTrue(out.toString().startsWith("document,"));
        assertEquals("-negative title", parse(out.toString()).get(1).get(7));
    }
}
