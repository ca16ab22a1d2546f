package org.allianceexplorer.parties;

import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.table.RecordTableScreen;

/** The Parties screen. */
public final class PartiesScreen extends RecordTableScreen {

    public PartiesScreen(AppState state, TaskRunner tasks, DialogService dialogs) {
        this(new PartiesViewModel(state, tasks, dialogs));
    }

    private PartiesScreen(PartiesViewModel model) {
        super(
                "parties",
                "Parties",
                "mdi2f-flag-variant-outline",
                RecordKind.PARTIES,
                model.table(),
                new PartiesView(model));
    }
}
