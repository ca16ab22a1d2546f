package org.allianceexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allianceexplorer.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One schema on both engines (ADR 0018): a new database has the same tables with the same columns in the same
 * order, the same indexes by name, and the same version, on SQLite and on PostgreSQL. A schema change written for
 * one engine only fails here.
 */
class SchemaParityTest {

    @TempDir
    Path dir;

    @Test
    void aNewDatabaseHasTheSameTablesColumnsAndIndexesOnBothEngines() throws Exception {
        Map<String, List<String>> sqliteColumns = new LinkedHashMap<>();
        List<String> sqliteIndexes = new ArrayList<>();
        Path file = dir.resolve("new.sqlite");
        Database.createNew(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement()) {
            for (String table : strings(st, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")) {
                sqliteColumns.put(
                        table, strings(st, "SELECT name FROM pragma_table_info('" + table + "') ORDER BY cid"));
            }
            sqliteIndexes.addAll(strings(
                    st,
                    "SELECT name FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex%'"
                            + " ORDER BY name"));
        }

        Map<String, List<String>> pgColumns = new LinkedHashMap<>();
        List<String> pgIndexes;
        try (Database db = TestServer.newDatabase();
                Connection c = TestServer.connect(db.server());
                Statement st = c.createStatement()) {
            for (String table : strings(
                    st,
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                            + " AND table_name <> 'ae_schema' ORDER BY table_name COLLATE \"C\"")) {
                pgColumns.put(
                        table,
                        strings(
                                st,
                                "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                                        + " AND table_name = '" + table + "' ORDER BY ordinal_position"));
            }
            // the indexes made by name (PostgreSQL's own for keys and UNIQUE columns end in _pkey and _key)
            pgIndexes = strings(
                    st,
                    "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
                            + " AND indexname NOT LIKE '%\\_pkey' AND indexname NOT LIKE '%\\_key'"
                            + " ORDER BY indexname COLLATE \"C\"");
            assertThat(strings(st, "SELECT version FROM ae_schema"))
                    .containsExactly(String.valueOf(Migrations.standard().latest()));
        }

        assertThat(pgColumns.keySet()).containsExactlyElementsOf(sqliteColumns.keySet());
        for (String table : sqliteColumns.keySet()) {
            assertThat(pgColumns.get(table)).as(table).containsExactlyElementsOf(sqliteColumns.get(table));
        }
        assertThat(pgIndexes).containsExactlyElementsOf(sqliteIndexes);
        assertThat(sqliteColumns).containsKeys(Database.TABLES.toArray(String[]::new));
    }

    private static List<String> strings(Statement st, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
