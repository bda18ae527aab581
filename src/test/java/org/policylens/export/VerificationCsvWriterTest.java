package org.policylens.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerificationCsvWriterTest {
    private static List<CSVRecord> rows(String csv) throws Exception {
        try (CSVParser p = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
            return p.getRecords();
        }
    }

    @Test
    void oneRowPerClaimWithTheContractColumns() throws Exception {
        StringWriter out = new StringWriter();
        new VerificationCsvWriter(false).write(ExportFixtures.report(), out);
        String csv = out.toString();
        assertTrue(csv.startsWith("claim_id,document,start,end,sentence,type,claimed_value,verdict,evidence_document,"
                + "evidence_text,evidence_value,score,reason\r\n"), csv);
        List<CSVRecord> rows = rows(csv);
        assertEquals(4, rows.size());
        assertEquals(List.of("C001", "corpus/a, b.txt", "16", "31",
                "Exports reached USD 140 million, \"a record\". =SUM(A1) <script>alert(1)</script>", "MONEY",
                "140000000", "SUPPORTED", "sources/uz report.pdf", "Exports: $140 mln <b>bold</b>", "140000000",
                "0.877", "values agree: 140000000 ~ 140000000; near both [export]"), rows.get(1).toList());
        assertEquals("claimed_value", rows.get(0).get(6));
        assertEquals("PF-6079@2020-10-05", rows.get(2).get(6));
        assertEquals("CONTRADICTED", rows.get(2).get(7));
        assertEquals("0.500", rows.get(2).get(11));
        assertEquals(List.of("NOT_FOUND", "", "", "", "0.000", "no source states a money like it"),
                rows.get(3).toList().subList(7, 13));
        assertEquals("PF-6079 adoption date differs: 2020-10-05 vs 2020-10-06", rows.get(2).get(12));
    }

    @Test
    void excelModeGuardsCells() throws Exception {
        StringWriter out = new StringWriter();
        new VerificationCsvWriter(true).write(ExportFixtures.report(), out);
        String csv = out.toString();
        assertEquals('\uFEFF', csv.charAt(0));
        List<CSVRecord> rows = rows(csv.substring(1));
        assertEquals("claim_id", rows.get(0).get(0));
        assertEquals("corpus/a, b.txt", rows.get(1).get(1));
    }
}
