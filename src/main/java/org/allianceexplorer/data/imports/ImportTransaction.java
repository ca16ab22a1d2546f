package org.allianceexplorer.data.imports;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.DealState;
import org.sqlite.SQLiteConnection;

/**
 * An import's one transaction, shared by {@code import} ({@link Importer}) and {@code import-results}: the
 * work runs with auto-commit off and is committed only when its report is ok, else rolled back; a database or
 * read failure becomes a problem in the report (on a database that is a scratch copy of ours, see
 * {@link DatabaseCopy}), never an exception.
 */
public final class ImportTransaction {

    /** The import's reading and writing, on the connection of the transaction. */
    @FunctionalInterface
    public interface Work {
        void run(Connection c) throws IOException, SQLException;
    }

    /** Records the failure that stopped the work: where, what could not be done ("cannot write: "), the detail. */
    @FunctionalInterface
    public interface Failure {
        void failed(String where, String what, String detail);
    }

    private ImportTransaction() {}

    /**
     * Runs {@code work} on {@code db} in one transaction, committed only when {@code ok} says so after it. A
     * database failure is reported as {@code "(database)"}, a read failure as {@code input}.
     */
    public static void run(Database db, BooleanSupplier ok, String input, Failure failure, Work work) {
        Connection c = db.connection();
        try {
            // the driver otherwise prepares and runs "SELECT last_insert_rowid()" after every INSERT (the importers
            // give ids themselves): a third of an import's time
            if (db.server() == null) {
                c.unwrap(SQLiteConnection.class).getConnectionConfig().setGetGeneratedKeys(false);
            }
            c.setAutoCommit(false);
            work.run(c);
            if (ok.getAsBoolean()) {
                DealState.refresh(c);
                c.commit();
            } else {
                c.rollback();
            }
        } catch (SQLException e) {
            failure.failed("(database)", "cannot write: ", e.getMessage());
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the database is a scratch copy that will be discarded
            }
        } catch (IOException e) {
            failure.failed(Objects.requireNonNull(input), "cannot read: ", e.getMessage());
        }
    }
}
