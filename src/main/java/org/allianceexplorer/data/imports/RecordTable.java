package org.allianceexplorer.data.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.allianceexplorer.data.format.DatasetFormat.File;

/** One table: how its records are inserted, read back for comparison, and updated. */
final class RecordTable {
    final File file;
    final String name;
    final String citeKind;
    final KeyIndex refs;
    final String[] columns;
    final PreparedStatement insert;
    final PreparedStatement select;
    final PreparedStatement update;
    final PreparedStatement cites;
    final PreparedStatement cite;
    final PreparedStatement uncite;
    final PreparedStatement[] listSelect;
    final PreparedStatement[] listInsert;
    final PreparedStatement[] listDelete;
    private long nextId;

    RecordTable(
            Connection c, File file, String name, String keyColumn, String citeKind, KeyIndex refs, String[] columns)
            throws SQLException {
        this.file = file;
        this.name = name;
        this.citeKind = citeKind;
        this.refs = refs;
        this.columns = columns;
        String cols = String.join(", ", columns);
        String marks = String.join(", ", Collections.nCopies(columns.length + 2, "?"));
        // ids given here, not asked back from SQLite (getGeneratedKeys prepares a query per row): this import is
        // the only writer of the file, and new rows follow the last id it had
        insert = c.prepareStatement(
                "INSERT INTO " + name + " (id, " + keyColumn + ", " + cols + ") VALUES (" + marks + ")");
        nextId = refs.maxBefore + 1;
        select = c.prepareStatement("SELECT " + cols + " FROM " + name + " WHERE id = ?");
        update = c.prepareStatement("UPDATE " + name + " SET " + String.join(" = ?, ", columns) + " = ? WHERE id = ?");
        if (citeKind != null) {
            cites = c.prepareStatement("SELECT source_id FROM citation WHERE record_kind = '" + citeKind
                    + "' AND record_id = ? ORDER BY source_id");
            cite = c.prepareStatement("INSERT OR IGNORE INTO citation (record_kind, record_id, source_id) VALUES ('"
                    + citeKind + "', ?, ?)");
            uncite =
                    c.prepareStatement("DELETE FROM citation WHERE record_kind = '" + citeKind + "' AND record_id = ?");
        } else {
            cites = null;
            cite = null;
            uncite = null;
        }
        if (file == File.EVENTS) {
            listSelect = new PreparedStatement[] {
                c.prepareStatement("SELECT party_id FROM event_party WHERE event_id = ? ORDER BY party_id"),
                c.prepareStatement("SELECT person_id FROM event_person WHERE event_id = ? ORDER BY person_id")
            };
            listInsert = new PreparedStatement[] {
                c.prepareStatement("INSERT OR IGNORE INTO event_party (event_id, party_id) VALUES (?, ?)"),
                c.prepareStatement("INSERT OR IGNORE INTO event_person (event_id, person_id) VALUES (?, ?)")
            };
            listDelete = new PreparedStatement[] {
                c.prepareStatement("DELETE FROM event_party WHERE event_id = ?"),
                c.prepareStatement("DELETE FROM event_person WHERE event_id = ?")
            };
        } else {
            listSelect = null;
            listInsert = null;
            listDelete = null;
        }
    }

    long insert(String key, Object[] values, long[] sources, long[][] lists) throws SQLException {
        long id = nextId;
        insert.setLong(1, id);
        insert.setString(2, key);
        bind(insert, 3, values);
        insert.executeUpdate();
        nextId++;
        writeLinks(id, sources, lists);
        return id;
    }

    void update(long id, Object[] values, long[] sources, long[][] lists) throws SQLException {
        bind(update, 1, values);
        update.setLong(values.length + 1, id);
        update.executeUpdate();
        if (uncite != null) {
            uncite.setLong(1, id);
            uncite.executeUpdate();
        }
        if (listDelete != null) {
            for (PreparedStatement d : listDelete) {
                d.setLong(1, id);
                d.executeUpdate();
            }
        }
        writeLinks(id, sources, lists);
    }

