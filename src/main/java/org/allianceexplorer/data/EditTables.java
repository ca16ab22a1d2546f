package org.allianceexplorer.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.domain.edit.Field;

/**
 * What the edit service knows of the tables: their columns, which rows are keyed by id and which by their
 * fields (citation, event_party, event_person), the links between them (derived from the kinds' link
 * fields), and the generic row reads and writes. Values travel as text; the columns' type affinity stores
 * them as numbers where the column is numeric.
 */
final class EditTables {

    /** A table: its name, its columns (without id), and whether rows are keyed by an id. */
    record Table(String name, List<String> columns, boolean hasId) {}

    /** A column of {@code child} holding an id of {@code parent}; {@code nullable}: it may be emptied. */
    record Link(String child, String column, String parent, boolean nullable) {}

    /** An event's parties and people: kept in join tables, edited as the event's LINKS fields. */
    record Join(String field, String table, String ownerColumn, String otherColumn) {}

    static final List<Join> JOINS = List.of(
            new Join("parties", "event_party", "event_id", "party_id"),
            new Join("people", "event_person", "event_id", "person_id"));

    private static final Map<String, Table> TABLES = new LinkedHashMap<>();
    static final List<Link> LINKS = new ArrayList<>();

    static {
        for (EditKind k : EditKind.values()) {
            List<String> cols = k.fields().stream()
                    .filter(f -> f.type() != Field.Type.LINKS)
                    .map(Field::name)
                    .toList();
            TABLES.put(k.table(), new Table(k.table(), cols, k != EditKind.CITATION));
            for (Field f : k.fields()) {
                if (f.type() == Field.Type.LINK) {
                    LINKS.add(new Link(k.table(), f.name(), f.ref().table(), !f.required()));
                }
            }
        }
        for (Join j : JOINS) {
            TABLES.put(j.table(), new Table(j.table(), List.of(j.ownerColumn(), j.otherColumn()), false));
            LINKS.add(new Link(j.table(), j.ownerColumn(), "event", false));
            LINKS.add(new Link(
                    j.table(), j.otherColumn(), j.otherColumn().equals("party_id") ? "party" : "person", false));
        }
    }

    private final Connection c;

    EditTables(Connection c) {
        this.c = c;
    }

    static Table table(String name) {
        Table t = TABLES.get(name);
        if (t == null) {
            throw new IllegalArgumentException("not an editable table: " + name);
        }
        return t;
    }

    /** The table a link column of {@code table} points to, if it is one. */
    static Optional<String> linkedTable(String table, String column) {
        return LINKS.stream()
                .filter(l -> l.child().equals(table) && l.column().equals(column))
                .map(Link::parent)
                .findFirst();
    }

