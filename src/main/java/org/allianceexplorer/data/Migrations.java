package org.allianceexplorer.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbered schema migrations, {@code migrations/V001__core.sql} and on. The version a database is at
 * is its {@code PRAGMA user_version}; {@code PRAGMA application_id} marks the file as ours.
 *
 * <p>PostgreSQL has its variant of each script in {@code migrations/postgresql/} (ADR 0018): one version
 * sequence, one schema. Its history starts at {@link #POSTGRESQL_BASELINE} (schema 6 in one script, as SQLite's
 * six applied in order); its version and mark are the table {@code ae_schema}.
 */
public final class Migrations {

    /** "AlEx": marks a SQLite file as an Alliance Explorer database. */
    public static final int APPLICATION_ID = 0x416C4578;

    private static final String[] STANDARD = {
        "V001__core.sql",
        "V002__keys_and_meta.sql",
        "V003__party_results.sql",
        "V004__history.sql",
        "V005__official_counts.sql",
        "V006__deal_state.sql"
    };

    /** The version PostgreSQL's history starts at: its first script makes schema 6 whole. */
    public static final int POSTGRESQL_BASELINE = 6;

    private static final String[] POSTGRESQL = {"postgresql/V006__baseline.sql"};

    private final List<String> scripts;
    private final Dialect dialect;

    private Migrations(List<String> scripts) {
        this(scripts, Dialect.SQLITE);
    }

    private Migrations(List<String> scripts, Dialect dialect) {
        this.scripts = List.copyOf(scripts);
        this.dialect = dialect;
    }

    /**
     * The migrations of PostgreSQL, as many versions as {@link #standard()}: versions before the baseline have no
     * script of their own (the baseline makes them), so a database is either new or at the baseline or later.
     */
    public static Migrations postgresql() {
        List<String> texts = new ArrayList<>();
        for (int v = 1; v < POSTGRESQL_BASELINE; v++) {
            texts.add("");
        }
        for (String name : POSTGRESQL) {
            texts.add(resource(name));
        }
        return new Migrations(texts, Dialect.POSTGRESQL);
    }

    /** The migrations of an engine. */
    public static Migrations of(Dialect dialect) {
        return dialect == Dialect.POSTGRESQL ? postgresql() : standard();
    }

    /** The migrations this version of the application ships. */
    public static Migrations standard() {
        List<String> texts = new ArrayList<>();
        for (String name : STANDARD) {
            texts.add(resource(name));
        }
        return new Migrations(texts);
    }

    /** Migrations from given SQL texts; version i+1 is the i-th text. For tests of the mechanism. */
    public static Migrations of(List<String> sqlTexts) {
        return new Migrations(sqlTexts);
    }

    /** The schema version a database is at when all migrations have run. */
    public int latest() {
        return scripts.size();
    }

    /**
     * Brings a writable connection from {@code from} to {@link #latest()} in one transaction: all of it
     * happens or none of it.
     */
    public void migrate(Connection c, int from) throws SQLException {
        migrate(c, from, () -> {});
    }

    /** Work that runs inside a migration's transaction, after the scripts and before the state is worked out. */
    @FunctionalInterface
    public interface Fill {
        void run() throws SQLException;
    }

    /**
     * As {@link #migrate(Connection, int)}, with {@code fill} run in the same transaction after the scripts (a copy
     * into a new database on a server: schema and records, all or nothing).
     */
    public void migrate(Connection c, int from, Fill fill) throws SQLException {
        if (from > latest()) {
            throw new IllegalArgumentException("schema " + from + " is newer than " + latest());
        }
        if (dialect == Dialect.POSTGRESQL && from > 0 && from < POSTGRESQL_BASELINE) {
            throw new IllegalArgumentException("no PostgreSQL database has schema " + from);
        }
        Transactions.run(c, () -> {
            try (Statement st = c.createStatement()) {
                for (int v = from + 1; v <= latest(); v++) {
                    for (String sql : statements(scripts.get(v - 1))) {
                        st.executeUpdate(sql);
                    }
                }
                fill.run();
                // the deals' state kept ready (schema 6 on) is worked out for the deals the scripts queued
                DealState.refresh(c);
                if (dialect == Dialect.POSTGRESQL) {
                    st.executeUpdate("DELETE FROM ae_schema");
                    st.executeUpdate("INSERT INTO ae_schema (application_id, version) VALUES (" + APPLICATION_ID + ", "
                            + latest() + ")");
                } else {
                    st.executeUpdate("PRAGMA application_id = " + APPLICATION_ID);
                    st.executeUpdate("PRAGMA user_version = " + latest());
                }
            }
        });
    }

    /**
     * Splits a script into statements: comment lines dropped, split at a {@code ;} that ends a line, except
     * inside a {@code $$}-quoted body (PostgreSQL's functions).
     */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inBody = false;
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (!inBody && (t.startsWith("--") || t.isEmpty())) {
                continue;
            }
            cur.append(line).append('\n');
            if ((t.split("\\$\\$", -1).length - 1) % 2 == 1) {
                inBody = !inBody;
            }
            if (!inBody && t.endsWith(";")) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString().strip());
        }
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
