package org.allianceexplorer.domain.edit;

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
        String newValue) {}
