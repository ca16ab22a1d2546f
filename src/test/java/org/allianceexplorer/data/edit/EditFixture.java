package org.allianceexplorer.data.edit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Dialect;
import org.allianceexplorer.data.Editing;
import org.allianceexplorer.data.load.BundledDataset;
import org.allianceexplorer.data.load.DatasetFiles;
import org.allianceexplorer.testing.Engine;
import org.allianceexplorer.testing.TestServer;

/** The bundled dataset built once, copied for each test that edits it; and SQL probes for assertions. */
public final class EditFixture {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:30:15Z"), ZoneOffset.UTC);
    private static Path built;

    private EditFixture() {}

    /** A fresh copy of the bundled dataset at {@code target}. */
    public static synchronized Path copy(Path target) throws Exception {
        Files.copy(built(), target);
        return target;
    }

    /** The bundled dataset built for the edit tests (copy it before writing: {@link #copy}). */
    public static Path bundledFile() throws Exception {
        return built();
    }

    private static synchronized Path built() throws Exception {
        if (built == null) {
            Path dir = Files.createTempDirectory("edit-fixture-");
            built = dir.resolve("bundled.sqlite");
            BundledDataset.build(DatasetFiles.bundled(), built);
            dir.toFile().deleteOnExit();
            built.toFile().deleteOnExit();
        }
        return built;
    }

    /**
     * A fresh copy of the bundled dataset open for editing on {@code engine} (ADR 0018): a file in {@code dir}, or
     * a new database on the test server; history stamped at a fixed time.
     */
    public static Editing open(Engine engine, Path dir) throws Exception {
        if (engine == Engine.SQLITE) {
            return open(copy(dir.resolve("db.sqlite")));
        }
        return Editing.of(TestServer.writableCopyOf(built()), CLOCK);
    }

    /**
     * The rows whose foreign keys point nowhere. On SQLite a program may write with the checks off; a server checks
     * every write, so there the list is empty by construction.
     */
    public static List<String> danglingForeignKeys(Database db) throws SQLException {
        return db.dialect() == Dialect.SQLITE ? rows(db.connection(), "PRAGMA foreign_key_check") : List.of();
    }

    /** Opens a copy for editing, stamping history at a fixed time. */
    public static Editing open(Path file) {
        return Editing.of(Database.openForEditing(file), CLOCK);
    }

    public static long id(Database db, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("no row: " + sql);
                }
                return rs.getLong(1);
            }
        }
    }

    public static String text(Database db, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Every row of a query, columns joined by {@code |}. */
    public static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    if (i > 1) {
                        sb.append('|');
                    }
                    sb.append(rs.getString(i));
                }
                out.add(sb.toString());
            }
        }
        return out;
    }

    /** The whole content of the data tables (not the history), to compare before and after an undo. */
    public static List<String> content(Database db) throws SQLException {
        List<String> out = new ArrayList<>();
        for (String t : Database.RECORD_TABLES) {
            for (String r : rows(db.connection(), "SELECT * FROM " + t + " ORDER BY 1, 2")) {
                out.add(t + ": " + r);
            }
        }
        return out;
    }
}
