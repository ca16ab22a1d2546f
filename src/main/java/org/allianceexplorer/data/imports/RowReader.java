package org.allianceexplorer.data.imports;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.allianceexplorer.data.format.DatasetFormat;
import org.allianceexplorer.data.format.DatasetFormat.File;
import org.allianceexplorer.data.format.DatasetFormat.Version;
import org.allianceexplorer.data.load.DatasetFiles;
import org.allianceexplorer.io.CsvReader;

/**
 * Reads the files of a dataset row by row: checks each header (required columns, unknown ones), sniffs a
 * semicolon- or tab-separated file, and hands each row, as a {@link Line}, to a handler. Holds what the
 * lines of one import share: the format version, the keys, and the count of each derived key.
 */
final class RowReader {

    @FunctionalInterface
    interface RowHandler {
        void handle(Line r) throws SQLException, IOException;
    }

    final ImportReport report;
    final Version version;
    final KeyIndexes keys;
    final boolean requireSources;
    private final DatasetFiles files;
    private final CsvReader.Limits limits;
    private final boolean tolerant;
    private final Consumer<String> progress;
    private final Map<String, Map<String, Integer>> derivedCounts = new HashMap<>();

    RowReader(
            DatasetFiles files,
            Importer.Settings settings,
            Manifest manifest,
            KeyIndexes keys,
            ImportReport report,
            Consumer<String> progress) {
        this.files = files;
        this.limits = settings.limits();
        this.requireSources = settings.requireSources();
        this.version = manifest.version();
        this.tolerant = manifest.tolerant();
        this.keys = keys;
        this.report = report;
        this.progress = progress;
    }

    /** How many rows of this import derived {@code base} as a {@code kind}'s key, this row included. */
    int derived(String kind, String base) {
        return derivedCounts.computeIfAbsent(kind, k -> new HashMap<>()).merge(base, 1, Integer::sum);
    }

    /** Reads a file of the format: unknown columns are refused (format 2) or noted (a newer format). */
    void eachRow(String folder, File f, RowHandler handler) throws IOException, SQLException {
        List<String> columns = f.columns();
        List<String> required = columns.stream().filter(col -> !f.optional(col)).toList();
        eachRow(folder, f.fileName(), required, columns, true, handler);
    }

    /** Reads a file of the results layout (format 1) that may have the {@code known} columns beyond the required. */
    void eachRow(String folder, String name, List<String> required, List<String> known, RowHandler handler)
            throws IOException, SQLException {
        eachRow(folder, name, required, known, false, handler);
    }

    /** Reads a file of the results layout (format 1), whose columns are all {@code required}. */
    void eachRow(String folder, String name, List<String> required, RowHandler handler)
            throws IOException, SQLException {
        eachRow(folder, name, required, required, false, handler);
    }

