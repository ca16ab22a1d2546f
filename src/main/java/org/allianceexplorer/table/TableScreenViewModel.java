package org.allianceexplorer.table;

import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.TaskRunner;

/**
 * The view-model of a screen that is a record table of one kind: the table, kept filled from the open
 * database while the screen is shown (see {@link RecordTableViewModel#follow}); the status bar says
 * "Loading {@code name}" meanwhile. Such a screen's id is its table's {@link RecordTableSpec#exportName()}. A screen adds its own commands (opening a source's link).
 *
 * @param <R> the row type
 */
public abstract class TableScreenViewModel<R> {

    private final RecordTableViewModel<R> table;

    protected TableScreenViewModel(
            RecordTableSpec<R> spec,
            AppState state,
            TaskRunner tasks,
            DialogService dialogs,
            RecordTableViewModel.Source<R> source) {
        table = new RecordTableViewModel<>(spec, state, tasks, dialogs);
        table.follow(spec.exportName(), "Loading " + spec.exportName(), source);
    }

    public final RecordTableViewModel<R> table() {
        return table;
    }
}
