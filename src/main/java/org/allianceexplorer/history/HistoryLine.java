package org.allianceexplorer.history;

import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.edit.HistoryRow;

/**
 * A row of the History screen and its place in the list (newest first), which identifies it: one change (a field of
 * a record), or, with one line per edit, a whole edit ({@code edit}: what it did, worked out once when the list is
 * read; {@code row} its first change).
 */
public record HistoryLine(long position, HistoryRow row, Edit edit) {

    /**
     * A whole edit in words: its kinds of record ("deal, claim"), its first record and how many more, what it did to
     * them ("added, changed"), how many changes, and the record it opens (or null).
     */
    public record Edit(String kinds, String records, String changes, String fields, RecordRef opens) {}

    /** A line of one change. */
    public HistoryLine(long position, HistoryRow row) {
        this(position, row, null);
    }

    /** True when the line stands for a whole edit. */
    public boolean wholeEdit() {
        return edit != null;
    }
}
