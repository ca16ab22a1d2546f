package org.allianceexplorer.data;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.domain.edit.RowChange;

/**
 * How the history names a row that is not a record of its own, a citation or an event's party or person: by the
 * keys of the records it links, as people know them ("deal pk2024/NA-242/ANP/MQM-P cites source src-12", "event
 * mardan-house-agreement with party ANP"), looked up once each. Without a record to look up (gone, or no
 * connection) a link is named by its id ("#12").
 */
final class RecordNames {

    /** How a linked record is named: by its key, or by its id when it cannot be looked up. */
    interface Namer {
        String name(String table, long id) throws SQLException;
    }

    private static final Namer BY_ID = (table, id) -> "#" + id;

    private final EditTables tables;
    private final Map<String, String> known = new HashMap<>();

    RecordNames(EditTables tables) {
        this.tables = tables;
    }

    /** Remembers how a record is named (one an edit adds or deletes, so that its links are named by it too). */
    void know(String table, Long id, String name) {
        if (id != null && name != null) {
            known.put(table + '#' + id, name);
        }
    }

    /** The change with its row named by the keys of the records it links, when it is a citation or a join row. */
    RowChange named(RowChange ch) throws SQLException {
        if (!isLink(ch.table())) {
            know(ch.table(), ch.id(), ch.record());
            return ch;
        }
        Map<String, String> values = ch.after().isEmpty() ? ch.before() : ch.after();
        if (ch.record() != null && !ch.record().equals(byIds(ch.table(), values))) {
            return ch; // named by keys already (an undo or redo of a change that was named when it was made)
        }
        String text = text(ch.table(), values, this::lookUp);
        return text.equals(ch.record())
                ? ch
                : new RowChange(ch.table(), ch.id(), text, ch.action(), ch.before(), ch.after());
    }

    /** True for the rows that link records and have no key of their own (the tables whose rows have no id). */
    private static boolean isLink(String table) {
        return !EditTables.table(table).hasId();
    }

    /** The name of a citation or join row whose linked records are named by their ids. */
    static String byIds(String table, Map<String, String> values) {
        try {
            return text(table, values, BY_ID);
        } catch (SQLException e) {
            throw new IllegalStateException(e); // BY_ID reads nothing
        }
    }

    private static String text(String table, Map<String, String> values, Namer namer) throws SQLException {
        if (table.equals("citation")) {
            String kind = values.get("record_kind");
            return EditKind.ofTable(kind).map(EditKind::label).orElse(kind) + " "
                    + name(namer, kind, values.get("record_id")) + " cites source "
                    + name(namer, "source", values.get("source_id"));
        }
        List<String> cols = EditTables.table(table).columns();
        String other = EditTables.linkedTable(table, cols.get(1)).orElseThrow();
        return "event " + name(namer, "event", values.get(cols.get(0))) + " with "
                + EditKind.ofTable(other).map(EditKind::label).orElse(other) + " "
                + name(namer, other, values.get(cols.get(1)));
    }

    private static String name(Namer namer, String table, String id) throws SQLException {
        if (id == null) {
            return "#?";
        }
        try {
            return namer.name(table, Long.parseLong(id));
        } catch (NumberFormatException e) {
            return "#" + id;
        }
    }

    private String lookUp(String table, long id) throws SQLException {
        String key = table + '#' + id;
        String name = known.get(key);
        if (name == null) {
            Optional<Map<String, String>> row = tables == null ? Optional.empty() : tables.read(table, id);
            name = row.map(r -> EditSupport.display(table, r, id)).orElse("#" + id);
            known.put(key, name);
        }
        return name;
    }
}
