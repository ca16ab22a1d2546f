package org.allianceexplorer.data;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.allianceexplorer.domain.edit.Dependents;
import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.domain.edit.RowChange;
import org.allianceexplorer.domain.edit.RowChange.Action;

/**
 * Deletes a record with what depends on it, inside an edit's transaction, children before parents so that no
 * foreign key ever dangles: records that cannot be without it (a membership without its alliance, a claim
 * without its deal) are deleted, in turn with theirs; an optional link to it (a deal's alliance, a result's
 * party) is emptied; citations of it or by a deleted source go too. Counts what it did, for the question
 * "delete these too?" and the edit's name.
 */
final class DeletePlanner {

    private final EditTransaction tx;
    private final Set<String> done = new HashSet<>();
    private final Map<EditKind, Integer> deleted = new LinkedHashMap<>();
    private final Map<EditKind, Integer> unlinked = new LinkedHashMap<>();
    private int ownCitations;
    private String rootRecord;

    DeletePlanner(EditTransaction tx) {
        this.tx = tx;
    }

    /** Deletes the record and its dependents; false when there is no such record. */
    boolean delete(String table, long id) throws SQLException {
        var row = tx.tables().read(table, id);
        if (row.isEmpty()) {
            return false;
        }
        rootRecord = EditKind.ofTable(table).map(EditKind::label).orElse(table) + " "
                + EditSupport.display(table, row.get(), id);
        remove(table, id, true);
        return true;
    }

    Dependents dependents() {
        return new Dependents(rootRecord, deleted, unlinked, ownCitations);
    }

    private void remove(String table, long id, boolean root) throws SQLException {
        if (!done.add(table + ":" + id)) {
            return;
        }
        for (EditTables.Link link : EditTables.LINKS) {
            if (!link.parent().equals(table)) {
                continue;
            }
            EditTables.Table child = EditTables.table(link.child());
            for (Map<String, String> row : tx.tables().rowsWhere(link.child(), link.column(), Long.toString(id))) {
                if (link.nullable()) {
                    long childId = Long.parseLong(row.get("id"));
                    Map<String, String> before = new LinkedHashMap<>();
                    before.put(link.column(), Long.toString(id));
                    Map<String, String> after = new LinkedHashMap<>();
                    after.put(link.column(), null);
                    tx.apply(new RowChange(
                            link.child(),
                            childId,
                            EditSupport.display(link.child(), row, childId),
                            Action.UPDATE,
                            before,
                            after));
                    count(unlinked, link.child());
                } else if (!child.hasId()) {
                    tx.apply(EditSupport.delete(link.child(), null, row));
                    if (link.child().equals("citation")) {
                        count(deleted, "citation");
                    } else if (!table.equals("event")) {
                        // a party or person leaves an event; the event's own links go with the event
                        count(unlinked, "event");
                    }
                } else {
                    long childId = Long.parseLong(row.get("id"));
                    if (!done.contains(link.child() + ":" + childId)) {
                        count(deleted, link.child());
                        remove(link.child(), childId, false);
                    }
                }
            }
        }
        if (RecordRules.cites(table)) {
            for (Map<String, String> c : tx.tables().citations(table, id)) {
                tx.apply(EditSupport.delete("citation", null, c));
                if (root) {
                    ownCitations++;
                }
            }
        }
        Map<String, String> values = tx.tables().read(table, id).orElseThrow();
        tx.apply(EditSupport.delete(table, id, values));
    }

    private static void count(Map<EditKind, Integer> counts, String table) {
        EditKind k = EditKind.ofTable(table).orElseThrow();
        counts.merge(k, 1, Integer::sum);
    }
}
