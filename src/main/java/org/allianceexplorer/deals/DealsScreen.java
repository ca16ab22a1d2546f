package org.allianceexplorer.deals;

import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.table.RecordTableScreen;

/** The Seat deals screen: the seat deals table. */
public final class DealsScreen extends RecordTableScreen {

    public DealsScreen(AppState state, TaskRunner tasks, DialogService dialogs) {
        super(
                "deals",
                "Seat deals",
                "mdi2s-swap-horizontal",
                RecordKind.DEALS,
                new DealsViewModel(state, tasks, dialogs).table());
    }
}
