package org.policylens.export;

/**
 * Spreadsheet safety for CSV cells: a cell starting with {@code = + - @}, tab or carriage return could be run
 * as a formula, so it gets a leading apostrophe, which spreadsheets show as text and do not print.
 */
public final class ExcelCells {
    /** The UTF-8 byte-order mark that makes Excel read the file as UTF-8. */
    public static final char BOM = '\uFEFF';

    private ExcelCells() {
    }

    public static String guard(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }
}
