package org.allianceexplorer.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collections;

/**
 * An INSERT of many rows into one table, sent {@value #ROWS} rows a statement: SQLite runs a statement's program
 * once for all its rows, and a statement a row costs more than the row does (an import's history is a row per
 * field of every record it added). The rows left over at the end go one by one. Values are numbers, texts or null.
 */
final class RowInserter implements AutoCloseable {

    static final int ROWS = 50;

    private final Connection c;
    private final String head;
    private final String row;
    private final PreparedStatement one;
    /** Prepared when the first {@value #ROWS} rows are there (an edit's few rows never need it). */
    private PreparedStatement many;

    private final int columns;
    private final Object[] pending;
    private int rows;

    RowInserter(Connection c, String table, String... columns) throws SQLException {
        this.c = c;
        this.columns = columns.length;
        this.head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        this.row = "(" + String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
        this.one = c.prepareStatement(head + row);
        this.pending = new Object[ROWS * columns.length];
    }

    /** Adds a row: its values in the order of the columns. */
    void add(Object... values) throws SQLException {
        if (values.length != columns) {
            throw new IllegalArgumentException(columns + " values expected, " + values.length + " given");
        }
        System.arraycopy(values, 0, pending, rows * columns, columns);
        if (++rows == ROWS) {
            if (many == null) {
                many = c.prepareStatement(head + String.join(", ", Collections.nCopies(ROWS, row)));
            }
            for (int i = 0; i < pending.length; i++) {
                set(many, i + 1, pending[i]);
            }
            many.executeUpdate();
            rows = 0;
        }
    }

    private static void set(PreparedStatement ps, int index, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(index, Types.NULL);
        } else if (v instanceof Number n) {
            ps.setLong(index, n.longValue());
        } else {
            ps.setString(index, v.toString());
        }
    }

    /** Sends the rows left over; nothing is sent after. */
    @Override
    public void close() throws SQLException {
        try {
            for (int r = 0; r < rows; r++) {
                for (int i = 0; i < columns; i++) {
                    set(one, i + 1, pending[r * columns + i]);
                }
                one.executeUpdate();
            }
            rows = 0;
        } finally {
            try {
                if (many != null) {
                    many.close();
                }
            } finally {
                one.close();
            }
        }
    }
}
