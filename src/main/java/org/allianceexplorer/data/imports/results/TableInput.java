package org.allianceexplorer.data.imports.results;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.allianceexplorer.io.CsvReader;

/**
 * The rows of a results file, CSV or XLSX, pushed one at a time to a handler (so a sheet of any length is
 * read in constant memory). The first row is the header. A row's line is its line in the CSV file or its
 * row number in the sheet.
 */
abstract class TableInput {

    /** Receives rows; returns false to stop reading. */
    interface RowHandler {
        boolean row(CsvReader.Row row) throws IOException;
    }

    /** The input cannot be read further: where and why. */
    static final class InputException extends IOException {
        private static final long serialVersionUID = 1L;
        final long line;
        final int column;

        InputException(long line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    final Path file;
    final CsvReader.Limits limits;

    TableInput(Path file, CsvReader.Limits limits) {
        this.file = file;
        this.limits = limits;
    }

    abstract void read(RowHandler handler) throws IOException;

    /** A note on how the file was read ("semicolon-separated"), or null. */
    String note() {
        return null;
    }

    /** Opens {@code file} as XLSX (by its content) or CSV. */
    static TableInput open(Path file, String sheet, CsvReader.Limits limits) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(0, 0, "no such file");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(1 << 16);
        }
        boolean zip = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (zip) {
            return new XlsxInput(file, sheet, limits);
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            throw new InputException(
                    0,
                    0,
                    name.endsWith(".xls")
                            ? "an old Excel workbook (.xls) is not read; save it as .xlsx or \"CSV UTF-8\""
                            : "is named .xlsx but is not a workbook (not a zip archive)");
        }
        return new CsvInput(file, sniff(head), limits);
    }

    /**
     * The delimiter of a CSV file, from its first line: the one of comma, semicolon and tab that occurs
     * there (outside quotes) most often; refused when none does or two tie.
     */
    static char sniff(byte[] head) throws InputException {
        int[] counts = new int[3];
        char[] delims = {',', ';', '\t'};
        boolean quoted = false;
        int start = head.length >= 3 && (head[0] & 0xff) == 0xEF ? 3 : 0;
        for (int i = start; i < head.length; i++) {
            byte b = head[i];
            if (b == '"') {
                quoted = !quoted;
            } else if (!quoted && (b == '\n' || b == '\r')) {
                break;
            } else if (!quoted) {
                for (int d = 0; d < 3; d++) {
                    if (b == delims[d]) {
                        counts[d]++;
                    }
                }
            }
        }
        int best = -1;
        boolean tie = false;
        for (int d = 0; d < 3; d++) {
            if (counts[d] > 0 && (best < 0 || counts[d] > counts[best])) {
                best = d;
                tie = false;
            } else if (best >= 0 && counts[d] == counts[best] && counts[d] > 0) {
                tie = true;
            }
        }
        if (best < 0) {
            throw new InputException(
                    1, 0, "cannot tell how the columns are separated: the header has no comma, semicolon or tab");
        }
        if (tie) {
            throw new InputException(
                    1,
                    0,
                    "cannot tell how the columns are separated: the header has as many of two delimiters"
                            + " (comma, semicolon, tab); save it comma-separated");
        }
        return delims[best];
    }

    /** A CSV file (UTF-8, with or without a byte order mark) separated by comma, semicolon or tab. */
    static final class CsvInput extends TableInput {
        private final char delimiter;

        CsvInput(Path file, char delimiter, CsvReader.Limits limits) {
            super(file, limits);
            this.delimiter = delimiter;
        }

        @Override
        String note() {
            return delimiter == ',' ? null : "read as " + (delimiter == ';' ? "semicolon" : "tab") + "-separated";
        }

        @Override
        void read(RowHandler handler) throws IOException {
            try (CsvReader r =
                    new CsvReader(new BufferedInputStream(Files.newInputStream(file), 1 << 16), delimiter, limits)) {
                CsvReader.Row row;
                while ((row = r.next()) != null) {
                    if (!handler.row(row)) {
                        return;
                    }
                }
            } catch (CsvReader.CsvException e) {
                throw new InputException(e.line(), e.column(), e.getMessage());
            }
        }
    }

    /** An exception's message on one line. */
    static String oneLine(String m) {
        return m == null ? "(no detail)" : m.replaceAll("\\s+", " ").strip();
    }

    /** Trims a row's trailing empty cells (spreadsheets pad rows). */
    static List<String> cells(CsvReader.Row row) {
        return row.cells();
    }
}
