package org.allianceexplorer.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.domain.edit.RowChange;
import org.allianceexplorer.domain.edit.RowChange.Action;

/**
 * An import into an existing database as one edit of its history: every record it added and every field it
 * changed in a record that was there, as row changes, so that the History screen lists the import and Undo takes
 * it back whole (refused, as any undo, where a record changed since). Begun in the import's transaction before it
 * writes ({@link #begin}: the last id of each table), told of each record that was there before it changes it
 * ({@link #watch}), and recorded just before the commit ({@link #record}). The records added are the rows past
 * the last ids (the import is the file's one writer, and a team database's import gives ids the same way), with
 * the citations and event links of those rows. The derived deal state and the dataset's name and licence (meta)
 * are not records and are not in it; nor are the keys an import gives records of a database made before schema 2.
 */
public final class ImportHistory {

    /**
     * The most history rows (one a field of a record) one import writes: about 25,000 records. A larger import is
     * not recorded (its report says so): the history and the History screen are for people, and a bulk load of a
     * million results is undone by keeping the file from before it.
     */
    public static final int MAX_ROWS = 250_000;

    /**
     * What {@link #record} wrote: the edit's id (0 when none: nothing changed, or too large, or not an import into an
     * existing database), its name, its history rows (or, too large, about how many it would have taken) and the
     * most one import may write.
     */
    public record Recorded(long editId, String label, long rows, long limit) {

        /** Nothing recorded. */
        public static final Recorded NONE = new Recorded(0, null, 0, MAX_ROWS);

        /** The line a report adds when the import was too large for the history, or null. */
        public String note() {
            return editId == 0 && rows > limit
                    ? String.format(
                            Locale.ROOT,
                            "not recorded in the history (about %,d changed fields; it keeps at most %,d for one"
                                    + " import): to go back, keep a copy of the database from before",
                            rows,
                            limit)
                    : null;
        }
    }

    /** Records nothing (an import into a new database: its history starts after it). */
    public static final ImportHistory NONE = new ImportHistory(null, Map.of(), MAX_ROWS);

    /** The tables whose records cite their sources in {@code citation}. */
    private static final List<String> CITED = Arrays.stream(EditKind.values())
            .filter(EditKind::cites)
            .map(EditKind::table)
            .toList();

    /** The key under which {@link #links} keeps each link's table. */
    private static final String TABLE = "\u0000table";

    private final Connection c;
    /** The rows read and compared through the edits' own table access (null for {@link #NONE}). */
    private final EditTables tables;
    /** The last id of each table with ids, in the order a record's links come before it. */
    private final Map<String, Long> lastBefore;

    private final Map<String, Watched> watched = new LinkedHashMap<>();
    /**
     * More records were changed than the history keeps fields for: none is watched any more (a million ranks of an
     * election's results would otherwise be held in memory), and the import is not recorded.
     */
    private boolean overflow;

    /** A record that was there before the import changed it: its fields, citations and event links then. */
    private record Watched(String table, long id, Map<String, String> row, Set<Map<String, String>> links) {}

    /** The most history rows it writes ({@link #MAX_ROWS}; less in tests). */
    private final long limit;

    private ImportHistory(Connection c, Map<String, Long> lastBefore, long limit) {
        this.c = c;
        this.tables = c == null ? null : new EditTables(c);
        this.lastBefore = lastBefore;
        this.limit = limit;
    }

    /** Starts the history of an import on {@code c}, in its transaction, before it writes anything. */
    public static ImportHistory begin(Connection c) throws SQLException {
        return begin(c, MAX_ROWS);
    }

