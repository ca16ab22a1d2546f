package org.allianceexplorer.data;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allianceexplorer.data.format.RecordKeys;
import org.allianceexplorer.domain.edit.Cite;
import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.domain.edit.Field;
import org.allianceexplorer.domain.edit.FieldProblem;
import org.allianceexplorer.domain.edit.RowChange;
import org.allianceexplorer.domain.edit.RowChange.Action;

/** Steps the edits share: the key a record is known by, sources cited or created inline, new keys. */
final class EditSupport {

    private EditSupport() {}

    /** The key people know a record by: its abbreviation or key, else {@code #id}. */
    static String display(String table, Map<String, String> values, Long id) {
        EditKind kind = EditKind.ofTable(table).orElse(null);
        if (kind == null || kind == EditKind.CITATION) {
            // a citation, an event's party or person: named by the records it links
            return RecordNames.byIds(table, values);
        }
        String v = kind.keyField() == null ? null : values.get(kind.keyField());
        if ((v == null || v.isBlank()) && kind.field("code").isPresent()) {
            v = values.get("code");
        }
        return v != null && !v.isBlank() ? v : id == null ? null : "#" + id;
    }

    /**
     * The values of a record to add, with the key an import would have derived for it ({@link RecordKeys}) when
     * its kind may go without one (a deal, a claim, a membership...) and none is given: a record added in the
     * window is known by a key as the records of a dataset are, in the history and in a dump.
     */
    static Map<String, String> keyed(EditTransaction tx, String table, Map<String, String> values) throws SQLException {
        Optional<RecordKeys.Keyed> keyed = RecordKeys.Keyed.ofTable(table);
        if (keyed.isEmpty() || !blank(values.get("code"))) {
            return values;
        }
        Map<String, String> out = new LinkedHashMap<>(values);
        out.put("code", RecordKeys.keyFor(tx.connection(), keyed.get(), values));
        return out;
    }

    /** A row change adding a record (only its non-empty fields). */
    static RowChange insert(String table, Long id, Map<String, String> values) {
        Map<String, String> after = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null && EditTables.table(table).columns().contains(k)) {
                after.put(k, v);
            }
        });
        return new RowChange(table, id, display(table, after, id), Action.INSERT, Map.of(), after);
    }

    /** A row change removing a record that has these values. */
    static RowChange delete(String table, Long id, Map<String, String> values) {
        Map<String, String> before = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null && EditTables.table(table).columns().contains(k)) {
                before.put(k, v);
            }
        });
        return new RowChange(table, id, display(table, before, id), Action.DELETE, before, Map.of());
    }

    /** The id of the source a fact cites: an existing one (checked), one found by URL, or a new one. */
    static long source(EditTransaction tx, Cite cite) throws SQLException {
        if (cite instanceof Cite.Existing e) {
            if (tx.tables().read("source", e.sourceId()).isEmpty()) {
                throw new EditRejected(List.of(new FieldProblem("source", "there is no source #" + e.sourceId())));
            }
            return e.sourceId();
        }
        Cite.NewSource n = (Cite.NewSource) cite;
        String url = blank(n.url()) ? null : n.url().strip();
        if (url != null) {
            try (PreparedStatement ps =
                    tx.connection().prepareStatement("SELECT id FROM source WHERE url = ? ORDER BY id LIMIT 1")) {
                ps.setString(1, url);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return rs.getLong(1);
                    }
                }
            }
        }
        Map<String, String> v = new LinkedHashMap<>();
        v.put("code", newKey(tx, "source", "src"));
        v.put("outlet", n.outlet());
        v.put(
                "title",
                blank(n.title())
                        ? (blank(n.outlet())
                                ? null
                                : n.outlet().strip()
                                        + (blank(n.published())
                                                ? ""
                                                : ", " + n.published().strip()))
                        : n.title());
        v.put("url", url);
        v.put("published", n.published());
        v.put("snippet", n.quotation());
        Map<String, String> checked = checked(EditKind.SOURCE, v, "source ");
        return tx.apply(insert("source", null, checked)).id();
    }

    /** A kind's fields checked and normalised, or the edit refused naming the fields ({@code prefix} for inline records). */
    static Map<String, String> checked(EditKind kind, Map<String, String> values, String prefix) {
        var c = org.allianceexplorer.domain.edit.FieldRules.check(kind, values);
        if (!c.ok()) {
            throw new EditRejected(c.problems().stream()
                    .map(p -> new FieldProblem(
                            p.field() == null
                                    ? null
                                    : prefix.strip().isEmpty() ? p.field() : prefix.strip() + "." + p.field(),
                            p.message()))
                    .toList());
        }
        return c.values();
    }

    /** Refuses a link to a record that does not exist, naming the field. */
    static void checkLinks(EditTransaction tx, EditKind kind, Map<String, String> values) throws SQLException {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        for (Field f : kind.fields()) {
            String v = values.get(f.name());
            if (f.type() == Field.Type.LINK
                    && v != null
                    && tx.tables().read(f.ref().table(), Long.parseLong(v)).isEmpty()) {
                problems.add(new FieldProblem(
                        f.name(), f.label() + ": there is no " + f.ref().label() + " #" + v));
            }
        }
        if (!problems.isEmpty()) {
            throw new EditRejected(problems);
        }
    }

    /** A key not yet used in {@code table}: {@code prefix-N}. */
    static String newKey(EditTransaction tx, String table, String prefix) throws SQLException {
        long n;
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT coalesce(max(id), 0) + 1 FROM " + table);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            n = rs.getLong(1);
        }
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT 1 FROM " + table + " WHERE code = ?")) {
            while (true) {
                String key = prefix + "-" + n;
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return key;
                    }
                }
                n++;
            }
        }
    }

    /** Cites {@code sourceId} for a record unless it does already. */
    static void cite(EditTransaction tx, String table, long id, long sourceId) throws SQLException {
        Map<String, String> key = new LinkedHashMap<>();
        key.put("record_kind", table);
        key.put("record_id", Long.toString(id));
        key.put("source_id", Long.toString(sourceId));
        if (!tx.tables().exists("citation", key)) {
            tx.apply(insert("citation", null, key));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The fields of a kind that are kept in its own table (not an event's parties and people). */
    static boolean stored(Field f) {
        return f.type() != Field.Type.LINKS;
    }
}
