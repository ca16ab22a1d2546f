package org.allianceexplorer.app;

import java.util.Map;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Editing;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.data.TeamServer;
import org.allianceexplorer.domain.RecordKind;

/**
 * An open database with its repositories and record counts; {@code editing} is its edit service while it is
 * open for editing, else {@code null} (databases open read-only). {@code revision} counts the changes seen
 * since it was opened: a session after an edit is never equal to the one before (an edit that leaves every
 * count as it was, a rename, must still reach every view that listens to the session). {@code mayEdit}: whether
 * the user may edit it at all; false only for a team database whose server lets this user read alone (a reader's
 * window shows no editing).
 */
public record Session(
        Database database,
        Repositories repositories,
        Map<RecordKind, Long> counts,
        Editing editing,
        long revision,
        boolean mayEdit) {

    public Session {
        counts = Map.copyOf(counts);
    }

    /** Opens the repositories of a database and counts its records (call off the FX thread). */
    public static Session of(Database db) {
        Repositories r = Repositories.of(db);
        boolean mayEdit = db.server() == null || TeamServer.mayEdit(db);
        return new Session(db, r, r.statistics().counts(), null, 0, mayEdit);
    }

    /**
     * The same file opened again for editing (WAL, busy timeout; refused for a bundled dataset or a file that
     * cannot be written, with a one-line message); a team database, a connection that may write (refused for a
     * reader). Call off the FX thread; the old session stays open.
     */
    public static Session forEditing(Database open) {
        Database db = open.openForEditing();
        try {
            Repositories r = Repositories.of(db);
            return new Session(db, r, r.statistics().counts(), Editing.of(db), 0, true);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** True while the database is open for editing. */
    public boolean editable() {
        return editing != null;
    }

    /**
     * True when the window follows others' commits to this database: a file open for editing (its data_version),
     * or a team database, read-only too (its server's notifications).
     */
    public boolean followsOthers() {
        return editable() || database.server() != null;
    }

    /** The same database open read-only again (editing ends): the file, or the team database as the same user. */
    public static Session readOnly(Session editing) {
        return of(editing.database().reopenReadOnly());
    }

    /** The same session after an edit, with its records counted again (call off the FX thread). */
    public Session afterEdit() {
        return new Session(database, repositories, repositories.statistics().counts(), editing, revision + 1, mayEdit);
    }

    /**
     * Whether {@code other} is this session's database (its file opened again, for editing or after an edit; or the
     * same team database on the same server).
     */
    public boolean sameFile(Session other) {
        if (other == null) {
            return false;
        }
        Database a = database;
        Database b = other.database();
        return a.path() != null
                ? a.path().equals(b.path())
                : a.server() != null && a.server().equals(b.server());
    }

    /**
     * Closes this session's database after the jobs queued before it (a view still reading the old session
     * finishes first): the one way a replaced session is let go.
     */
    public void closeLater(TaskRunner tasks) {
        tasks.run(
                "Closing " + name(),
                () -> {
                    database.close();
                    return null;
                },
                x -> {},
                e -> {});
    }

    public String name() {
        return database.displayName();
    }
}
