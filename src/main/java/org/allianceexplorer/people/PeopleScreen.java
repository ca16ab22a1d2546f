package org.allianceexplorer.people;

import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.table.RecordTableScreen;

/** The People screen, a table: name, native-script name, parties and roles as of the shared date. */
public final class PeopleScreen extends RecordTableScreen {

    public PeopleScreen(AppState state, TaskRunner tasks, DialogService dialogs) {
        super(
                "people",
                "People",
                "mdi2a-account-multiple-outline",
                RecordKind.PEOPLE,
                new PeopleViewModel(state, tasks, dialogs).table());
    }
}
