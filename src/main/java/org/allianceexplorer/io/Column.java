package org.allianceexplorer.io;

import java.util.function.Function;

/**
 * One column of a table written out: its header, how to get a cell from a row, and whether it is a
 * number (numbers are never prefixed for spreadsheet safety, so {@code -1234} stays a number).
 */
public record Column<T>(String name, Function<T, Object> value, boolean numeric) {

    public static <T> Column<T> text(String name, Function<T, Object> value) {
        return new Column<>(name, value, false);
    }

    public static <T> Column<T> number(String name, Function<T, Object> value) {
        return new Column<>(name, value, true);
    }

    /** The cell as text; {@code null} is empty. */
    public String cell(T row) {
        Object v = value.apply(row);
        return v == null ? "" : v.toString();
    }
}
