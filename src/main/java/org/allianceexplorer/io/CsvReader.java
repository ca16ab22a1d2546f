package org.allianceexplorer.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads RFC 4180 CSV from bytes that must be UTF-8, with the place of everything it reports.
 *
 * <p>Why not a library parser: the interchange format needs what they do not give together. A quoted empty
 * cell ({@code ""}, an empty text) is told apart from an unquoted one (no value); every record knows the
 * line it starts on, counting line breaks inside quoted cells; a cell longer than {@link Limits#maxCellChars}
 * is refused without first being read into memory; and text that is not UTF-8 is refused with the line of
 * the first bad byte and a guess at what the file is (UTF-16, a spreadsheet, Windows-1252), instead of being
 * read as replacement characters.
 *
 * <p>Lenient where spreadsheets and hand editing are: a UTF-8 byte order mark is skipped; line ends may be
 * LF, CRLF or CR; a quote inside an unquoted cell is kept as a character; a row may have fewer cells than
 * the header. A problem within a row (a cell too long, text after a closing quote) is reported with the row
 * and reading goes on; a problem that makes the rest of the file unreadable (not UTF-8, a quote never
 * closed) ends the file with a {@link CsvException}.
 */
public final class CsvReader implements Closeable {

    /** How much one cell and one row may hold. */
    public record Limits(int maxCellChars, int maxColumns) {
        /** 100,000 characters a cell (about fifty pages of text), 1,000 columns. */
        public static final Limits DEFAULT = new Limits(100_000, 1_000);
    }

    /** A problem in one cell of a row; reading went on. {@code column} counts from 1. */
    public record CellProblem(int column, String message) {}

    /**
     * One record: the line it starts on (the first line of a file is 1), and its cells. A cell is
     * {@code null} when it was empty and unquoted, {@code ""} when it was {@code ""}.
     */
    public record Row(long line, List<String> cells, List<CellProblem> problems) {
        /** True for an empty line. */
        public boolean blank() {
            return cells.size() == 1 && cells.get(0) == null && problems.isEmpty();
        }
    }

    /** The rest of the file cannot be read; {@link #line()} and {@link #column()} (0: unknown) say where. */
    public static final class CsvException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;
        private final int column;

        public CsvException(long line, String message) {
            this(line, 0, message);
        }

        public CsvException(long line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }

        public long line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    private static final int EOF = -1;

    private final InputStream in;
    private final char delimiter;
    private final Limits limits;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int len;
    private long line = 1;
    private boolean started;
    private boolean ended;
    private final StringBuilder cell = new StringBuilder(64);
    /** The column being read, from 1 (0 before the first row). */
    private int column;

    public CsvReader(InputStream in, char delimiter, Limits limits) {
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r' || delimiter > 0x7f) {
            throw new IllegalArgumentException("not a usable delimiter: " + delimiter);
        }
        this.in = in;
        this.delimiter = delimiter;
        this.limits = limits;
    }

    public CsvReader(InputStream in) {
        this(in, ',', Limits.DEFAULT);
    }

    /** The next record, or {@code null} at the end of the file. */
    public Row next() throws IOException {
        if (!started) {
            start();
        }
        if (ended) {
            return null;
        }
        long first = line;
        List<String> cells = new ArrayList<>();
        List<CellProblem> problems = new ArrayList<>(0);
        int b = read();
        if (b == EOF) {
            ended = true;
            return null;
        }
        while (true) {
            if (cells.size() == limits.maxColumns()) {
                problems.add(
                        new CellProblem(cells.size() + 1, "more than " + limits.maxColumns() + " cells in one row"));
                skipRecord(b);
                return new Row(first, cells, problems);
            }
            column = cells.size() + 1;
            cell.setLength(0);
            boolean quoted = false;
            boolean tooLong = false;
            if (b == '"') {
                quoted = true;
                long opened = line;
                while (true) {
                    b = read();
                    if (b == EOF) {
                        throw new CsvException(
                                opened,
                                column,
                                "a quote opened in column " + column + " on line " + opened
                                        + " is never closed (the file ends inside it)");
                    }
                    if (b == '"') {
                        b = read();
                        if (b != '"') {
                            break;
                        }
                    } else if (b == '\n' || b == '\r' && peek() != '\n') {
                        line++;
                    }
                    tooLong |= append(b);
                }
                if (b != delimiter && b != '\n' && b != '\r' && b != EOF) {
                    problems.add(new CellProblem(
                            column,
                            "text after the closing quote (a quote inside a quoted cell" + " must be doubled: \"\")"));
                    while (b != delimiter && b != '\n' && b != '\r' && b != EOF) {
                        b = read();
                    }
                }
            } else {
                while (b != delimiter && b != '\n' && b != '\r' && b != EOF) {
                    tooLong |= append(b);
                    b = read();
                }
            }
            if (tooLong) {
                problems.add(new CellProblem(
                        column,
                        String.format(Locale.ROOT, "the cell is longer than %,d characters", limits.maxCellChars())));
                cells.add(null);
            } else {
                cells.add(cell.length() == 0 && !quoted ? null : cell.toString());
            }
            if (b == delimiter) {
                b = read();
                continue;
            }
            endLine(b);
            return new Row(first, cells, problems);
        }
    }

    /** Appends byte {@code b} (decoding UTF-8); true when the cell is over the limit (and is then not grown). */
    private boolean append(int b) throws IOException {
        if (cell.length() >= limits.maxCellChars()) {
            if (b >= 0x80) {
                decode(b, true);
            }
            return true;
        }
        if (b < 0x80) {
            cell.append((char) b);
        } else {
            decode(b, false);
        }
        return false;
    }

    /** Decodes the UTF-8 sequence that starts with {@code lead}, refusing what is not UTF-8. */
    private void decode(int lead, boolean discard) throws IOException {
        int need;
        int cp;
        int min;
        if (lead >= 0xC2 && lead <= 0xDF) {
            need = 1;
            cp = lead & 0x1F;
            min = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            need = 2;
            cp = lead & 0x0F;
            min = 0x800;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            need = 3;
            cp = lead & 0x07;
            min = 0x10000;
        } else {
            throw notUtf8(lead);
        }
        for (int i = 0; i < need; i++) {
            int c = read();
            if (c == EOF || (c & 0xC0) != 0x80) {
                throw notUtf8(lead);
            }
            cp = cp << 6 | c & 0x3F;
        }
        if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
            throw notUtf8(lead);
        }
        if (!discard) {
            cell.appendCodePoint(cp);
        }
    }

    private CsvException notUtf8(int b) {
        String guess = b >= 0x80 && b <= 0x9F
                ? "Windows-1252 (the encoding Excel uses for \"CSV\" on Windows)"
                : "Windows-1252 or Latin-1";
        return new CsvException(
                line,
                column,
                String.format(
                        Locale.ROOT,
                        "line %d has byte 0x%02X, which is not UTF-8: the file seems to be in another encoding (%s); "
                                + "save it as \"CSV UTF-8\"",
                        line,
                        b,
                        guess));
    }

    private void endLine(int b) throws IOException {
        if (b == '\r') {
            if (peek() == '\n') {
                read();
            }
            line++;
        } else if (b == '\n') {
            line++;
        } else if (b == EOF) {
            ended = true;
        }
    }

    private void skipRecord(int b) throws IOException {
        boolean inQuotes = false;
        while (b != EOF) {
            if (b == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes && (b == '\n' || b == '\r')) {
                endLine(b);
                return;
            } else if (b == '\n' || b == '\r' && peek() != '\n') {
                line++;
            }
            b = read();
        }
        ended = true;
    }

    /** Checks the start of the file: a UTF-8 byte order mark is skipped; other encodings and binaries refused. */
    private void start() throws IOException {
        started = true;
        fill();
        if (len >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) {
            pos = 3;
            return;
        }
        if (len >= 4
                && (buf[0] == 0 && buf[1] == 0 && (buf[2] & 0xff) == 0xFE && (buf[3] & 0xff) == 0xFF
                        || (buf[0] & 0xff) == 0xFF && (buf[1] & 0xff) == 0xFE && buf[2] == 0 && buf[3] == 0)) {
            throw new CsvException(
                    1, "the file is UTF-32 text (it starts with a UTF-32 byte order mark); save it as UTF-8");
        }
        if (len >= 2
                && ((buf[0] & 0xff) == 0xFE && (buf[1] & 0xff) == 0xFF
                        || (buf[0] & 0xff) == 0xFF && (buf[1] & 0xff) == 0xFE)) {
            throw new CsvException(
                    1,
                    "the file is UTF-16 text (it starts with a UTF-16 byte order mark, as Excel's"
                            + " \"Unicode text\" does); save it as UTF-8");
        }
        if (len >= 4 && buf[0] == 'P' && buf[1] == 'K' && buf[2] == 3 && buf[3] == 4) {
            throw new CsvException(
                    1,
                    "the file is a zip archive (an .xlsx workbook?), not CSV text; save the sheet as"
                            + " \"CSV UTF-8\"");
        }
        if (len >= 8
                && (buf[0] & 0xff) == 0xD0
                && (buf[1] & 0xff) == 0xCF
                && buf[2] == 0x11
                && (buf[3] & 0xff) == 0xE0) {
            throw new CsvException(
                    1, "the file is an old Excel workbook (.xls), not CSV text; save the sheet as \"CSV UTF-8\"");
        }
    }

    private int read() throws IOException {
        if (pos == len) {
            if (!fill()) {
                return EOF;
            }
        }
        int b = buf[pos++] & 0xff;
        if (b == 0) {
            throw new CsvException(
                    line,
                    column,
                    "line " + line + " has a NUL byte: the file is not UTF-8 text (UTF-16 without a"
                            + " byte order mark, or not text at all); save it as UTF-8");
        }
        return b;
    }

    private int peek() throws IOException {
        if (pos == len && !fill()) {
            return EOF;
        }
        return buf[pos] & 0xff;
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            pos = 0;
            len = 0;
            return false;
        }
        pos = 0;
        len = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
