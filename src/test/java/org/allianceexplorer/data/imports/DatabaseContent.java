package org.allianceexplorer.data.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.allianceexplorer.data.Database;

/**
 * Everything a database holds, without its surrogate ids: every row of every table, with each reference
 * to another record (a foreign key, a citation's record) replaced by that record's key. Two databases
 * hold the same data when their contents are equal.
 */
final class DatabaseContent {

    /** Every table of the schema; {@link #of} checks the database has no other. */
    static final List<String> TABLES = Database.TABLES;

    private DatabaseContent() {}

    /** Table name to its rows (each a text), sorted. */
    static Map<String, List<String>> of(Path file) throws SQLException {
        try (Database db = Database.openReadOnly(file)) {
            return of(db.connection());
        }
    }

    static Map<String, List<String>> of(Connection c) throws SQLException {
        List<String> have = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            while (rs.next()) {
                have.add(rs.getString(1));
            }
        }
        // the derived tables (kept in step by the database, compared with what they derive from in DealStateTest)
        // hold surrogate ids only: they are not content
        List<String> known = new ArrayList<>(TABLES);
        known.addAll(Database.DERIVED_TABLES);
        assertThat(have).as("the tables compared are all the tables").containsExactlyInAnyOrderElementsOf(known);
        Map<String, Map<Long, String>> keys = new HashMap<>();
        for (String t : TABLES) {
            String expr = keyExpression(t);
            if (expr == null) {
                continue;
            }
            Map<Long, String> m = new HashMap<>();
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT id, " + expr + " FROM " + t + " x")) {
                while (rs.next()) {
                    String k = rs.getString(2);
                    m.put(rs.getLong(1), k == null ? "<no key, id " + rs.getLong(1) + ">" : k);
                }
            }
            keys.put(t, m);
        }
        Map<String, List<String>> out = new TreeMap<>();
        for (String t : TABLES) {
            Map<String, String> fks = new HashMap<>();
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("PRAGMA foreign_key_list(" + t + ")")) {
                while (rs.next()) {
                    fks.put(rs.getString("from"), rs.getString("table"));
                }
            }
            List<String> rows = new ArrayList<>();
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT * FROM " + t)) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    String kind = null;
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        String col = md.getColumnName(i);
                        Object v = rs.getObject(i);
                        if (col.equals("id")) {
                            continue;
                        }
                        if (col.equals("record_kind")) {
                            kind = (String) v;
                        }
                        String shown;
                        if (v == null) {
                            shown = "NULL";
                        } else if (fks.containsKey(col)) {
                            shown = "->" + keys.get(fks.get(col)).get(((Number) v).longValue());
                        } else if (t.equals("citation") && col.equals("record_id")) {
                            shown = "->" + keys.get(kind).get(((Number) v).longValue());
                        } else {
                            shown = v.getClass().getSimpleName() + ":" + v;
                        }
                        row.append(col).append('=').append(shown).append(" | ");
                    }
                    rows.add(row.toString());
                }
            }
            rows.sort(null);
            out.put(t, rows);
        }
        return out;
    }

    private static String keyExpression(String table) {
        return switch (table) {
            case "party" -> "abbreviation";
            case "party_alias" -> "label";
            case "constituency" -> "(SELECT a.code FROM assembly a WHERE a.id = x.assembly_id) || '/' || code";
            case "event_party", "event_person", "citation", "meta", "history" -> null;
            // the edits are not in the interchange format: a dump and its import have none (docs/data-format.md)
            case "edit" -> "time || ' ' || label";
            default -> "code";
        };
    }

    /** File name to SHA-256 of its bytes, for every file under {@code folder}. */
    static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(folder.relativize(p).toString(), sha256(p));
            }
        }
        return out;
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
