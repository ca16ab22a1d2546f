package org.allianceexplorer.domain.edit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One edit of the history as a whole, from its rows: when, by whom, what it was; the tables of the records it changed
 * and what it did to them (each once, in the order it did it); its first record, how many records and how many
 * changed fields. One line per edit in the History screen and in {@code list history --edits}.
 */
public record EditSummary(
        long editId,
        String time,
        String editor,
        String label,
        String editAction,
        List<String> tables,
        List<String> actions,
        String firstRecord,
        int records,
        int changes) {

    public EditSummary {
        tables = List.copyOf(tables);
        actions = List.copyOf(actions);
    }

    /** The summary of the rows of one edit (at least one, all of that edit). */
    public static EditSummary of(List<HistoryRow> edit) {
        Set<String> tables = new LinkedHashSet<>();
        Set<String> actions = new LinkedHashSet<>();
        Set<String> records = new LinkedHashSet<>();
        for (HistoryRow r : edit) {
            tables.add(r.kind());
            actions.add(r.action());
            records.add(r.kind() + '\u0000' + (r.recordId() != null ? r.recordId() : r.record()));
        }
        HistoryRow first = edit.get(0);
        return new EditSummary(
                first.editId(),
                first.time(),
                first.editor(),
                first.editLabel(),
                first.editAction(),
                List.copyOf(tables),
                List.copyOf(actions),
                first.record(),
                records.size(),
                edit.size());
    }
}
