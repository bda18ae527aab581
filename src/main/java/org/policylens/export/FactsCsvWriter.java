package org.policylens.export;

import org.apache.commons.csv.CSVPrinter;
import org.policylens.model.Fact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The facts CSV of the contract: RFC 4180 (CRLF, quotes only where needed) with the header
 * {@code document,type,text,value,unit,qualifier,date,subject,start,end,sentence}. With {@code excel} the
 * file starts with a byte-order mark and formula-like cells are guarded ({@link ExcelCells}).
 */
public final class FactsCsvWriter implements FactExporter {
    private final boolean excel;

    public FactsCsvWriter(boolean excel) {
        this.excel = excel;
    }

    public static List<String> header() {
        return FactColumns.HEADER;
    }

    @Override
    public FactSink open(Writer out) throws IOException {
        CSVPrinter printer = Csv.open(out, FactColumns.HEADER, excel);
        return new FactSink() {
            @Override
            public void accept(Fact fact) {
                try {
                    Csv.row(printer, FactColumns.cells(fact), excel);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() throws IOException {
                printer.flush();
            }
        };
    }
}
