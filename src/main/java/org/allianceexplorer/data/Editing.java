package org.allianceexplorer.data;

import java.time.Clock;

/**
 * The editing side of an open database, made by the same composition root as {@link Repositories}: the
 * database open for editing and its edit service. Closing it closes the database.
 */
public record Editing(Database database, EditRepository edits) implements AutoCloseable {

    /** Edits over a database open for editing ({@link Database#openForEditing}). */
    public static Editing of(Database db) {
        return of(db, Clock.systemUTC());
    }

    /** As {@link #of(Database)}, with the clock that stamps the history (tests). */
    public static Editing of(Database db, Clock clock) {
        if (db.readOnly()) {
            throw new DatabaseException(db.location() + ": is open read-only; open it for editing first");
        }
        return new Editing(db, new SqlEditRepository(db, clock));
    }

    /** The name history rows carry when none is set in the preferences: the operating system's user name. */
    public static String defaultEditor() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "unknown" : user;
    }

    @Override
    public void close() {
        database.close();
    }
}
