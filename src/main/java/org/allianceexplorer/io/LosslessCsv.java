package org.allianceexplorer.io;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes UTF-8 CSV that reads back exactly ({@link CsvReader} with {@link SafeCsv#restore}) and is still
 * safe to open in a spreadsheet: comma separated, {@code \n} line ends, a cell quoted when it holds a
 * comma, quote or line break or begins or ends with a space or tab; formula-like text protected reversibly
 * ({@link SafeCsv#protect}); no value is an empty cell and an empty text is {@code ""}.
 *
 * <p>It works on UTF-8 bytes, so text read from SQLite as bytes goes to the file without being decoded
 * and encoded again (every character the rules look at is ASCII, and no byte of a multi-byte UTF-8
 * character is ASCII); {@link #cell} prepares a cell once for values written many times (keys).
 */
public final class LosslessCsv implements Closeable {

    private final OutputStream out;
    private final byte[] buf;
    private int n;
    private boolean first = true;

    public LosslessCsv(OutputStream out) {
        this(out, 1 << 16);
    }

    private LosslessCsv(OutputStream out, int buffer) {
        this.out = out;
        this.buf = new byte[buffer];
    }

    /** Writes a header row. */
    public void header(String... names) throws IOException {
        for (String name : names) {
            text(name);
        }
        endRow();
    }

    /** A text cell; {@code null} is no value. */
    public LosslessCsv text(String v) throws IOException {
        return utf8(v == null ? null : v.getBytes(StandardCharsets.UTF_8));
    }

    /** A text cell given as UTF-8 bytes; {@code null} is no value. */
    public LosslessCsv utf8(byte[] v) throws IOException {
        separate();
        if (v != null) {
            escape(v);
        }
        return this;
    }

    /** A cell prepared by {@link #cell}; {@code null} is no value. */
    public LosslessCsv raw(byte[] cell) throws IOException {
        separate();
        if (cell != null) {
            put(cell, 0, cell.length);
        }
        return this;
    }

    /** A number cell. */
    public LosslessCsv number(long v) throws IOException {
        separate();
        digits(v);
        return this;
    }

    /** A number cell; {@code null} is no value. */
    public LosslessCsv number(Number v) throws IOException {
        separate();
        if (v != null) {
            digits(v.longValue());
        }
        return this;
    }

    public void endRow() throws IOException {
        put((byte) '\n');
        first = true;
    }

    /** The bytes {@link #text} writes for {@code v}, for a value written many times. */
    public static byte[] cell(String v) {
        if (v == null) {
            return null;
        }
        byte[] b = v.getBytes(StandardCharsets.UTF_8);
        if (b.length > 0 && !formulaLike(b) && !needsQuotes(b)) {
            return b;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(b.length + 8);
        LosslessCsv c = new LosslessCsv(bytes, 16);
        try {
            c.escape(b);
            c.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void separate() throws IOException {
        if (!first) {
            put((byte) ',');
        }
        first = false;
    }

    private void escape(byte[] v) throws IOException {
        if (v.length == 0) {
            put((byte) '"');
            put((byte) '"');
            return;
        }
        boolean protect = formulaLike(v);
        boolean quote = needsQuotes(v);
        if (!quote) {
            if (protect) {
                put((byte) '\'');
            }
            put(v, 0, v.length);
            return;
        }
        put((byte) '"');
        if (protect) {
            put((byte) '\'');
        }
        int from = 0;
        for (int i = 0; i < v.length; i++) {
            if (v[i] == '"') {
                put(v, from, i + 1 - from);
                put((byte) '"');
                from = i + 1;
            }
        }
        put(v, from, v.length - from);
        put((byte) '"');
    }

    /** {@link SafeCsv#protect}'s rule on bytes: apostrophes, then a character a spreadsheet evaluates. */
    private static boolean formulaLike(byte[] v) {
        int i = 0;
        while (i < v.length && v[i] == '\'') {
            i++;
        }
        if (i == v.length) {
            return false;
        }
        byte c = v[i];
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    private static boolean needsQuotes(byte[] v) {
        if (space(v[0]) || space(v[v.length - 1])) {
            return true;
        }
        for (byte b : v) {
            if (b == ',' || b == '"' || b == '\n' || b == '\r') {
                return true;
            }
        }
        return false;
    }

    private static boolean space(byte b) {
        return b == ' ' || b == '\t';
    }

    private void digits(long v) throws IOException {
        if (v == Long.MIN_VALUE) {
            byte[] s = Long.toString(v).getBytes(StandardCharsets.US_ASCII);
            put(s, 0, s.length);
            return;
        }
        if (v < 0) {
            put((byte) '-');
            v = -v;
        }
        if (n + 20 > buf.length) {
            drain();
        }
        int start = n;
        do {
            buf[n++] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v > 0);
        for (int i = start, j = n - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
    }

    private void put(byte b) throws IOException {
        if (n == buf.length) {
            drain();
        }
        buf[n++] = b;
    }

    private void put(byte[] b, int off, int len) throws IOException {
        if (len > buf.length - n) {
            drain();
            if (len > buf.length) {
                out.write(b, off, len);
                return;
            }
        }
        System.arraycopy(b, off, buf, n, len);
        n += len;
    }

    private void drain() throws IOException {
        out.write(buf, 0, n);
        n = 0;
    }

    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }
}
