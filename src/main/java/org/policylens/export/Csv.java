package org.policylens.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** The one CSV dialect of every policylens file: RFC 4180, header first, optional Excel safety. */
final class Csv {
    private Csv() {
    }

    static CSVPrinter open(Writer out, List<String> header, boolean excel) throws IOException {
        if (excel) {
            out.write(ExcelCells.BOM);
        }
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().get());
        row(printer, header, false);
        return printer;
    }

    static void row(CSVPrinter printer, List<String> cells, boolean excel) throws IOException {
        if (!excel) {
            printer.printRecord(cells);
            return;
        }
        List<String> safe = new ArrayList<>(cells.size());
        for (String c : cells) {
            safe.add(ExcelCells.guard(c));
        }
        printer.printRecord(safe);
    }
}
