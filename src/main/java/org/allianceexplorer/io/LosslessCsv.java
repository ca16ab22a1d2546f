package org.allianceexplorer.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes CSV that reads back exactly ({@link CsvReader} with {@link SafeCsv#restore}) and is still safe
 * to open in a spreadsheet: comma separated, {@code \n} line ends, a cell quoted when it holds a comma,
 * quote or line break or begins or ends with a space; formula-like text protected reversibly
 * ({@link SafeCsv#protect}); no value is an empty cell and an empty text is {@code ""}.
 */
public final class LosslessCsv implements Closeable {

    private final Writer out;
    private final StringBuilder line = new StringBuilder(512);
    private boolean first = true;

    public LosslessCsv(Writer out) {
        this.out = out;
    }

    /** Writes a header row. */
    public void header(String... names) throws IOException {
        for (String n : names) {
            text(n);
        }
        endRow();
    }

    /** A text cell; {@code null} is no value. */
    public LosslessCsv text(String v) {
        separate();
        if (v == null) {
            return this;
        }
        if (v.isEmpty()) {
            line.append("\"\"");
            return this;
        }
        quote(SafeCsv.protect(v));
        return this;
    }

    /** A number cell. */
    public LosslessCsv number(long v) {
        separate();
        line.append(v);
        return this;
    }

    /** A number cell; {@code null} is no value. */
    public LosslessCsv number(Number v) {
        separate();
        if (v != null) {
            line.append(v.longValue());
        }
        return this;
    }

    public void endRow() throws IOException {
        line.append('\n');
        first = true;
        if (line.length() >= 8192) {
            out.append(line);
            line.setLength(0);
        }
    }

    private void separate() {
        if (!first) {
            line.append(',');
        }
        first = false;
    }

    private void quote(String v) {
        boolean needs = Character.isWhitespace(v.charAt(0)) || Character.isWhitespace(v.charAt(v.length() - 1));
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

    public void flush() throws IOException {
        out.append(line);
        line.setLength(0);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }
}
