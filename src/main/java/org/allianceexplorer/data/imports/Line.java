package org.allianceexplorer.data.imports;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.allianceexplorer.data.format.DatasetFormat;
import org.allianceexplorer.domain.Coded;
import org.allianceexplorer.domain.DateInput;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.Period;
import org.allianceexplorer.io.CsvReader;
import org.allianceexplorer.io.SafeCsv;

/** One row, with typed access that reports problems (all of them) with the file, line and column. */
final class Line {
    /** Day before month, as dates are written in Pakistan (and Britain). */
    private static final java.util.Locale DAY_FIRST = java.util.Locale.forLanguageTag("en-PK");

    private final RowReader in;
    final String file;
    final CsvReader.Row row;
    final Map<String, Integer> columns;
    final Set<String> reported = new HashSet<>();
    boolean bad;

    Line(RowReader in, String file, CsvReader.Row row, Map<String, Integer> columns) {
        this.in = in;
        this.file = file;
        this.row = row;
        this.columns = columns;
    }

    /** Reports a problem of a cell (one per cell: the first says what is wrong with it) or of the row. */
    void problem(String column, String message) {
        bad = true;
        if (column != null && !reported.add(column)) {
            return;
        }
        Integer i = column == null ? null : columns.get(column);
        in.report.problem(new ImportProblem(
                file,
                row.line(),
                i == null ? (column == null ? null : column) : RowReader.column(i + 1, column),
                message,
                false));
    }

    void conflict(String column, String message) {
        bad = true;
        Integer i = columns.get(column);
        in.report.problem(
                new ImportProblem(file, row.line(), i == null ? null : RowReader.column(i + 1, column), message, true));
    }

    void problemAt(int index, String message) {
        bad = true;
        String name = null;
        for (Map.Entry<String, Integer> e : columns.entrySet()) {
            if (e.getValue() == index - 1) {
                name = e.getKey();
            }
        }
        reported.add(String.valueOf(name));
        in.report.problem(new ImportProblem(file, row.line(), RowReader.column(index, name), message, false));
    }

    /** Reports unless the column has a problem already (a value missing because of it is not news). */
    void problemIfNone(String column, String message) {
        if (!reported.contains(String.valueOf(column))) {
            problem(column, message);
        }
    }

    boolean has(String column) {
        return columns.containsKey(column);
    }

    /** True when the cell holds something (even an empty text). */
    boolean present(String column) {
        return raw(column) != null;
    }

    /** The cell as the format reads it: format 1 strips and takes a blank cell as empty; format 2 keeps text as it is. */
    String raw(String column) {
        Integer i = columns.get(column);
        if (i == null || i >= row.cells().size()) {
            return null;
        }
        String v = row.cells().get(i);
        if (in.version.major() < 2) {
            return v == null || v.isBlank() ? null : v.strip();
        }
        return SafeCsv.restore(v);
    }

    /** An optional text. */
    String text(String column) {
        return raw(column);
    }

    String required(String column) {
        String v = raw(column);
        if (v == null) {
            problem(column, "is empty");
        }
        return v;
    }

    String nonBlank(String column) {
        String v = required(column);
        if (v != null && v.isBlank()) {
            problem(column, "is blank");
            return null;
        }
        return v;
    }

