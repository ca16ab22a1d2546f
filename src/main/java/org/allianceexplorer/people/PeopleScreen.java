package org.allianceexplorer.people;

import org.allianceexplorer.app.AppState;
import org.allianceexplorer.app.DialogService;
import org.allianceexplorer.app.TaskRunner;
import org.allianceexplorer.domain.RecordKind;
import org.allianceexplorer.table.RecordTableScreen;

/** The People screen. */
public final class PeopleScreen extends RecordTableScreen {

    public PeopleScreen(AppState state, TaskRunner tasks, DialogService dialogs) {
        this(new PeopleViewModel(state, tasks, dialogs));
    }

    private PeopleScreen(PeopleViewModel model) {
        super(
                "people",
                "People",
                "mdi2a-account-multiple-outline",
                RecordKind.PEOPLE,
                model.table(),
                new PeopleView(model));
    }
}
