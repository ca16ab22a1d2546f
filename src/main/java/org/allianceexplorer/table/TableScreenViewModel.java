package org.allianceexplorer.table;

import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.app.TaskRunner;

/**
 * The view-model of a screen that is a record table of one kind: the table, kept filled from the open
 * database while the screen is shown (see {@link RecordTableViewModel#follow}); the status bar says
 * "Loading {@code name}" meanwhile. Such a screen's id is its table's {@link RecordTableSpec#exportName()}. A screen adds its own commands (opening a source's link).
 *
 * @param <R> the row type
 */
public abstract class TableScreenViewModel<R> {

    private static final I18n.Messages T = I18n.of(TableScreenViewModel.class);

    private final RecordTableViewModel<R> table;

    protected TableScreenViewModel(
            RecordTableSpec<R> spec,
            AppState state,
            TaskRunner tasks,
            DialogService dialogs,
            RecordTableViewModel.Source<R> source) {
        table = new RecordTableViewModel<>(spec, state, tasks, dialogs);
        table.follow(spec.exportName(), loading(spec.exportName()), source);
    }

    /** "Loading parties": the table's own words where the bundle has them, else its name. */
    private static String loading(String name) {
        String key = "loading." + name;
        String own = T.t(key);
        return own.equals(key) ? T.t("loading", name) : own;
    }

    public final RecordTableViewModel<R> table() {
        return table;
    }
}
