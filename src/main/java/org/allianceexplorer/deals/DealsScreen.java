package org.allianceexplorer.deals;

import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.table.RecordTableScreen;

/** The Seat deals screen. */
public final class DealsScreen extends RecordTableScreen {

    public DealsScreen(AppState state, TaskRunner tasks, DialogService dialogs) {
        this(new DealsViewModel(state, tasks, dialogs));
    }

    private DealsScreen(DealsViewModel model) {
        super("deals", "Seat deals", "mdi2s-swap-horizontal", RecordKind.DEALS, model.table(), new DealsView(model));
    }
}