    private void eachRow(
            String folder, String name, List<String> required, List<String> known, boolean strict, RowHandler handler)
            throws IOException, SQLException {
        String where = files.describe(folder, name);
        char delimiter = sniff(folder, name, where);
        if (delimiter == 0) {
            return;
        }
        progress.accept(where);
        Optional<InputStream> in = files.openBytes(folder, name);
        if (in.isEmpty()) {
            return;
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        try (CsvReader reader = new CsvReader(in.get(), delimiter, limits)) {
            CsvReader.Row header = reader.next();
            if (header == null) {
                report.problem(where, 1, null, "is empty (not even a header row)");
                return;
            }
            if (!header(where, name, header, columns, required, known, strict)) {
                return;
            }
            for (CsvReader.Row row; (row = reader.next()) != null; ) {
                if (row.blank()) {
                    continue;
                }
                Line line = new Line(this, where, row, columns);
                for (CsvReader.CellProblem p : row.problems()) {
                    line.problemAt(p.column(), p.message());
                }
                if (row.cells().size() > columns.size() && !trailingEmpty(row, columns.size())) {
                    line.problemAt(
                            columns.size() + 1,
                            "the row has " + row.cells().size() + " cells, the header " + columns.size()
                                    + " (a comma too many, or text with a comma that needs quotes)");
                }
                handler.handle(line);
            }
        } catch (CsvReader.CsvException e) {
            String header = null;
            for (Map.Entry<String, Integer> col : columns.entrySet()) {
                if (col.getValue() == e.column() - 1) {
                    header = col.getKey();
                }
            }
            report.problem(where, e.line(), e.column() > 0 ? column(e.column(), header) : null, e.getMessage());
        }
    }

    /** Reads the header into {@code columns}; false (with the problems reported) when the rows cannot be read. */
    private boolean header(
            String where,
            String name,
            CsvReader.Row header,
            Map<String, Integer> columns,
            List<String> required,
            List<String> known,
            boolean strict) {
        boolean ok = true;
        for (int i = 0; i < header.cells().size(); i++) {
            String h = strip(header.cells().get(i));
            if (h == null || h.isEmpty()) {
                if (i < header.cells().size() - 1 || header.cells().size() == 1) {
                    report.problem(where, 1, column(i + 1, null), "the header has an empty column name");
                    ok = false;
                }
                continue;
            }
            if (columns.putIfAbsent(h, i) != null) {
                report.problem(where, 1, column(i + 1, h), "the column '" + h + "' is in the header twice");
                ok = false;
            } else if (!known.contains(h) && strict && !tolerant && version.major() >= 2) {
                report.problem(
                        where,
                        1,
                        column(i + 1, h),
                        "unknown column '" + h + "' (the columns of " + name + " are " + String.join(",", known)
                                + "); remove it or correct its name");
                ok = false;
            } else if (!known.contains(h) && strict && version.newer()) {
                report.note(where + ": column '" + h + "' is not known to this version and was ignored");
            }
        }
        List<String> missing =
                required.stream().filter(col -> !columns.containsKey(col)).toList();
        if (!missing.isEmpty()) {
            report.problem(
                    where,
                    1,
                    null,
                    "the header lacks the column" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                            + " (the header is: " + String.join(",", columns.keySet()) + ")");
            return false;
        }
        return ok;
    }

    private static boolean trailingEmpty(CsvReader.Row row, int from) {
        for (int i = from; i < row.cells().size(); i++) {
            if (row.cells().get(i) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * The delimiter of a file: a comma, or a semicolon or tab when the header is clearly separated by one
     * (as spreadsheets in many locales save "CSV"); 0 when the file is absent or unreadable.
     */
    private char sniff(String folder, String name, String where) throws IOException {
        Optional<InputStream> in = files.openBytes(folder, name);
        if (in.isEmpty()) {
            return 0;
        }
        try (CsvReader r = new CsvReader(in.get(), ',', limits)) {
            CsvReader.Row header = r.next();
            if (header != null && header.cells().size() == 1 && header.cells().get(0) != null) {
                String h = header.cells().get(0);
                for (char d : new char[] {';', '\t'}) {
                    if (h.indexOf(d) >= 0 && h.split(String.valueOf(d)).length > 1) {
                        report.note(where + ": read as " + (d == ';' ? "semicolon" : "tab")
                                + "-separated (the format's files are comma-separated)");
                        return d;
                    }
                }
            }
        } catch (CsvReader.CsvException e) {
            report.problem(where, e.line(), null, e.getMessage());
            return 0;
        }
        return ',';
    }

    /** A column as a problem names it: its letter, and its name when it has one. */
    static String column(int index, String name) {
        return ImportProblem.letter(index) + (name == null ? "" : " (" + name + ")");
    }

    static String strip(String s) {
        return s == null ? null : s.strip();
    }

    /** The list cell {@code cell} split into keys as this import's format writes it. */
    List<String> list(String cell) {
        return DatasetFormat.splitList(cell, version);
    }
}
