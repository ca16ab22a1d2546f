package org.allianceexplorer.domain.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of the history: one changed field of one record in one edit. {@code time} is UTC, ISO-8601 to the
 * second; {@code kind} the record's table; {@code action} insert, update or delete; {@code editAction} edit,
 * undo or redo; {@code editLabel} the edit's name ("Add party X").
 */
public record HistoryRow(
        long editId,
        String time,
        String editor,
        String editLabel,
        String editAction,
        String kind,
        Long recordId,
        String record,
        String action,
        String field,
        String oldValue,
        String newValue) {

    /** The time as the window shows it, UTC to the second: "2026-12-04 21:02:57". */
    public String timeShown() {
        return time == null ? null : time.replace('T', ' ').replace("Z", "");
    }

    /** The rows grouped by edit, newest edit first; within an edit, its changes in the order it made them. */
    public static List<List<HistoryRow>> editsNewestFirst(Iterable<HistoryRow> oldestFirst) {
        List<List<HistoryRow>> edits = new ArrayList<>();
        for (HistoryRow r : oldestFirst) {
            List<HistoryRow> last = edits.isEmpty() ? null : edits.get(edits.size() - 1);
            if (last == null || last.get(0).editId() != r.editId()) {
                last = new ArrayList<>();
                edits.add(last);
            }
            last.add(r);
        }
        Collections.reverse(edits);
        return edits;
    }
}
