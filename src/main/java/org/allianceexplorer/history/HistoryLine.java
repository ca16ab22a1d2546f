package org.allianceexplorer.history;

import java.util.List;
import org.allianceexplorer.domain.edit.HistoryRow;

/**
 * A row of the History screen and its place in the list (newest first), which identifies it: one change (a field of
 * a record), or, with one line per edit, a whole edit ({@code edit}: its changes; {@code row} the first of them).
 */
public record HistoryLine(long position, HistoryRow row, List<HistoryRow> edit) {

    /** A line of one change. */
    public HistoryLine(long position, HistoryRow row) {
        this(position, row, null);
    }

    public HistoryLine {
        edit = edit == null ? null : List.copyOf(edit);
    }

    /** True when the line stands for a whole edit. */
    public boolean wholeEdit() {
        return edit != null;
    }
}
