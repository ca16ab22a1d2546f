package org.allianceexplorer.data.imports.parlgov;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.allianceexplorer.data.imports.ImportProblem;
import org.allianceexplorer.data.imports.ImportReport;
import org.allianceexplorer.io.CsvReader;

/**
 * One of ParlGov's CSV tables, read row by row (UTF-8, header row, ISO dates; see its {@code info_variable}
 * table). Each cell is read through a typed getter that reports what is wrong with it by file, line and
 * column and marks the row bad; reading goes on, so that every problem of the folder is listed.
 */
final class ParlGovTable {

    @FunctionalInterface
    interface RowHandler {
        void row(Row r);
    }

    private ParlGovTable() {}

    /** Reads {@code file} of {@code folder}, which must have the header columns {@code columns}. */
    static void read(Path folder, String file, List<String> columns, ImportReport report, RowHandler handler)
            throws IOException {
        Path p = folder.resolve(file);
        if (!Files.isRegularFile(p)) {
            report.problem(
                    file,
                    0,
                    null,
                    "missing: import-parlgov needs ParlGov's table " + file + " (columns " + String.join(", ", columns)
                            + ") in " + folder);
            return;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(p));
                CsvReader csv = new CsvReader(in)) {
            CsvReader.Row header = csv.next();
            if (header == null) {
                report.problem(file, 0, null, "is empty (a ParlGov table has a header row)");
                return;
            }
            Map<String, Integer> index = new HashMap<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < header.cells().size(); i++) {
                String n = header.cells().get(i);
                String name = n == null ? "" : n.strip();
                names.add(name);
                index.putIfAbsent(name, i);
            }
            List<String> missing =
                    columns.stream().filter(c -> !index.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                report.problem(
                        file,
                        header.line(),
                        null,
                        "the header has no column " + String.join(", ", missing) + " (is this ParlGov's " + file
                                + "?)");
                return;
            }
            for (CsvReader.Row row; (row = csv.next()) != null; ) {
                if (row.blank()) {
                    continue;
                }
                Row r = new Row(file, row, index, names, report);
                for (CsvReader.CellProblem cp : row.problems()) {
                    r.problemAt(cp.column(), cp.message());
                }
                handler.row(r);
            }
        } catch (CsvReader.CsvException e) {
            report.problem(file, e.line(), e.column() > 0 ? ImportProblem.letter(e.column()) : null, e.getMessage());
        }
    }

    /** One row of a table and its typed cells. */
    static final class Row {
        final String file;
        final long line;
        private final List<String> cells;
        private final Map<String, Integer> index;
        private final List<String> names;
        private final ImportReport report;
        /** A cell of this row had a problem: the row is not used. */
        boolean bad;

        Row(String file, CsvReader.Row row, Map<String, Integer> index, List<String> names, ImportReport report) {
            this.file = file;
            this.line = row.line();
            this.cells = row.cells();
            this.index = index;
            this.names = names;
            this.report = report;
        }

        /** The cell stripped of surrounding spaces; null when empty. */
        String text(String column) {
            int i = index.get(column);
            String v = i < cells.size() ? cells.get(i) : null;
            if (v == null) {
                return null;
            }
            v = v.strip();
            return v.isEmpty() ? null : v;
        }

        /** A ParlGov id (a whole number of 1 or more) that must be there; 0 after a problem. */
        long id(String column) {
            Long v = optionalId(column);
            if (v == null && text(column) == null) {
                problem(column, "is empty (an id is needed here)");
            }
            return v == null ? 0 : v;
        }

        /** A ParlGov id, or null when the cell is empty. */
        Long optionalId(String column) {
            return wholeFrom(column, 1, "is not an id (1 or more): ");
        }

        /** A count (votes, seats): a whole number of 0 or more, or null when empty. */
        Long count(String column) {
            return wholeFrom(column, 0, "must be 0 or more: ");
        }

        /** A whole number of {@code min} or more, or null when empty; below it, a problem ({@code rule}) and null. */
        private Long wholeFrom(String column, long min, String rule) {
            Long v = whole(column);
            if (v != null && v < min) {
                problem(column, rule + v);
                return null;
            }
            return v;
        }

        private Long whole(String column) {
            return parsed(column, Long::parseLong, n -> n <= Integer.MAX_VALUE, "is too large: ", "not a whole number");
        }

        /** A percentage from 0 to 100, or null when empty. */
        Double percentage(String column) {
            return parsed(
                    column,
                    Double::parseDouble,
                    d -> d >= 0 && d <= 100,
                    "must be a percentage from 0 to 100: ",
                    "not a number");
        }

        /**
         * The cell as {@code parse} reads it, or null when empty; a problem (and null) when it is not a number
         * ({@code notANumber}) or one {@code fits} refuses ({@code misfit} and the cell).
         */
        private <N> N parsed(
                String column, Function<String, N> parse, Predicate<N> fits, String misfit, String notANumber) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            try {
                N n = parse.apply(v);
                if (!fits.test(n)) {
                    problem(column, misfit + v);
                    return null;
                }
                return n;
            } catch (NumberFormatException e) {
                problem(column, notANumber + ": '" + v + "'");
                return null;
            }
        }

        /** A flag: 1 or 0 (also true/false); empty is 0. */
        boolean flag(String column) {
            String v = text(column);
            if (v == null || v.equals("0") || v.equalsIgnoreCase("false")) {
                return false;
            }
            if (v.equals("1") || v.equalsIgnoreCase("true")) {
                return true;
            }
            problem(column, "must be 1 or 0: '" + v + "'");
            return false;
        }

        /** An ISO date {@code YYYY-MM-DD}; null when empty, with a problem when {@code required}. */
        String date(String column, boolean required) {
            String v = text(column);
            if (v == null) {
                if (required) {
                    problem(column, "is empty (a date is needed here)");
                }
                return null;
            }
            try {
                if (v.length() != 10) {
                    throw new DateTimeParseException("length", v, 0);
                }
                LocalDate.parse(v);
                return v;
            } catch (DateTimeParseException e) {
                problem(column, "not a date (YYYY-MM-DD): '" + v + "'");
                return null;
            }
        }

        /** A problem with the cell of {@code column}; the row is then not used. */
        void problem(String column, String message) {
            problemAt(index.get(column) + 1, message);
        }

        private void problemAt(int column, String message) {
            bad = true;
            String name = column >= 1 && column <= names.size() ? names.get(column - 1) : null;
            report.problem(file, line, ImportProblem.letter(column) + (name == null ? "" : " (" + name + ")"), message);
        }
    }
}
