package org.allianceexplorer.domain.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

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
        ByEdit byEdit = new ByEdit(edits::add);
        oldestFirst.forEach(byEdit);
        byEdit.finish();
        Collections.reverse(edits);
        return edits;
    }

    /**
     * Takes the rows as the history lists them (oldest first, an edit's rows together) and hands on the rows of each
     * edit as one list once its last row is in; {@link #finish} hands on the last edit's.
     */
    public static final class ByEdit implements Consumer<HistoryRow> {
        private final Consumer<List<HistoryRow>> sink;
        private List<HistoryRow> edit = new ArrayList<>();

        public ByEdit(Consumer<List<HistoryRow>> sink) {
            this.sink = sink;
        }

        @Override
        public void accept(HistoryRow row) {
            if (!edit.isEmpty() && edit.get(0).editId() != row.editId()) {
                finish();
            }
            edit.add(row);
        }

        /** Hands on the edit whose rows came last (after the last row). */
        public void finish() {
            if (!edit.isEmpty()) {
                sink.accept(edit);
                edit = new ArrayList<>();
            }
        }
    }
}
