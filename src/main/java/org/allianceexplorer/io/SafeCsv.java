package org.allianceexplorer.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes tables as RFC 4180 CSV (header row, quotes where needed) whose text cells are safe to open in a
 * spreadsheet: a cell that begins with {@code = + - @}, a tab or a carriage return is prefixed with an
 * apostrophe, so Excel, LibreOffice and Google Sheets show it as text instead of running it as a formula.
 */
public final class SafeCsv<T> implements AutoCloseable {

    private final CSVPrinter printer;
    private final List<Column<T>> columns;
    private final Object[] cells;

    public SafeCsv(Writer out, List<Column<T>> columns) throws IOException {
        this.columns = List.copyOf(columns);
        this.cells = new Object[columns.size()];
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        printer.printRecord(columns.stream().map(Column::name).toList());
    }

    public void write(T row) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            Column<T> c = columns.get(i);
            String v = c.cell(row);
            cells[i] = c.numeric() ? v : neutralise(v);
        }
        printer.printRecord(cells);
    }

    /** The text a spreadsheet will not evaluate: formula-like text gets a leading apostrophe. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }

    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