    /** As {@link #begin(Connection)}, keeping at most {@code limit} history rows (tests). */
    static ImportHistory begin(Connection c, long limit) throws SQLException {
        Map<String, Long> last = new LinkedHashMap<>();
        try (Statement st = c.createStatement()) {
            for (EditKind k : EditKind.values()) {
                if (EditTables.table(k.table()).hasId()) {
                    try (ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) FROM " + k.table())) {
                        rs.next();
                        last.put(k.table(), rs.getLong(1));
                    }
                }
            }
        }
        return new ImportHistory(c, last, limit);
    }

    /** The import is about to change the record {@code id} of {@code table} (one that was there before it). */
    public void watch(String table, long id) throws SQLException {
        if (c == null || overflow || id > lastBefore.getOrDefault(table, Long.MAX_VALUE)) {
            return;
        }
        String key = table + "#" + id;
        if (watched.size() >= limit) {
            overflow = true;
            watched.clear();
            return;
        }
        if (!watched.containsKey(key)) {
            Map<String, String> row = tables.read(table, id).orElse(null);
            if (row != null) {
                watched.put(key, new Watched(table, id, row, links(table, id)));
            }
        }
    }

    /** As {@link #watch} for every record of {@code table} that {@code condition} (SQL, {@code ?} for args) selects. */
    public void watchWhere(String table, String condition, Object... args) throws SQLException {
        if (c == null || overflow) {
            return;
        }
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table + " WHERE " + condition)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && ids.size() <= limit) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        for (long id : ids) {
            watch(table, id);
        }
    }

    /**
     * Records what the import did as one edit named {@code label}, by {@code editor}, with the database of the
     * transaction ({@code db}); call it after the import's last write and before its commit. Records nothing when
     * the import changed nothing or would take more than {@link #MAX_ROWS} history rows.
     */
    public Recorded record(Database db, String label, String editor, Clock clock) throws SQLException {
        if (c == null) {
            return Recorded.NONE;
        }
        long estimate = overflow ? limit + 1 : 0;
        for (Map.Entry<String, Long> e : lastBefore.entrySet()) {
            estimate += countAfter(e.getKey(), e.getValue())
                    * (EditTables.table(e.getKey()).columns().size() + 1L);
        }
        if (estimate > limit) {
            return new Recorded(0, label, estimate, limit);
        }
        List<RowChange> changes = changes();
        long rows = changes.stream().mapToLong(ch -> ch.fields().size()).sum();
        if (changes.isEmpty() || rows > limit) {
            return new Recorded(0, label, rows, limit);
        }
        long editId = EditTransaction.record(db, c, clock, editor, label, "edit", null, changes);
        return new Recorded(editId, label, rows, limit);
    }

    /**
     * The row changes in an order Undo can take back from the end: the records added, a record's links before it;
     * the fields changed; the citations and event links added; those removed.
     */
    private List<RowChange> changes() throws SQLException {
        List<RowChange> added = new ArrayList<>();
        for (Map.Entry<String, Long> e : lastBefore.entrySet()) {
            EditTables.Table t = EditTables.table(e.getKey());
            try (PreparedStatement ps = c.prepareStatement("SELECT id, " + String.join(", ", t.columns()) + " FROM "
                    + t.name() + " WHERE id > ? ORDER BY id")) {
                ps.setLong(1, e.getValue());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Map<String, String> row = new LinkedHashMap<>();
                        for (int i = 0; i < t.columns().size(); i++) {
                            row.put(t.columns().get(i), rs.getString(i + 2));
                        }
                        added.add(EditSupport.insert(t.name(), rs.getLong(1), row));
                    }
                }
            }
        }
        List<RowChange> changed = new ArrayList<>();
        List<RowChange> linked = new ArrayList<>();
        List<RowChange> unlinked = new ArrayList<>();
        for (Watched w : watched.values()) {
            Map<String, String> now = tables.read(w.table(), w.id()).orElse(null);
            if (now == null) {
                continue;
            }
            Map<String, String> before = new LinkedHashMap<>();
            Map<String, String> after = new LinkedHashMap<>();
            for (Map.Entry<String, String> f : now.entrySet()) {
                if (!EditTables.same(w.row().get(f.getKey()), f.getValue())) {
                    before.put(f.getKey(), w.row().get(f.getKey()));
                    after.put(f.getKey(), f.getValue());
                }
            }
            if (!after.isEmpty()) {
                changed.add(new RowChange(
                        w.table(), w.id(), EditSupport.display(w.table(), now, w.id()), Action.UPDATE, before, after));
            }
            Set<Map<String, String>> linksNow = links(w.table(), w.id());
            for (Map<String, String> l : linksNow) {
                if (!w.links().contains(l)) {
                    linked.add(EditSupport.insert(l.get(TABLE), null, withoutTable(l)));
                }
            }
            for (Map<String, String> l : w.links()) {
                if (!linksNow.contains(l)) {
                    unlinked.add(EditSupport.delete(l.get(TABLE), null, withoutTable(l)));
                }
            }
        }
        linked.addAll(newLinks());
        List<RowChange> all = new ArrayList<>(added);
        all.addAll(changed);
        all.addAll(linked);
        all.addAll(unlinked);
        // a citation or event link named by the keys of its records (those added first, so they are known)
        RecordNames names = new RecordNames(tables);
        List<RowChange> out = new ArrayList<>(all.size());
        for (RowChange ch : all) {
            out.add(names.named(ch));
        }
        return out;
    }

    /** The citations and event links of the records added. */
    private List<RowChange> newLinks() throws SQLException {
        List<RowChange> out = new ArrayList<>();
        for (String kind : CITED) {
            try (PreparedStatement ps = c.prepareStatement("SELECT record_id, source_id FROM citation"
                    + " WHERE record_kind = ? AND record_id > ? ORDER BY record_id, source_id")) {
                ps.setString(1, kind);
                ps.setLong(2, lastBefore.get(kind));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Map<String, String> row = new LinkedHashMap<>();
                        row.put("record_kind", kind);
                        row.put("record_id", rs.getString(1));
                        row.put("source_id", rs.getString(2));
                        out.add(EditSupport.insert("citation", null, row));
                    }
                }
            }
        }
        for (EditTables.Join j : EditTables.JOINS) {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + j.ownerColumn() + ", " + j.otherColumn()
                    + " FROM " + j.table() + " WHERE " + j.ownerColumn() + " > ? ORDER BY 1, 2")) {
                ps.setLong(1, lastBefore.get("event"));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Map<String, String> row = new LinkedHashMap<>();
                        row.put(j.ownerColumn(), rs.getString(1));
                        row.put(j.otherColumn(), rs.getString(2));
                        out.add(EditSupport.insert(j.table(), null, row));
                    }
                }
            }
        }
        return out;
    }

    /** A record's citations and (an event's) parties and people, each as a keyed row with its table. */
    private Set<Map<String, String>> links(String table, long id) throws SQLException {
        Set<Map<String, String>> out = new LinkedHashSet<>();
        if (CITED.contains(table)) {
            for (Map<String, String> row : tables.citations(table, id)) {
                Map<String, String> l = new LinkedHashMap<>(row);
                l.put(TABLE, "citation");
                out.add(l);
            }
        }
        if (table.equals("event")) {
            for (EditTables.Join j : EditTables.JOINS) {
                for (Map<String, String> row : tables.rowsWhere(j.table(), j.ownerColumn(), Long.toString(id))) {
                    Map<String, String> l = new LinkedHashMap<>(row);
                    l.put(TABLE, j.table());
                    out.add(l);
                }
            }
        }
        return out;
    }

    private static Map<String, String> withoutTable(Map<String, String> link) {
        Map<String, String> m = new LinkedHashMap<>(link);
        m.remove(TABLE);
        return m;
    }

    private long countAfter(String table, long last) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + table + " WHERE id > ?")) {
            ps.setLong(1, last);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
