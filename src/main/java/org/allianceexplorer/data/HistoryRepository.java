package org.allianceexplorer.data;

import java.util.List;
import java.util.function.Consumer;
import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.domain.edit.HistoryRow;

/** Who changed what and when: the history rows of the edits made to a database, oldest first. */
public interface HistoryRepository {

    /** Every history row, oldest first (by edit, then in the order the edit made its changes). */
    void forEachHistory(Consumer<HistoryRow> sink);

    /** One record's history, oldest first (for the detail pane). */
    List<HistoryRow> history(EditKind kind, long id);
}
