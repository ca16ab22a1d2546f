package org.allianceexplorer.data;

import java.sql.Connection;
import java.sql.SQLException;

/** Work in one transaction on a connection: committed when it completes, rolled back when it throws. */
public final class Transactions {

    /** What runs inside the transaction. */
    @FunctionalInterface
    public interface Work {
        void run() throws SQLException;
    }

    private Transactions() {}

    /** Runs {@code work} in one transaction on {@code c}, then gives {@code c} back its auto-commit setting. */
    public static void run(Connection c, Work work) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            work.run();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