    /**
     * Holds a row until the transaction ends, so that another editor's change of it waits and then reads this
     * one's: PostgreSQL's row lock. SQLite needs none: an edit's transaction holds the whole file's write lock.
     */
    void lock(String table, long id) throws SQLException {
        Table t = table(table);
        if (Dialect.of(c) != Dialect.POSTGRESQL || !t.hasId()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + t.name() + " WHERE id = ? FOR UPDATE")) {
            ps.setLong(1, id);
            ps.executeQuery().close();
        }
    }

    /** A row's values by id (every column; null for empty), or empty when there is no such row. */
    Optional<Map<String, String>> read(String table, long id) throws SQLException {
        Table t = table(table);
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + String.join(", ", t.columns()) + " FROM " + t.name() + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(values(t, rs)) : Optional.empty();
            }
        }
    }

    /** True when a row keyed by its fields has exactly these key values. */
    boolean exists(String table, Map<String, String> key) throws SQLException {
        Table t = table(table);
        List<String> cols = t.columns();
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + t.name() + " WHERE "
                + String.join(" AND ", cols.stream().map(col -> col + " = ?").toList()))) {
            for (int i = 0; i < cols.size(); i++) {
                ps.setString(i + 1, key.get(cols.get(i)));
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Inserts a row; with {@code id} null the database gives it one. Returns its id (-1 for keyed rows). */
    long insert(String table, Long id, Map<String, String> values) throws SQLException {
        Table t = table(table);
        List<String> cols = new ArrayList<>();
        List<String> vals = new ArrayList<>();
        if (t.hasId() && id != null) {
            cols.add("id");
            vals.add(Long.toString(id));
        }
        for (String col : t.columns()) {
            if (values.get(col) != null) {
                cols.add(col);
                vals.add(values.get(col));
            }
        }
        String sql = "INSERT INTO " + t.name() + " (" + String.join(", ", cols) + ") VALUES ("
                + String.join(", ", cols.stream().map(x -> "?").toList()) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < vals.size(); i++) {
                ps.setString(i + 1, vals.get(i));
            }
            ps.executeUpdate();
        }
        if (!t.hasId()) {
            return -1;
        }
        if (id != null) {
            return id;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Sets fields of a row by id. */
    void update(String table, long id, Map<String, String> values) throws SQLException {
        Table t = table(table);
        List<String> cols = new ArrayList<>(values.keySet());
        for (String col : cols) {
            if (!t.columns().contains(col)) {
                throw new IllegalArgumentException(table + " has no column " + col);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + t.name() + " SET "
                + String.join(", ", cols.stream().map(col -> col + " = ?").toList()) + " WHERE id = ?")) {
            for (int i = 0; i < cols.size(); i++) {
                ps.setString(i + 1, values.get(cols.get(i)));
            }
            ps.setLong(cols.size() + 1, id);
            ps.executeUpdate();
        }
    }

    /** Deletes a row by id, or (id null) the keyed row with these values. */
    void delete(String table, Long id, Map<String, String> key) throws SQLException {
        Table t = table(table);
        if (t.hasId()) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + t.name() + " WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return;
        }
        List<String> cols = t.columns();
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + t.name() + " WHERE "
                + String.join(" AND ", cols.stream().map(col -> col + " = ?").toList()))) {
            for (int i = 0; i < cols.size(); i++) {
                ps.setString(i + 1, key.get(cols.get(i)));
            }
            ps.executeUpdate();
        }
    }

    /** The rows of {@code table} whose {@code column} is {@code value}: ids, or key values for keyed rows. */
    List<Map<String, String>> rowsWhere(String table, String column, String value) throws SQLException {
        Table t = table(table);
        List<Map<String, String>> out = new ArrayList<>();
        String cols = (t.hasId() ? "id, " : "") + String.join(", ", t.columns());
        try (PreparedStatement ps =
                c.prepareStatement("SELECT " + cols + " FROM " + t.name() + " WHERE " + column + " = ? ORDER BY 1")) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> row = new LinkedHashMap<>();
                    if (t.hasId()) {
                        row.put("id", rs.getString(1));
                    }
                    int off = t.hasId() ? 2 : 1;
                    for (int i = 0; i < t.columns().size(); i++) {
                        row.put(t.columns().get(i), rs.getString(off + i));
                    }
                    out.add(row);
                }
            }
        }
        return out;
    }

    /** The citations of a record: their source ids. */
    List<Map<String, String>> citations(String table, long id) throws SQLException {
        List<Map<String, String>> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT source_id FROM citation WHERE record_kind = ? AND record_id = ? ORDER BY source_id")) {
            ps.setString(1, table);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("record_kind", table);
                    row.put("record_id", Long.toString(id));
                    row.put("source_id", rs.getString(1));
                    out.add(row);
                }
            }
        }
        return out;
    }

    /** The ids an event links to through a join table, as {@code 1;2;3}, or null. */
    String joined(Join j, long eventId) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + j.otherColumn() + " FROM " + j.table() + " WHERE " + j.ownerColumn() + " = ? ORDER BY 1")) {
            ps.setLong(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids.isEmpty() ? null : String.join(";", ids);
    }

    private static Map<String, String> values(Table t, ResultSet rs) throws SQLException {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < t.columns().size(); i++) {
            m.put(t.columns().get(i), rs.getString(i + 1));
        }
        return m;
    }

    /** Two stored values are the same: equal text, or equal numbers ("24.0" and "24"). */
    static boolean same(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.equals(b)) {
            return true;
        }
        try {
            return Double.parseDouble(a) == Double.parseDouble(b);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
