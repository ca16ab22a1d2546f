package org.allianceexplorer.table;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.io.AtomicFile;
import org.allianceexplorer.io.Column;
import org.allianceexplorer.io.SafeCsv;

/** A record table's rows as text: tab-separated for the clipboard, spreadsheet-safe CSV for a file. */
final class TableExport {

    private TableExport() {}

    /** The rows as tab-separated text of {@code cols} as shown, after a header row when asked. */
    static <R> String tsv(List<RecordColumn<R>> cols, List<R> rows, boolean header) {
        StringBuilder b = new StringBuilder();
        if (header) {
            line(b, cols.stream().map(RecordColumn::title).toList());
        }
        for (R r : rows) {
            line(b, cols.stream().map(c -> c.cellText(r)).toList());
        }
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append('\t');
            }
            b.append(cells.get(i).replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
        }
        b.append('\n');
    }

    /**
     * The CSV columns of {@code cols}: numbers written plainly, dates as ISO text at their precision; a column
     * whose cell reads a number in words is followed by that number as a column of its own
     * ({@link RecordColumn#csvNumber}).
     */
    static <R> List<Column<R>> csvColumns(List<RecordColumn<R>> cols) {
        List<Column<R>> out = new ArrayList<>();
        for (RecordColumn<R> c : cols) {
            out.add(csvColumn(c));
            for (RecordColumn.CsvNumber<R> x : c.csvNumbers()) {
                out.add(Column.number(x.name(), r -> x.value().apply(r)));
            }
        }
        return out;
    }

    private static <R> Column<R> csvColumn(RecordColumn<R> c) {
        String name = c.title();
        return switch (c.kind()) {
            case NUMBER -> Column.number(name, c::key);
            case DATE ->
                Column.text(name, r -> {
                    Object k = c.key(r);
                    return k instanceof PartialDate d ? d.iso() : c.cellText(r);
                });
            default -> Column.text(name, c::cellText);
        };
    }

    /** Writes the rows {@code rows} streams to {@code target}, whole or not at all; returns how many. */
    static <R> int writeCsv(Path target, List<Column<R>> columns, RecordTableViewModel.Loader<R> rows)
            throws IOException {
        int[] n = {0};
        AtomicFile.write(target, os -> {
            Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
            SafeCsv<R> csv = new SafeCsv<>(w, columns);
            try {
                rows.load(r -> {
                    try {
                        csv.write(r);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    n[0]++;
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                // the rows could not be read (a paged table's database): no file is written
                throw new IOException(e.getMessage(), e);
            }
            csv.flush();
        });
        return n[0];
    }
}
