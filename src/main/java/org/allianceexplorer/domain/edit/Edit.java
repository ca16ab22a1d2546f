package org.allianceexplorer.domain.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * An edit as committed: its id in the history, its name for the Edit menu ("Add party X", "Delete alliance
 * PDM and 12 memberships"), and the rows it changed, in the order they were changed. Its {@link #inverse()}
 * changes them back in the reverse order (a delete's dependents were removed first, so they come back last).
 */
public record Edit(long id, String label, List<RowChange> changes) {

    public Edit {
        changes = List.copyOf(changes);
    }

    /** The row changes that undo this edit. */
    public List<RowChange> inverse() {
        List<RowChange> out = new ArrayList<>(changes.size());
        for (int i = changes.size() - 1; i >= 0; i--) {
            out.add(changes.get(i).inverse());
        }
        return out;
    }

    /** The id of the first row of {@code table} it inserted (a new record's id), or -1. */
    public long insertedId(String table) {
        for (RowChange c : changes) {
            if (c.action() == RowChange.Action.INSERT && c.table().equals(table) && c.id() != null) {
                return c.id();
            }
        }
        return -1;
    }
}
