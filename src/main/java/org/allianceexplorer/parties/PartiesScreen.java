package org.allianceexplorer.parties;

import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.table.RecordTableScreen;

/** The Parties screen, a table: colour swatch, abbreviation, name, native-script name (right to left), dates, Party Facts id. */
public final class PartiesScreen extends RecordTableScreen {

    public PartiesScreen(AppState state, TaskRunner tasks, DialogService dialogs) {
        super(
                "parties",
                "Parties",
                "mdi2f-flag-variant-outline",
                RecordKind.PARTIES,
                new PartiesViewModel(state, tasks, dialogs).table());
    }
}
