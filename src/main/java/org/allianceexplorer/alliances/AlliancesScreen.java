package org.allianceexplorer.alliances;

import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.table.RecordTableScreen;

/** The Alliances screen. */
public final class AlliancesScreen extends RecordTableScreen {

    public AlliancesScreen(AppState state, TaskRunner tasks, DialogService dialogs) {
        this(new AlliancesViewModel(state, tasks, dialogs));
    }

    private AlliancesScreen(AlliancesViewModel model) {
        super(
                "alliances",
                "Alliances",
                "mdi2h-handshake-outline",
                RecordKind.ALLIANCES,
                model.table(),
                new AlliancesView(model));
    }
}
