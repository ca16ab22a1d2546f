package org.allianceexplorer.sources;

import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.table.RecordTableScreen;

/** The Sources screen. */
public final class SourcesScreen extends RecordTableScreen {

    public SourcesScreen(AppState state, TaskRunner tasks, DialogService dialogs) {
        this(new SourcesViewModel(state, tasks, dialogs));
    }

    private SourcesScreen(SourcesViewModel model) {
        super(
                "sources",
                "Sources",
                "mdi2b-book-open-page-variant-outline",
                RecordKind.SOURCES,
                model.table(),
                new SourcesView(model));
    }
}
