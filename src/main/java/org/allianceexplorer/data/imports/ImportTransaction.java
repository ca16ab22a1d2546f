package org.allianceexplorer.data.imports;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.DealState;
import org.allianceexplorer.data.Editing;
import org.allianceexplorer.data.ImportHistory;
import org.sqlite.SQLiteConnection;

/**
 * An import's one transaction, shared by {@code import} ({@link Importer}) and {@code import-results}: the
 * work runs with auto-commit off and is committed only when its report is ok, else rolled back; a database or
 * read failure becomes a problem in the report (on a database that is a scratch copy of ours, see
 * {@link DatabaseCopy}), never an exception.
 */
public final class ImportTransaction {

    /** The import's reading and writing, on the connection of the transaction; it tells {@code history} what it changes. */
    @FunctionalInterface
    public interface Work {
        void run(Connection c, ImportHistory history) throws IOException, SQLException;
    }

    /**
     * An import into an existing database, recorded in its history as one edit: its name ("Import update.zip") and
     * who made it (given null: the operating system's user name; a team database records its server user).
     */
    public record Recording(String label, String editor) {
        public Recording {
            editor = editor == null ? Editing.defaultEditor() : editor;
        }
    }

    private ImportTransaction() {}

    /**
     * Runs {@code work} on {@code db} in one transaction, committed only when {@code report} has no problem after
     * it. A database failure becomes a problem of {@code "(database)"}, a read failure one of {@code input}, their
     * message made one line by {@code oneLine}. With a {@code recording}, what the import added and changed is
     * recorded in the history in the same transaction ({@link ImportHistory}), and the report says how.
     */
    public static void run(
            Database db,
            ImportOutcome report,
            String input,
            UnaryOperator<String> oneLine,
            Recording recording,
            Work work) {
        Connection c = db.connection();
        try {
            // the driver otherwise prepares and runs "SELECT last_insert_rowid()" after every INSERT (the importers
            // give ids themselves): a third of an import's time
            if (db.server() == null) {
                c.unwrap(SQLiteConnection.class).getConnectionConfig().setGetGeneratedKeys(false);
            }
            c.setAutoCommit(false);
            ImportHistory history = recording == null ? ImportHistory.NONE : ImportHistory.begin(c);
            work.run(c, history);
            if (report.ok()) {
                ImportHistory.Recorded made = recording == null
                        ? ImportHistory.Recorded.NONE
                        : history.record(db, recording.label(), recording.editor(), Clock.systemUTC());
                DealState.refresh(c);
                c.commit();
                report.recorded(made);
            } else {
                c.rollback();
            }
        } catch (SQLException e) {
            report.problem("(database)", 0, null, "cannot write: " + oneLine.apply(e.getMessage()));
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the database is a scratch copy that will be discarded
            }
        } catch (IOException e) {
            report.problem(Objects.requireNonNull(input), 0, null, "cannot read: " + oneLine.apply(e.getMessage()));
        }
    }
}
