package org.allianceexplorer.data.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** A prepared INSERT whose rows are sent in batches of {@value #SIZE}. */
final class Batch implements AutoCloseable {
    static final int SIZE = 10_000;

    final PreparedStatement ps;
    /** The batch of the rows these rows refer to: sent first, so every reference is valid when sent. */
    private final Batch parent;

    private int pending;

    Batch(Connection c, String sql) throws SQLException {
        this(c, sql, null);
    }

    Batch(Connection c, String sql, Batch parent) throws SQLException {
        this.ps = c.prepareStatement(sql);
        this.parent = parent;
    }

    /** Adds a row: the values in the order of the statement's parameters (a number, a text or null). */
    void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (v instanceof Number n) {
                ps.setLong(i + 1, n.longValue());
            } else {
                ps.setString(i + 1, v.toString());
            }
        }
        add();
    }

    private void add() throws SQLException {
        ps.addBatch();
        if (++pending == SIZE) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (parent != null) {
            parent.flush();
        }
        if (pending > 0) {
            ps.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            ps.close();
        }
    }
}
