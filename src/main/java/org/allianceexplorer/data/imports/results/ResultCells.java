package org.allianceexplorer.data.imports.results;

import java.util.Locale;
import java.util.regex.Pattern;
import org.allianceexplorer.io.CsvReader;

/**
 * A results row's cells, read and checked: a cell's text (stripped, null when empty), and the votes, rank and
 * elected flag it gives, with a problem in the report (at the file's line and the plan's column) where it
 * gives none.
 */
record ResultCells(ResultsReport report, String file, ColumnPlan plan) {

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+");

    /** Cell {@code i} of the row, stripped; null when absent or empty. */
    static String cell(CsvReader.Row row, int i) {
        if (i < 0 || i >= row.cells().size()) {
            return null;
        }
        String v = row.cells().get(i);
        if (v == null) {
            return null;
        }
        v = v.strip();
        return v.isEmpty() ? null : v;
    }

    /** A count of votes (0 or more, digits grouped by commas allowed), or null with a problem. */
    Long votes(String text, long line, int col) {
        if (text == null) {
            report.problem(file, line, plan.describe(col), "the votes are empty (0 if none)");
            return null;
        }
        long plain = plainCount(text);
        if (plain >= 0) {
            return plain;
        }
        String t = GROUPED.matcher(text).matches() ? text.replace(",", "") : text;
        try {
            long v = Long.parseLong(t);
            if (v >= 0 && t.chars().allMatch(Character::isDigit)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        report.problem(file, line, plan.describe(col), "'" + text + "' is not a whole number of votes (0 or more)");
        return null;
    }

    /** The number of up to 18 ASCII digits (the common case, read without a pattern), or -1 for any other text. */
    private static long plainCount(String text) {
        int n = text.length();
        if (n == 0 || n > 18) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            v = v * 10 + (ch - '0');
        }
        return v;
    }

    /** A rank (1 or more), or null with a problem. */
    Long rank(String text, long line, int col) {
        try {
            long v = Long.parseLong(text);
            if (v >= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        report.problem(file, line, plan.describe(col), "'" + text + "' is not a rank (1 or more)");
        return null;
    }

    /** The elected column's 1 or 0 (empty: 0), or null with a problem. */
    Long elected(String text, long line) {
        if (text == null) {
            return 0L;
        }
        if (yes(text)) {
            return 1L;
        }
        String t = text.toLowerCase(Locale.ROOT);
        if (t.equals("0") || t.equals("n") || t.equals("no") || t.equals("false")) {
            return 0L;
        }
        report.problem(file, line, plan.describe(plan.elected), "'" + text + "' is not 1 or 0 (yes or no)");
        return null;
    }

    /** A yes: 1, y, yes, true, elected or won (in any case). */
    static boolean yes(String text) {
        if (text == null) {
            return false;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.equals("1")
                || t.equals("y")
                || t.equals("yes")
                || t.equals("true")
                || t.equals("elected")
                || t.equals("won");
    }
}
