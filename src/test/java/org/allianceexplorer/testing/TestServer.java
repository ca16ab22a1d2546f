package org.allianceexplorer.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.EngineCopy;
import org.allianceexplorer.data.ServerAddress;
import org.allianceexplorer.data.TeamServer;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests run on (ADR 0018): {@code AE_TEST_POSTGRES} names it
 * ({@code scripts/test-postgres.sh start} makes a throwaway one), the password in {@code PGPASSWORD}. Without it a
 * PostgreSQL test is skipped with the reason, unless {@code -Dae.test.postgres.required=true} (CI), where it fails.
 *
 * <p>Each test gets a database of its own: a copy of an SQLite file made once per run as a template, cloned with
 * {@code CREATE DATABASE ... TEMPLATE} (fast), dropped when the test JVM ends.
 */
public final class TestServer {

    public static final String VARIABLE = "AE_TEST_POSTGRES";
    public static final String REQUIRED = "ae.test.postgres.required";

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final String RUN = Long.toString(ProcessHandle.current().pid());
    private static final Map<String, String> TEMPLATES = new HashMap<>();
    private static final List<String> CREATED = new ArrayList<>();
    private static boolean hooked;

    private TestServer() {}

    /** The server's address (its database: the one the tests' databases are made from), or skip/fail. */
    public static synchronized ServerAddress address() {
        String url = System.getenv(VARIABLE);
        if (url == null || url.isBlank()) {
            if (Boolean.getBoolean(REQUIRED)) {
                throw new AssertionError("the PostgreSQL tests are required (-D" + REQUIRED + "=true) but " + VARIABLE
                        + " is not set: start a server with scripts/test-postgres.sh start");
            }
            Assumptions.abort("no PostgreSQL server for the tests: set " + VARIABLE
                    + " (eval \"$(scripts/test-postgres.sh start)\") to run them on PostgreSQL too");
        }
        return ServerAddress.parse(url);
    }

    /** A new database on the server with the current schema and the records of the SQLite file, open read-only. */
    public static Database copyOf(Path sqliteFile) {
        return Database.openServer(newCopy(sqliteFile), null, true);
    }

    /** As {@link #copyOf}, open for writing. */
    public static Database writableCopyOf(Path sqliteFile) {
        return Database.openServer(newCopy(sqliteFile), null, false);
    }

    /** A new empty database on the server with the current schema, open for writing. */
    public static Database newDatabase() {
        ServerAddress a = address().withDatabase(newName());
        admin("CREATE DATABASE " + a.database());
        return Database.createOnServer(a, null);
    }

    /** A new database on the server, a copy of the SQLite file's records; its address. */
    public static synchronized ServerAddress newCopy(Path sqliteFile) {
        ServerAddress base = address();
        String key;
        try {
            key = sqliteFile.toRealPath() + "|" + Files.size(sqliteFile) + "|" + Files.getLastModifiedTime(sqliteFile);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String template = TEMPLATES.get(key);
        if (template == null) {
            ServerAddress t = base.withDatabase(newName());
            admin("CREATE DATABASE " + t.database());
            try (Database from = Database.openReadOnly(sqliteFile);
                    Database to = Database.createOnServer(t, null)) {
                EngineCopy.copy(from, to);
            }
            template = t.database();
            TEMPLATES.put(key, template);
        }
        ServerAddress a = base.withDatabase(newName());
        admin("CREATE DATABASE " + a.database() + " TEMPLATE " + template);
        return a;
    }

    private static synchronized String newName() {
        String name = "ae_t" + RUN + "_" + NAMES.incrementAndGet();
        CREATED.add(name);
        if (!hooked) {
            hooked = true;
            Runtime.getRuntime().addShutdownHook(new Thread(TestServer::dropAll, "drop test databases"));
        }
        return name;
    }

    /**
     * Sets up the team database at {@code a} (init-server's roles and grants) and a login {@code name} with
     * {@code password} in its readers' role; the reader's address. Drop the role after the test.
     */
    public static ServerAddress reader(ServerAddress a, String name, String password) {
        TeamServer.Roles roles = TeamServer.Roles.of(a);
        TeamServer.initialize(a, null, roles);
        admin("DROP ROLE IF EXISTS " + name);
        admin("CREATE ROLE " + name + " LOGIN PASSWORD '" + password + "' IN ROLE " + roles.readers());
        return new ServerAddress(name, a.host(), a.port(), a.database(), null);
    }

    /** Runs a statement on the server's own database (CREATE/DROP DATABASE cannot run in a transaction). */
    public static void admin(String sql) {
        try (Connection c = connect(address());
                Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test server: " + e.getMessage(), e);
        }
    }

    /**
     * Restarts the server, as an administrator or a crash-free reboot would (issue 17: clients reconnect): the
     * cluster of {@code scripts/test-postgres.sh} is restarted with it (fast shutdown: every connection is cut, the
     * server refuses new ones for a moment). A server the script did not start is not ours to restart: then every
     * connection to {@code a}'s database is ended instead, which is what its clients see of a restart. Returns
     * whether the server itself was restarted.
     */
    public static boolean restart(ServerAddress a) {
        Path script = Path.of("scripts", "test-postgres.sh");
        Path state = Path.of(System.getenv().getOrDefault("AE_PG_STATE", "/tmp/ae-test-postgres"));
        try {
            if (Files.isRegularFile(script)
                    && Files.isRegularFile(state.resolve("port"))
                    && Files.readString(state.resolve("port")).strip().equals(String.valueOf(a.port()))) {
                Process p = new ProcessBuilder("bash", script.toString(), "restart")
                        .redirectErrorStream(true)
                        .start();
                String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                if (p.waitFor() != 0) {
                    throw new IllegalStateException("test server: restart failed: " + out);
                }
                return true;
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + a.database()
                + "' AND pid <> pg_backend_pid()");
        return false;
    }

    /** A plain JDBC connection (no translation) to the server's database at {@code a}. */
    public static Connection connect(ServerAddress a) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", a.user());
        String pw = System.getenv("PGPASSWORD");
        if (pw != null) {
            p.setProperty("password", pw);
        }
        return DriverManager.getConnection("jdbc:postgresql://" + a.host() + ":" + a.port() + "/" + a.database(), p);
    }

    private static void dropAll() {
        List<String> names;
        synchronized (TestServer.class) {
            names = new ArrayList<>(CREATED);
        }
        try (Connection c = connect(ServerAddress.parse(System.getenv(VARIABLE)));
                Statement st = c.createStatement()) {
            for (String name : names) {
                try {
                    st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                } catch (SQLException ignored) {
                    // a throwaway cluster: what is left goes with it
                }
            }
        } catch (SQLException | RuntimeException ignored) {
            // best effort at exit
        }
    }
}