    private void writeLinks(long id, long[] sources, long[][] lists) throws SQLException {
        if (cite != null && sources != null) {
            for (long s : sources) {
                cite.setLong(1, id);
                cite.setLong(2, s);
                cite.executeUpdate();
            }
        }
        if (listInsert != null && lists != null) {
            for (int i = 0; i < listInsert.length; i++) {
                for (long v : lists[i]) {
                    listInsert[i].setLong(1, id);
                    listInsert[i].setLong(2, v);
                    listInsert[i].executeUpdate();
                }
            }
        }
    }

    /** What differs between the record {@code id} and the given content, as lines for people; empty when equal. */
    List<String> diff(long id, Object[] values, long[] sources, long[][] lists, Describer d) throws SQLException {
        List<String> out = new ArrayList<>();
        select.setLong(1, id);
        try (ResultSet rs = select.executeQuery()) {
            rs.next();
            for (int i = 0; i < columns.length; i++) {
                Object have = rs.getObject(i + 1);
                if (have instanceof Integer n) {
                    have = n.longValue();
                }
                Object want = values[i] instanceof Integer n ? (Object) n.longValue() : values[i];
                if (!Objects.equals(have, want)) {
                    out.add(label(columns[i]) + " " + d.describe(columns[i], have) + " there, "
                            + d.describe(columns[i], want) + " here");
                }
            }
        }
        if (cites != null && sources != null) {
            long[] have = ids(cites, id);
            if (!Arrays.equals(have, sources)) {
                out.add("sources " + keys(have, "source_id", d) + " there, " + keys(sources, "source_id", d) + " here");
            }
        }
        if (listSelect != null && lists != null) {
            String[] names = {"parties", "people"};
            String[] cols = {"party_id", "person_id"};
            for (int i = 0; i < listSelect.length; i++) {
                long[] have = ids(listSelect[i], id);
                if (!Arrays.equals(have, lists[i])) {
                    out.add(names[i] + " " + keys(have, cols[i], d) + " there, " + keys(lists[i], cols[i], d)
                            + " here");
                }
            }
        }
        return out;
    }

    private static String keys(long[] ids, String column, Describer d) {
        TreeSet<String> s = new TreeSet<>();
        for (long id : ids) {
            s.add(d.describe(column, id).replace("'", ""));
        }
        return "'" + String.join(";", s) + "'";
    }

    private static String label(String column) {
        return switch (column) {
            case "from_date" -> "from";
            case "to_date" -> "to";
            case "candidate_name" -> "candidate";
            case "party_id" -> "party";
            case "person_id" -> "person";
            case "election_id" -> "election";
            case "constituency_id" -> "seat";
            case "assembly_id" -> "assembly";
            case "alliance_id" -> "alliance";
            case "candidacy_id" -> "candidacy";
            case "deal_id" -> "deal";
            case "source_id" -> "source";
            case "giver_id" -> "giver";
            case "receiver_id" -> "receiver";
            default -> column;
        };
    }

    private static long[] ids(PreparedStatement ps, long id) throws SQLException {
        ps.setLong(1, id);
        List<Long> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    private static void bind(PreparedStatement ps, int from, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                ps.setNull(from + i, Types.NULL);
            } else if (v instanceof Long n) {
                ps.setLong(from + i, n);
            } else {
                ps.setString(from + i, v.toString());
            }
        }
    }

    void close() {
        refs.close();
        for (PreparedStatement ps : new PreparedStatement[] {insert, select, update, cites, cite, uncite}) {
            closeQuietly(ps);
        }
        for (PreparedStatement[] group : new PreparedStatement[][] {listSelect, listInsert, listDelete}) {
            if (group != null) {
                for (PreparedStatement ps : group) {
                    closeQuietly(ps);
                }
            }
        }
    }

    private static void closeQuietly(PreparedStatement ps) {
        try {
            if (ps != null) {
                ps.close();
            }
        } catch (SQLException ignored) {
            // closing
        }
    }
}

/** How a value is shown in a conflict: a referenced record by its key. */
@FunctionalInterface
interface Describer {
    String describe(String column, Object value);
}
