package org.allianceexplorer.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes tables as RFC 4180 CSV (header row, quotes where needed; a lean writer: millions of rows) whose text cells are safe to open in a
 * spreadsheet: a cell that begins with {@code = + - @}, a tab or a carriage return is prefixed with an
 * apostrophe, so Excel, LibreOffice and Google Sheets show it as text instead of running it as a formula.
 */
public final class SafeCsv<T> implements AutoCloseable {

    private final Writer out;
    private final List<Column<T>> columns;
    private final StringBuilder line = new StringBuilder(256);

    public SafeCsv(Writer out, List<Column<T>> columns) throws IOException {
        this.out = out;
        this.columns = List.copyOf(columns);
        for (int i = 0; i < this.columns.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            quote(this.columns.get(i).name());
        }
        endLine();
    }

    public void write(T row) throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            Column<T> c = columns.get(i);
            String v = c.cell(row);
            if (i > 0) {
                line.append(',');
            }
            quote(c.numeric() ? v : neutralise(v));
        }
        endLine();
    }

    /** RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled. */
    private void quote(String v) {
        boolean needs = false;
        for (int i = 0; i < v.length() && !needs; i++) {
            char c = v.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!needs) {
            line.append(v);
            return;
        }
        line.append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
    }

    private void endLine() throws IOException {
        line.append('\n');
        out.append(line);
        line.setLength(0);
    }

    /** The text a spreadsheet will not evaluate: formula-like text gets a leading apostrophe. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }

    /**
     * The reversible form of {@link #neutralise}, for files that are read back (the interchange format):
     * text that begins with any number of apostrophes and then one of {@code = + - @}, a tab or a carriage
     * return gets one more apostrophe in front; {@link #restore} takes exactly that one off again. Other
     * text, including text that begins with an apostrophe followed by anything else, is left as it is.
     */
    public static String protect(String text) {
        return text != null && formulaLike(text) ? "'" + text : text;
    }

    /** Undoes {@link #protect}: {@code restore(protect(t))} is {@code t} for every text. */
    public static String restore(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && formulaLike(cell.substring(1))
                ? cell.substring(1)
                : cell;
    }

    /** Apostrophes, then a character that makes a spreadsheet evaluate the cell. */
    private static boolean formulaLike(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        if (i == text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.flush();
        out.close();
    }
}
