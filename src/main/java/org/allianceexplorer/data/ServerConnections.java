package org.allianceexplorer.data;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.postgresql.jdbcurlresolver.PgPassParser;

/**
 * Connections to a team database on PostgreSQL (ADR 0018): the password looked up (never logged, never in a
 * message), the failures put in one line naming the problem, the schema checked as for a file.
 */
final class ServerConnections {

    private static final int CONNECT_TIMEOUT_S = 10;

    private ServerConnections() {}

    /**
     * A connection as {@code address.user()}: password from {@code password} if given, else {@code PGPASSWORD},
     * else {@code ~/.pgpass} ({@code PGPASSFILE}), else none. Read-only connections are read-only in the server
     * (every transaction READ ONLY), so browsing never writes.
     */
    static Connection connect(ServerAddress address, char[] password, boolean readOnly) {
        Properties props = new Properties();
        props.setProperty("user", address.user());
        String pw = password != null ? new String(password) : System.getenv("PGPASSWORD");
        if (pw == null) {
            pw = PgPassParser.getPassword(
                    address.host(), String.valueOf(address.port()), address.database(), address.user());
        }
        if (pw != null) {
            props.setProperty("password", pw);
        }
        if (address.sslmode() != null) {
            props.setProperty("sslmode", address.sslmode());
        }
        props.setProperty("ApplicationName", "Alliance Explorer");
        props.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_S));
        // text parameters are typed by the server from where they are used, as SQLite does with its affinities
        props.setProperty("stringtype", "unspecified");
        // read-only in autocommit too (the driver's default makes only explicit transactions read-only)
        props.setProperty("readOnlyMode", "always");
        try {
            Connection c = DriverManager.getConnection(address.jdbcUrl(), props);
            try {
                c.setReadOnly(readOnly);
                return c;
            } catch (SQLException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw translate(address, e);
        }
    }

    /** Asks the server to tell this connection of every commit that writes records (the baseline's triggers). */
    static void listen(Connection c, ServerAddress address) {
        try (Statement st = c.createStatement()) {
            st.execute("LISTEN ae_changes");
        } catch (SQLException e) {
            throw translate(address, e);
        }
    }

    /** How many commits of other sessions were notified since the last call (this session's own not counted). */
    static long othersCommits(Connection c) throws SQLException {
        org.postgresql.PGConnection pg = c.unwrap(org.postgresql.PGConnection.class);
        // a round trip brings in what the server sent meanwhile
        try (Statement st = c.createStatement()) {
            st.execute("SELECT 1");
        }
        org.postgresql.PGNotification[] told = pg.getNotifications();
        long n = 0;
        if (told != null) {
            for (org.postgresql.PGNotification x : told) {
                if (x.getPID() != pg.getBackendPID()) {
                    n++;
                }
            }
        }
        return n;
    }

    /** A failure as one line naming the server and the problem; never the password. */
    static DatabaseException translate(ServerAddress address, SQLException failure) {
        // a batch's failure is its entry's (the driver's own message lists the whole statement with its values)
        SQLException e = failure instanceof java.sql.BatchUpdateException && failure.getNextException() != null
                ? failure.getNextException()
                : failure;
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String what;
        if (state.equals("28P01")) {
            what = "the password for user " + address.user() + " was refused";
        } else if (state.equals("28000")) {
            what = "user " + address.user() + " may not connect to database " + address.database();
        } else if (state.equals("3D000")) {
            what = "the server has no database " + address.database();
        } else if (state.startsWith("08")) {
            what = "cannot reach the server (" + firstLine(e) + ")";
        } else if (state.equals("42501")) {
            what = "user " + address.user() + " may not do this (the server's grants refuse it)";
        } else if (state.equals("25006")) {
            what = "is open read-only; nothing was written";
        } else if (state.equals("40001") || state.equals("40P01")) {
            what = "another editor's change got in the way; nothing was written, try again";
        } else if (state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
            what = "the server ended the connection (shut down, restarting, or an administrator); what was not"
                    + " acknowledged was not saved";
        } else if (state.startsWith("23")) {
            what = "refused a record (" + firstLine(e).replaceFirst("^ERROR: ", "") + ")";
        } else if (e.getMessage() != null && e.getMessage().contains("password")) {
            what = "needs a password for user " + address.user() + " (in ~/.pgpass or PGPASSWORD)";
        } else {
            what = "failed (" + firstLine(e) + ")";
        }
        return new DatabaseException(address + ": " + what, failure);
    }

    private static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? "unknown error" : e.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }

    /** Checks that the database is Alliance Explorer's, of the current schema (as {@code Database} does a file). */
    static void checkSchema(Connection c, ServerAddress address, Migrations migrations) {
        try (Statement st = c.createStatement()) {
            Set<String> have = new HashSet<>();
            try (ResultSet rs = st.executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")) {
                while (rs.next()) {
                    have.add(rs.getString(1));
                }
            }
            if (!have.contains("ae_schema")) {
                throw new DatabaseException(address
                        + (have.isEmpty()
                                ? ": is an empty database with no Alliance Explorer schema (make it with init-server)"
                                : ": is a database of an unknown schema (not made by Alliance Explorer)"));
            }
            long appId;
            int version;
            try (ResultSet rs = st.executeQuery("SELECT application_id, version FROM ae_schema")) {
                if (!rs.next()) {
                    throw new DatabaseException(address + ": has no Alliance Explorer schema version");
                }
                appId = rs.getLong(1);
                version = rs.getInt(2);
            }
            if (appId != Migrations.APPLICATION_ID) {
                throw new DatabaseException(
                        address + ": is a database of an unknown schema (not made by Alliance Explorer)");
            }
            if (version > migrations.latest()) {
                throw new DatabaseException(String.format(
                        Locale.ROOT,
                        "%s: was made by a newer Alliance Explorer (schema %d; this version reads up to %d); "
                                + "please update the application",
                        address,
                        version,
                        migrations.latest()));
            }
            if (version < migrations.latest()) {
                throw new OlderSchemaException(
                        String.format(
                                Locale.ROOT,
                                "%s: has an older schema (%d, current %d); migrate it with an editor's account first",
                                address,
                                version,
                                migrations.latest()),
                        version,
                        migrations.latest());
            }
            List<String> missing =
                    Database.TABLES.stream().filter(t -> !have.contains(t)).toList();
            if (!missing.isEmpty()) {
                throw new DatabaseException(address + ": has an incomplete Alliance Explorer schema (missing "
                        + String.join(", ", missing) + ")");
            }
        } catch (SQLException e) {
            throw translate(address, e);
        }
    }
}