    /** A value that is not text (a date, a number, a code): surrounding spaces do not matter, blank is none. */
    private String value(String column) {
        String v = raw(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    String key(String column) {
        String v = raw(column);
        if (v == null || v.isEmpty()) {
            problem(column, "is empty (every record needs its key)");
            return null;
        }
        return v;
    }

    /**
     * The key given in {@code column}, or, when the file has no such column or the cell is empty, the one
     * derived from the record's identifying values (numbered when several rows derive the same).
     */
    String keyOrDerived(String column, String kind, KeyParts parts) throws SQLException {
        String v = raw(column);
        if (v != null && !v.isEmpty()) {
            return v;
        }
        return derive(kind, parts.get());
    }

    String derive(String kind, String... parts) throws SQLException {
        for (String p : parts) {
            if (p == null && bad) {
                return null;
            }
        }
        String base = DatasetFormat.derivedKey(parts);
        if (base.isEmpty()) {
            problemIfNone(null, "no key can be derived for this row");
            return null;
        }
        int n = in.derived(kind, base);
        return DatasetFormat.numbered(base, n);
    }

    String date(String column) {
        String v = value(column);
        if (v == null) {
            return null;
        }
        try {
            return PartialDate.parse(v).iso();
        } catch (IllegalArgumentException e) {
            problem(column, e.getMessage());
            return null;
        }
    }

    /**
     * A date of a file made elsewhere (the results layout of format 1), as people write it: ISO, or day first
     * as in Pakistan and Britain ({@code 09-02-2024}, {@code 9 Feb 2024}, {@code 10-Feb-24}); see
     * {@link DateInput}.
     */
    String dateAsWritten(String column) {
        String v = value(column);
        if (v == null) {
            return null;
        }
        DateInput.Result r = DateInput.parse(v, DAY_FIRST);
        if (!r.ok()) {
            problem(column, r.error());
            return null;
        }
        return r.date().iso();
    }

    /** A percentage of a file made elsewhere: {@code 62.93} or {@code 62.93%}, from 0 to 100, or null when empty. */
    Double percentAsWritten(String column) {
        String v = value(column);
        if (v != null && v.endsWith("%")) {
            v = v.substring(0, v.length() - 1).strip();
            if (!v.matches("[0-9]+(\\.[0-9]+)?")) {
                problem(column, "not a percentage: '" + v + "%' (write e.g. 24.27)");
                return null;
            }
            double d = Double.parseDouble(v);
            if (d > 100) {
                problem(column, "must be a percentage from 0 to 100: " + v + "%");
                return null;
            }
            return d;
        }
        return decimal(column, 0, 100, "must be a percentage from 0 to 100");
    }

    /** The dates a record holds between, as written ({@code null} when a date is not given). */
    record Span(String from, String to) {}

    /** The {@code from} and {@code to} dates, checked as a period (what is wrong is said on {@code from}). */
    Span span() {
        String from = date("from");
        String to = date("to");
        period("from", from, to);
        return new Span(from, to);
    }

    void period(String fromColumn, String from, String to) {
        if (from == null || to == null) {
            return;
        }
        try {
            new Period(PartialDate.parse(from), PartialDate.parse(to));
        } catch (IllegalArgumentException e) {
            problem(fromColumn, e.getMessage());
        }
    }

    Long requiredInteger(String column, long min, String rule) {
        if (value(column) == null) {
            problemIfNone(column, "is empty");
            return null;
        }
        return integer(column, min, rule);
    }

    /** A decimal number from {@code min} to {@code max} (a percentage), or null when empty. */
    Double decimal(String column, double min, double max, String rule) {
        String v = value(column);
        if (v == null) {
            return null;
        }
        double d;
        try {
            if (!v.matches("[0-9]+(\\.[0-9]+)?")) {
                throw new NumberFormatException(v);
            }
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            problem(column, "not a decimal number: '" + v + "' (write e.g. 24.27)");
            return null;
        }
        if (d < min || d > max) {
            problem(column, rule + ": " + v);
            return null;
        }
        return d;
    }

    /** A count (votes, seats, voters): a whole number of 0 or more, or null when empty. */
    Long count(String column) {
        return integer(column, 0, "must be 0 or more");
    }

    Long integer(String column, long min, String rule) {
        String v = value(column);
        if (v == null) {
            return null;
        }
        long n;
        try {
            n = Long.parseLong(v);
        } catch (NumberFormatException e) {
            problem(column, "not a whole number: '" + v + "'");
            return null;
        }
        if (n < min || n > Integer.MAX_VALUE) {
            problem(column, rule + ": " + v);
            return null;
        }
        return n;
    }

    Long bool(String column) {
        String v = value(column);
        if (v == null) {
            return null;
        }
        switch (v.toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes" -> {
                return 1L;
            }
            case "0", "false", "no" -> {
                return 0L;
            }
            default -> {
                problem(column, "not 1 or 0: '" + v + "'");
                return null;
            }
        }
    }

    String colour(String column) {
        String v = value(column);
        if (v != null && !v.matches("#[0-9A-Fa-f]{6}")) {
            problem(column, "not a colour #RRGGBB: '" + v + "'");
            return null;
        }
        return v;
    }

    <E extends Enum<E> & Coded> String coded(String column, Class<E> type) {
        String v = value(column);
        if (v == null) {
            problem(column, "is empty (one of " + Coded.codes(type) + ")");
            return null;
        }
        try {
            return Coded.parse(type, v).code();
        } catch (IllegalArgumentException e) {
            problem(column, e.getMessage());
            return null;
        }
    }

    /** A required reference. */
    Long ref(String column, KeyIndex refs) throws SQLException {
        String v = raw(column);
        if (v == null || v.isBlank()) {
            problem(column, "is empty (a " + refs.what + ")");
            return null;
        }
        return resolve(column, v, refs);
    }

    Long optionalRef(String column, KeyIndex refs) throws SQLException {
        String v = raw(column);
        return v == null || v.isEmpty() ? null : resolve(column, v, refs);
    }

    private Long resolve(String column, String v, KeyIndex refs) throws SQLException {
        Long id = refs.resolve(v);
        if (id == null) {
            if (refs.broken.contains(v) || refs.broken.contains(v.strip())) {
                bad = true;
            } else {
                problem(column, "unknown " + refs.what + " '" + v + "'");
            }
        }
        return id;
    }

    /** The key of the record a reference column names (as stored, whatever case the file used), or null. */
    String refKey(String column, KeyIndex refs) throws SQLException {
        String v = raw(column);
        if (v == null || v.isBlank()) {
            return null;
        }
        Long id = refs.resolve(v);
        return id == null ? null : refs.keyOf(id);
    }

    String seatKey(String assemblyColumn, String seatColumn) throws SQLException {
        String asm = refKey(assemblyColumn, in.keys.assemblies);
        String code = raw(seatColumn);
        return asm == null || code == null || code.isBlank() ? null : asm + Importer.SEP + code;
    }

    /** A seat, named by assembly and code. */
    Long seat(String assemblyColumn, String seatColumn) throws SQLException {
        Long asm = ref(assemblyColumn, in.keys.assemblies);
        String code = raw(seatColumn);
        if (code == null || code.isBlank()) {
            problem(seatColumn, "is empty (a seat)");
            return null;
        }
        if (asm == null) {
            return null;
        }
        String key = refKey(assemblyColumn, in.keys.assemblies) + Importer.SEP;
        Long id = in.keys.seats.find(key + code);
        if (id == null) {
            id = in.keys.seats.find(key + code.strip());
        }
        if (id == null) {
            if (in.keys.seats.broken.contains(key + code)) {
                bad = true;
            } else {
                problem(
                        seatColumn,
                        "unknown seat '" + code + "' in assembly '" + refKey(assemblyColumn, in.keys.assemblies) + "'");
            }
        }
        return id;
    }

    long[] refs(String column, KeyIndex refs) throws SQLException {
        List<String> keys = in.list(raw(column));
        long[] ids = new long[keys.size()];
        int n = 0;
        for (String k : keys) {
            Long id = resolve(column, k, refs);
            if (id != null) {
                ids[n++] = id;
            }
        }
        return Arrays.copyOf(ids, n);
    }

    long[] sources() throws SQLException {
        String column = "sources";
        List<String> keys = in.list(raw(column));
        if (keys.isEmpty() && in.requireSources) {
            problem(
                    column,
                    "cites no source (every record needs one: column 'sources'; --allow-unsourced imports"
                            + " such records and check lists them)");
            return new long[0];
        }
        return refs(column, in.keys.sources);
    }

    /** The identifying values of a record, computed only when its key must be derived. */
    @FunctionalInterface
    interface KeyParts {
        String[] get() throws SQLException;
    }
}
