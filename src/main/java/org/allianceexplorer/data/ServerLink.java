package org.allianceexplorer.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * A team database's connection that comes back after the server went away (issue 17): a restart, a network cut, an
 * administrator ending the session. A unit of work (a query, an edit's transaction) asks for the connection when it
 * begins ({@link Database#connection()}); when the last one broke, a new one is made then, with the same user,
 * password and read-only mode, and listening again. A transaction that was running when it broke is never carried
 * over: its statements fail on the broken connection and it is rolled back by the server, so nothing is half
 * written and nothing unacknowledged is taken as saved.
 *
 * <p>The password (when one was typed rather than found in {@code PGPASSWORD} or {@code ~/.pgpass}) stays in this
 * object's memory while the database is open, to connect again; it is never written, logged or shown, and it is
 * overwritten when the database closes.
 */
final class ServerLink {

    private final ServerAddress address;
    private final char[] password;
    private final boolean readOnly;
    private Connection raw;
    private Connection wrapped;
    private boolean broken;
    /** How many commits of others this link was told of (LISTEN ae_changes), a reconnection counting as one. */
    private long othersCommits;

    private ServerLink(ServerAddress address, char[] password, boolean readOnly, Connection raw) {
        this.address = address;
        this.password = password == null ? null : password.clone();
        this.readOnly = readOnly;
        use(raw);
    }

    /** Connects (the schema checked, listening to others' commits) or fails with one line naming the server. */
    static ServerLink open(ServerAddress address, char[] password, boolean readOnly) {
        Connection c = ServerConnections.connect(address, password, readOnly);
        try {
            ServerConnections.checkSchema(c, address, Migrations.postgresql());
            ServerConnections.listen(c, address);
            return new ServerLink(address, password, readOnly, c);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** A link over a connection made already ({@code createOnServer}): it reconnects without a typed password. */
    static ServerLink over(ServerAddress address, char[] password, boolean readOnly, Connection raw) {
        return new ServerLink(address, password, readOnly, raw);
    }

    private void use(Connection c) {
        raw = c;
        wrapped = Dialect.POSTGRESQL.wrap(c);
        broken = false;
    }

    /**
     * The connection for the next unit of work: the same one while it works; a new one when the last broke (or
     * the driver closed it). Fails with one line when the server cannot be reached yet; the next call tries again.
     */
    synchronized Connection connection() {
        if (broken || isClosed(raw)) {
            Connection c = ServerConnections.connect(address, password, readOnly);
            try {
                ServerConnections.listen(c, address);
            } catch (RuntimeException e) {
                closeQuietly(c);
                throw e;
            }
            closeQuietly(raw);
            use(c);
            // what others committed while it was away was not told to the new connection: count it as a change
            othersCommits++;
        }
        return wrapped;
    }

    /**
     * The commits of other sessions this link was told of so far (its own not counted), for the window's poll: it
     * changes when another editor, another tool, or a reconnection may have changed the data.
     */
    synchronized long othersCommits() throws SQLException {
        Connection c = connection();
        othersCommits += ServerConnections.othersCommits(c);
        return othersCommits;
    }

    /**
     * Notes a failure: when it says the connection is gone (the server ended it, the network broke), the next unit
     * of work connects again.
     */
    synchronized void failed(SQLException e) {
        if (isConnectionLost(e)) {
            broken = true;
        }
    }

    /** The password given when opened, for opening the same database again (for editing); may be null. */
    char[] password() {
        return password;
    }

    boolean readOnly() {
        return readOnly;
    }

    synchronized void close() {
        closeQuietly(raw);
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }

    /** Connection exceptions (08…), the server shutting down or ending the session (57P01–57P03). */
    static boolean isConnectionLost(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                String state = s.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P0")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isClosed(Connection c) {
        try {
            return c.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException | RuntimeException ignored) {
            // already gone
        }
    }
}
