package org.allianceexplorer.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.allianceexplorer.io.Column;
import org.allianceexplorer.io.SafeCsv;

/** Writes rows as CSV or as an aligned text table; rows stream, so millions of them take no memory. */
abstract class TableWriter<T> implements AutoCloseable {

    /** Output formats of {@code list}. */
    enum Format {
        csv,
        text
    }

    static <T> TableWriter<T> of(Format format, Writer out, List<Column<T>> columns) throws IOException {
        return format == Format.csv ? new Csv<>(out, columns) : new Text<>(out, columns);
    }

    /**
     * Writes a report to {@code target} and flushes it: in text, first the lines {@code header} prints, then the
     * table of {@code rows} in {@code columns}; in CSV, the table alone.
     */
    static <T> void report(
            Format format, Writer target, List<Column<T>> columns, List<T> rows, Consumer<PrintWriter> header)
            throws IOException {
        Writer out = new BufferedWriter(target, 1 << 16);
        if (format == Format.text) {
            PrintWriter p = new PrintWriter(out);
            header.accept(p);
            p.flush();
        }
        try (TableWriter<T> w = of(format, out, columns)) {
            for (T row : rows) {
                w.row(row);
            }
        }
        out.flush();
    }

    abstract void row(T row) throws IOException;

    @Override
    public abstract void close() throws IOException;

    private static final class Csv<T> extends TableWriter<T> {
        private final SafeCsv<T> csv;

        Csv(Writer out, List<Column<T>> columns) throws IOException {
            csv = new SafeCsv<>(out, columns);
        }

        @Override
        void row(T row) throws IOException {
            csv.write(row);
        }

        @Override
        public void close() throws IOException {
            csv.flush();
        }
    }

    /**
     * Columns as wide as the widest cell of the first rows (at most {@value #MAX_WIDTH} characters; longer
     * cells are cut with an ellipsis), two spaces apart; numbers right-aligned.
     */
    private static final class Text<T> extends TableWriter<T> {
        private static final int MAX_WIDTH = 48;
        private static final int SAMPLE = 500;

        private final Writer out;
        private final List<Column<T>> columns;
        private final List<String[]> pending = new ArrayList<>();
        private int[] widths;

        Text(Writer out, List<Column<T>> columns) {
            this.out = out;
            this.columns = columns;
            pending.add(columns.stream().map(Column::name).toArray(String[]::new));
        }

        @Override
        void row(T row) throws IOException {
            String[] cells = new String[columns.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = clip(columns.get(i).cell(row).replace('\n', ' '));
            }
            if (widths == null) {
                pending.add(cells);
                if (pending.size() > SAMPLE) {
                    flushPending();
                }
            } else {
                print(cells);
            }
        }

        private static String clip(String s) {
            return s.length() <= MAX_WIDTH ? s : s.substring(0, MAX_WIDTH - 1) + "\u2026";
        }

        private void flushPending() throws IOException {
            widths = new int[columns.size()];
            for (String[] r : pending) {
                for (int i = 0; i < r.length; i++) {
                    widths[i] = Math.max(widths[i], r[i].codePointCount(0, r[i].length()));
                }
            }
            for (String[] r : pending) {
                print(r);
            }
            pending.clear();
        }

        private void print(String[] cells) throws IOException {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < cells.length; i++) {
                int pad = Math.max(0, widths[i] - cells[i].codePointCount(0, cells[i].length()));
                boolean last = i == cells.length - 1;
                if (columns.get(i).numeric()) {
                    sb.append(" ".repeat(pad)).append(cells[i]);
                } else {
                    sb.append(cells[i]);
                    if (!last) {
                        sb.append(" ".repeat(pad));
                    }
                }
                if (!last) {
                    sb.append("  ");
                }
            }
            out.write(sb.toString().stripTrailing());
            out.write('\n');
        }

        @Override
        public void close() throws IOException {
            if (widths == null) {
                flushPending();
            }
            out.flush();
        }
    }
}
