package org.allianceexplorer.elections;

import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.table.RecordTableScreen;

/** The Elections &amp; results screen: elections and the seats with their results (lists constituencies). */
public final class ElectionsScreen extends RecordTableScreen {

    public ElectionsScreen(AppState state, TaskRunner tasks, DialogService dialogs) {
        this(new ElectionsViewModel(state, tasks, dialogs));
    }

    private ElectionsScreen(ElectionsViewModel model) {
        super(
                "elections",
                "Elections & results",
                "mdi2v-vote-outline",
                RecordKind.CONSTITUENCIES,
                model.table(),
                new ElectionsView(model));
    }
}
