package org.allianceexplorer.data.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.allianceexplorer.data.format.DatasetFormat;

/** The records of one kind by key: those the database had before the import and those it added. */
final class KeyIndex {
    final String what;
    final String table;
    final long maxBefore;
    /** Keys of rows refused in this import: a reference to one is not reported again. */
    final Set<String> broken = new HashSet<>();

    private final Map<String, Long> exact;
    /** Folded key to id, or to -1 when two keys fold alike; null for kinds whose keys keep their case. */
    final Map<String, Long> folded;

    private final PreparedStatement byKey;
    private final PreparedStatement keyById;

    private KeyIndex(Connection c, String what, String table, Map<String, Long> exact, boolean fold, boolean queried)
            throws SQLException {
        this.what = what;
        this.table = table;
        this.exact = exact;
        this.folded = fold ? new HashMap<>() : null;
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) FROM " + table)) {
            rs.next();
            this.maxBefore = rs.getLong(1);
        }
        // a seat's key is its code within its assembly
        String keyExpr = table.equals("constituency")
                ? "(SELECT a.code FROM assembly a WHERE a.id = assembly_id) || '" + Importer.SEP + "' || code"
                : keyColumn(table);
        this.byKey = queried ? c.prepareStatement("SELECT id FROM " + table + " WHERE code = ?") : null;
        this.keyById = c.prepareStatement("SELECT " + keyExpr + " FROM " + table + " WHERE id = ?");
        if (fold) {
            for (Map.Entry<String, Long> e : exact.entrySet()) {
                folded.merge(DatasetFormat.fold(e.getKey()), e.getValue(), (a, b) -> -1L);
            }
        }
    }

    /** The column that holds a table's keys: a party's abbreviation, an alias's label, else its code. */
    static String keyColumn(String table) {
        return switch (table) {
            case "party" -> "abbreviation";
            case "party_alias" -> "label";
            default -> "code";
        };
    }

    static KeyIndex preloaded(Connection c, String what, String table, String sql, boolean fold) throws SQLException {
        Map<String, Long> m = new HashMap<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                m.put(rs.getString(2), rs.getLong(1));
            }
        }
        return new KeyIndex(c, what, table, m, fold, false);
    }

    /** Looked up in the database by key (many records: deals, claims, results); those added are cached. */
    static KeyIndex queried(Connection c, String what, String table) throws SQLException {
        return new KeyIndex(c, what, table, new HashMap<>(), false, true);
    }

    /** Key by id, for the kinds held in memory (built when first asked). */
    private Map<Long, String> reverse;

    private String keyById(long id) {
        if (reverse == null) {
            reverse = new HashMap<>();
            exact.forEach((k, v) -> reverse.put(v, k));
        }
        return reverse.get(id);
    }

    void put(String key, long id) {
        if (reverse != null) {
            reverse.put(id, key);
        }
        exact.put(key, id);
        if (folded != null) {
            folded.merge(DatasetFormat.fold(key), id, (a, b) -> a.equals(b) ? a : -1L);
        }
    }

    /** True for a kind looked up in the database whose table was empty before the import. */
    boolean queriedAndNew() {
        return byKey != null && maxBefore == 0;
    }

    /** The record with exactly this key. */
    Long find(String key) throws SQLException {
        Long id = exact.get(key);
        if (id != null || byKey == null) {
            return id;
        }
        byKey.setString(1, key);
        try (ResultSet rs = byKey.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    /** The one record whose key is this one in another case, or null (none, or several). */
    Long findFolded(String key) {
        if (folded == null) {
            return null;
        }
        Long id = folded.get(DatasetFormat.fold(key));
        return id == null || id < 0 ? null : id;
    }

    /** A reference: the exact key, else (for parties and aliases) the key in another case, else stripped. */
    Long resolve(String ref) throws SQLException {
        Long id = find(ref);
        if (id == null && !ref.equals(ref.strip())) {
            id = find(ref.strip());
        }
        return id != null ? id : findFolded(ref);
    }

    String keyOf(long id) {
        if (byKey == null) {
            String k = keyById(id);
            if (k != null) {
                return k;
            }
        }
        try {
            keyById.setLong(1, id);
            try (ResultSet rs = keyById.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            return null;
        }
    }

    void close() {
        try {
            if (byKey != null) {
                byKey.close();
            }
            keyById.close();
        } catch (SQLException ignored) {
            // closing statements of a connection that is about to close
        }
    }
}
